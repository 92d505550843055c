import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { RevampdProvider, type RevampdProviderProps } from '../src/index';
import '../src/styles.css';
import './preview.css';
import { db } from '../mocks/handlers/index';
import { defaultMocks, STORY_BASE_URL, STORY_ORG_ID, themeFor, type StoryTheme } from '../stories/support';
import type { MockDb } from '../mocks/db';

/** Every story renders inside a provider against the mock API; stories tune it by parameters. */
const withProvider: Decorator = (Story, context) => {
  const overrides = (context.parameters['provider'] ?? {}) as Partial<RevampdProviderProps>;
  const theme = (context.globals['theme'] ?? 'light') as StoryTheme;
  return (
    <RevampdProvider
      baseUrl={STORY_BASE_URL}
      orgId={STORY_ORG_ID}
      getAccessToken={() => 'storybook-token'}
      locale="en-US"
      timeZone="America/New_York"
      retry={{ retries: 1, baseDelayMs: 50 }}
      {...themeFor(theme)}
      {...overrides}
    >
      <div
        className="sb-canvas"
        data-theme={overrides.appearance?.colorScheme ?? themeFor(theme).appearance?.colorScheme}
      >
        <Story />
      </div>
    </RevampdProvider>
  );
};

/** Each story starts from the seeded data, then applies its own seed (`parameters.seed`). */
const resetMockData = async (context: { parameters: Record<string, unknown> }) => {
  db.reset();
  const seed = context.parameters['seed'] as ((mockDb: MockDb) => void) | undefined;
  seed?.(db);
  return {};
};

const preview: Preview = {
  loaders: [resetMockData, mswLoader()],
  decorators: [withProvider],
  globalTypes: {
    theme: {
      description: 'Colour scheme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    msw: { handlers: defaultMocks() },
    // Autodocs pages render several stories sharing one worker; inline stories would
    // leak each other's mocks (toolchain.md).
    docs: { story: { inline: false } },
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
