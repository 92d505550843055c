import type { ArgTypes, Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';
import { expect, within } from 'storybook/test';
import tokensCss from '../src/theme/tokens.css?raw';
import {
  Button,
  ConnectionPortal,
  tokenToCustomProperty,
  type Appearance,
  type AppearanceVariables,
  type ColorScheme,
} from '../src/index';
import { PARTNER_BRANDS } from './support';
import './ThemePlayground.css';

// -------------------------------------------------------------------------------------------------
// Tokens
// -------------------------------------------------------------------------------------------------

type Token = keyof AppearanceVariables;

/**
 * Every appearance token, in the order of `AppearanceVariables` (src/theme/appearance.ts),
 * with what it paints. `satisfies` makes a token added there without a line here a type error.
 */
const TOKENS = {
  colorPrimary: 'Buttons, links, the active tab',
  colorPrimaryText: 'Text on the primary colour',
  colorBackground: 'Widget background',
  colorSurface: 'Raised surfaces: cards, table headers, dialogs',
  colorText: 'Body text',
  colorTextMuted: 'Secondary text',
  colorBorder: 'Borders and dividers',
  colorDanger: 'Errors and destructive actions',
  colorSuccess: 'Positive states (paid, active)',
  colorWarning: 'Cautionary states (pending, past due)',
  colorFocus: 'Focus ring',
  borderRadius: 'Corner radius of controls and cards, e.g. 2px or 16px',
  fontFamily: 'The font stack, e.g. Georgia, serif',
  fontSizeBase: 'Base font size; the other sizes scale from it, e.g. 1rem',
  spacingUnit: 'The spacing step; paddings and gaps are multiples of it, e.g. 5px',
} satisfies Record<Token, string>;

const TOKEN_NAMES = Object.keys(TOKENS) as Token[];

/**
 * The library's default value of every token in one colour scheme, read from the
 * stylesheet itself so the Controls table never disagrees with tokens.css.
 */
function defaultsOf(selector: RegExp): Partial<Record<Token, string>> {
  const block = selector.exec(tokensCss)?.[1] ?? '';
  const defaults: Partial<Record<Token, string>> = {};
  for (const token of TOKEN_NAMES) {
    const property = tokenToCustomProperty(token).replace(/[-]/g, '\\-');
    const value = new RegExp(`${property}:\\s*([^;]+);`).exec(block)?.[1];
    if (value) defaults[token] = value.trim();
  }
  return defaults;
}

const LIGHT_DEFAULTS = defaultsOf(/\.rvp-root\s*\{([^}]*)\}/);
const DARK_DEFAULTS = defaultsOf(/\.rvp-root\[data-color-scheme='dark'\]\s*\{([^}]*)\}/);

// -------------------------------------------------------------------------------------------------
// The playground
// -------------------------------------------------------------------------------------------------

/**
 * The controls: the colour scheme (unset: the toolbar's) and every token (empty: the
 * library's default for that scheme).
 */
type ThemePlaygroundArgs = { colorScheme?: ColorScheme } & Partial<Record<Token, string>>;

/** The toolbar's colour scheme (the global keeps its old name, `theme`). */
function toolbarScheme(globals: Record<string, unknown>): ColorScheme {
  const scheme = globals['theme'];
  return scheme === 'dark' || scheme === 'system' ? scheme : 'light';
}

/** The `appearance` the controls make: the colour scheme and only the tokens that were set. */
function appearanceOf(args: ThemePlaygroundArgs, globals: Record<string, unknown>): Appearance {
  const colorScheme = args.colorScheme ?? toolbarScheme(globals);
  const variables: AppearanceVariables = {};
  for (const token of TOKEN_NAMES) {
    const value = args[token]?.trim();
    if (value) variables[token] = value;
  }
  return Object.keys(variables).length ? { colorScheme, variables } : { colorScheme };
}

/**
 * The whole portal in the appearance the controls make (the decorator passes it to the
 * provider, see `providerFromArgs` below), and that appearance as text to copy.
 */
function ThemePlayground({ appearance }: { appearance: Appearance }) {
  const code = JSON.stringify(appearance, null, 2);
  const codeRef = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // No clipboard permission (e.g. a locked-down iframe): select the text for Ctrl+C.
      if (codeRef.current) window.getSelection()?.selectAllChildren(codeRef.current);
    }
  };
  return (
    <div className="sb-ThemePlayground">
      <ConnectionPortal />
      <section className="sb-ThemePlayground-code rvp-widget" aria-labelledby="sb-playground-heading">
        <h2 id="sb-playground-heading">
          <code>appearance</code>
        </h2>
        <p>
          Pass this as the <code>appearance</code> prop of <code>RevampdProvider</code>. Tokens left empty
          keep the library’s default for the colour scheme.
        </p>
        {/* Wraps instead of scrolling, so it needs no keyboard focus of its own. */}
        <pre ref={codeRef}>{code}</pre>
        <Button onClick={() => void copy()} onBlur={() => setCopied(false)}>
          Copy
        </Button>{' '}
        <span role="status">{copied ? 'Copied' : ''}</span>
      </section>
    </div>
  );
}

const argTypes = {
  colorScheme: {
    control: 'inline-radio',
    options: ['light', 'dark', 'system'],
    description:
      "Light, dark, or the reader's OS setting; each has its own default colours. Unset: the toolbar's.",
    table: { category: 'Colour scheme', type: { summary: "'light' | 'dark' | 'system'" } },
  },
  ...Object.fromEntries(
    TOKEN_NAMES.map((token) => [
      token,
      {
        control: token.startsWith('color') ? { type: 'color' } : { type: 'text' },
        description: `${TOKENS[token]}. CSS: \`${tokenToCustomProperty(token)}\``,
        table: {
          category: token.startsWith('color') ? 'Colours' : 'Shape and type',
          type: { summary: 'string' },
          defaultValue: {
            summary: LIGHT_DEFAULTS[token] ?? '',
            ...(DARK_DEFAULTS[token] ? { detail: `dark: ${DARK_DEFAULTS[token]}` } : {}),
          },
        },
      },
    ]),
  ),
} as ArgTypes<ThemePlaygroundArgs>;

/**
 * Every appearance token as a control, applied live to the whole portal; below it the
 * `appearance` object to copy into the host's code or a Partner's theme config.
 */
const meta = {
  title: 'Foundations/Theme playground',
  render: (args, { globals }) => <ThemePlayground appearance={appearanceOf(args, globals)} />,
  parameters: {
    layout: 'fullscreen',
    // The decorator's provider gets the same appearance, so the whole portal follows.
    providerFromArgs: (args: ThemePlaygroundArgs, globals: Record<string, unknown>) => ({
      appearance: appearanceOf(args, globals),
    }),
  },
  argTypes,
  // Empty, not unset: Storybook shows a text field straight away instead of a "Set string"
  // button, and an empty token keeps the library's default.
  args: Object.fromEntries(TOKEN_NAMES.map((token) => [token, ''])),
} satisfies Meta<ThemePlaygroundArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The library's defaults, in the toolbar's colour scheme: set any control and the portal and the object follow. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' }),
    ).toBeVisible();
    const code = canvas.getByRole('region', { name: 'appearance' });
    await expect(code).toHaveTextContent('"colorScheme": "light"');
    await expect(code).not.toHaveTextContent('variables');
  },
};

/** Starting from a Partner's brand ("Acme Voice"): serif type, square corners, teal. */
export const FromAPartnerBrand: Story = {
  args: {
    colorScheme: 'light',
    ...PARTNER_BRANDS.acmeVoice.appearance.variables,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' });
    const code = canvas.getByRole('region', { name: 'appearance' });
    await expect(code).toHaveTextContent('"colorPrimary": "#0f766e"');
    // The provider got the same object: the token reaches the custom property every widget
    // (and this section, inside the provider) inherits.
    await expect(getComputedStyle(code).getPropertyValue('--rvp-color-primary').trim()).toBe('#0f766e');
  },
};

/** Dark, with a pink primary: the other tokens keep the dark defaults. */
export const Dark: Story = {
  args: { colorScheme: 'dark', colorPrimary: '#f472b6', colorFocus: '#f9a8d4', borderRadius: '16px' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' });
    const code = canvas.getByRole('region', { name: 'appearance' });
    await expect(code).toHaveTextContent('"colorScheme": "dark"');
    const style = getComputedStyle(code);
    await expect(style.getPropertyValue('--rvp-color-primary').trim()).toBe('#f472b6');
    await expect(style.getPropertyValue('--rvp-color-background').trim()).toBe(DARK_DEFAULTS.colorBackground);
  },
};

/** No colour scheme set here: the toolbar's (dark) applies, and the object says so. */
export const FollowsTheToolbar: Story = {
  globals: { theme: 'dark' },
  args: { colorPrimary: '#f472b6' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' });
    await expect(canvas.getByRole('region', { name: 'appearance' })).toHaveTextContent(
      '"colorScheme": "dark"',
    );
  },
};
