/**
 * The layers of src/, one direction (house-style.md "Layers, one direction"):
 *
 *   api → model (model/, format/, i18n/, theme/) → provider → hooks (hooks/, routing/)
 *       → components (components/, except the portal) → portal (components/ConnectionPortal)
 *
 * Each layer imports only from the layers to its left; the entry points (index.ts,
 * headless.ts, locales/) sit on top, and `headless` never reaches the widgets. No cycles.
 * `npm test` runs this (`npm run check:layers`), so an import that runs upward fails CI.
 */
const layer = {
  api: '^src/api/',
  model: '^src/(model|format|i18n|theme)/',
  provider: '^src/provider/',
  hooks: '^src/(hooks|routing)/',
  components: '^src/components/(?!ConnectionPortal/)',
  portal: '^src/components/ConnectionPortal/',
};

/** A rule forbidding `from` to import any of `to`. */
const forbid = (name, comment, from, to) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from, pathNot: '\\.test\\.tsx?$' },
  to: { path: to },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes load order matter and hides which layer owns what.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    forbid(
      'api-is-the-bottom',
      'The HTTP layer knows nothing of view state, React, widgets or the portal.',
      layer.api,
      `${layer.model}|${layer.provider}|${layer.hooks}|${layer.components}|${layer.portal}`,
    ),
    forbid(
      'model-below-react',
      'Section ids, view states, tones, formatting and messages are plain data: no provider, hooks or views.',
      layer.model,
      `${layer.provider}|${layer.hooks}|${layer.components}|${layer.portal}`,
    ),
    forbid(
      'provider-below-hooks',
      'The provider is what hooks stand on; it must not reach up into them or the views.',
      layer.provider,
      `${layer.hooks}|${layer.components}|${layer.portal}`,
    ),
    forbid(
      'hooks-are-headless',
      'Hooks return state and actions, never markup: they must not import widgets or the portal.',
      layer.hooks,
      `${layer.components}|${layer.portal}`,
    ),
    forbid(
      'widgets-know-nothing-of-the-portal',
      'A widget takes props; the portal passes them. A leaf widget never reads the portal.',
      layer.components,
      layer.portal,
    ),
    forbid(
      'headless-entry-has-no-widgets',
      '@revampd/connection-ui/headless promises no widgets and no CSS.',
      '^src/headless\\.ts$',
      `${layer.components}|${layer.portal}|\\.css$`,
    ),
    {
      name: 'src-stands-alone',
      comment: 'The published code never imports tests, stories, mocks or scripts.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(test|stories|mocks|scripts|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.css$' },
  },
};
