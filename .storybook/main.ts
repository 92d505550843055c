import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  // The Introduction (MDX) sorts first (preview.tsx's storySort), so Storybook opens on it.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // The MSW service worker (public/mockServiceWorker.js) is served from the root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // No "get started" checklist in the sidebar or guide in the menu: people who open this
  // Storybook come to look at the widgets, not to learn Storybook. (addon-onboarding is
  // not installed either.)
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
};

export default config;
