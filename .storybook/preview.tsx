import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { RevampdProvider, type ColorScheme, type RevampdProviderProps } from '../src/index';
import '../src/styles.css';
import './preview.css';
import { db } from '../mocks/handlers/index';
import { defaultMocks, STORY_BASE_URL, STORY_ORG_ID } from '../stories/support';
import { DEFAULT_STORY_LOCALE, localeProps, STORY_LOCALES } from '../stories/locales';
import type { MockDb } from '../mocks/db';
import { configure } from 'storybook/test';

// Play functions wait for conditions, never for durations: on a loaded CI machine the first
// data can take seconds to arrive, so the wait is long and a failure still fails (it only
// takes longer to). One value for every story instead of ad-hoc timeouts per query.
configure({ asyncUtilTimeout: 15_000 });

/**
 * Every story renders inside a provider against the mock API, in the toolbar's language and
 * colour scheme; stories tune it by parameters (`provider`, which wins over the toolbar) and,
 * for props that follow the story's controls, `providerFromArgs(args, globals)`.
 */
const withProvider: Decorator = (Story, context) => {
  const overrides = (context.parameters['provider'] ?? {}) as Partial<RevampdProviderProps>;
  const fromArgs = context.parameters['providerFromArgs'] as
    | ((args: typeof context.args, globals: typeof context.globals) => Partial<RevampdProviderProps>)
    | undefined;
  // The global keeps its name `theme`: scripts/screenshots.mjs opens `globals=theme:dark`.
  const colorScheme = (context.globals['theme'] ?? 'light') as ColorScheme;
  const props: Partial<RevampdProviderProps> = {
    ...localeProps(String(context.globals['locale'] ?? DEFAULT_STORY_LOCALE)),
    appearance: { colorScheme },
    ...overrides,
    ...fromArgs?.(context.args, context.globals),
  };
  return (
    <RevampdProvider
      baseUrl={STORY_BASE_URL}
      orgId={STORY_ORG_ID}
      getAccessToken={() => 'storybook-token'}
      timeZone="America/New_York"
      retry={{ retries: 1, baseDelayMs: 50 }}
      {...props}
    >
      <div className="sb-canvas" data-theme={props.appearance?.colorScheme}>
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
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.entries(STORY_LOCALES).map(([value, { title }]) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Colour scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'system', title: 'System (follows the OS setting)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: DEFAULT_STORY_LOCALE },
  parameters: {
    layout: 'fullscreen',
    msw: { handlers: defaultMocks() },
    // Autodocs pages render several stories sharing one worker; inline stories would
    // leak each other's mocks (toolchain.md).
    docs: { story: { inline: false } },
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      // The Introduction first, then the whole portal, then each section in the seed's order
      // (src/model/sections.ts) with its widgets in the order of package.md, then the
      // foundations. Literal values only: Storybook evaluates this object on its own.
      storySort: {
        order: [
          'Introduction',
          'Portal',
          ['ConnectionPortal', 'ConnectionNav', 'Routing'],
          'Sections',
          [
            '1 Plan',
            '2 Add-Ons',
            ['AddOnsTable', 'AddOnPurchase'],
            '3 Tickets',
            ['TicketsTable', 'TicketDetail', 'TicketConversation'],
            '4 Submit Ticket',
            '5 Invoices',
            '6 Wallet',
            ['WalletCard', 'WalletTransactionsTable'],
            '7 Affiliate Payouts',
            ['Whole section', 'PayoutSummary', 'PayoutHistoryTable'],
          ],
          'Foundations',
          ['Theme playground', 'Appearance elements', 'Locales'],
          '*',
        ],
      },
    },
  },
};

export default preview;
