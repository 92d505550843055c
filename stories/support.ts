/**
 * Shared story plumbing: the mock API every story talks to, and the theme presets of the
 * toolbar. Stories pass scenario handlers with `mockApi(...)` and seeds with
 * `parameters.seed`.
 */
import type { HttpHandler } from 'msw';
import { createHandlers, db } from '../mocks/handlers/index';
import type { RevampdProviderProps } from '../src/index';

/** The base URL stories' provider uses; the mocks answer any base URL. */
export const STORY_BASE_URL = 'https://api.revampd.test';
/** The org stories show. */
export const STORY_ORG_ID = 'org_demo';

/** The default handlers over the shared, per-story-reset store. */
export function defaultMocks(): HttpHandler[] {
  return createHandlers(db);
}

/**
 * `parameters.msw` for a story: scenario handlers first (MSW takes the first match), then
 * the defaults, so every other endpoint keeps answering.
 */
export function mockApi(...scenarios: HttpHandler[][]): { handlers: HttpHandler[] } {
  return { handlers: [...scenarios.flat(), ...defaultMocks()] };
}

/** Toolbar themes. */
export type StoryTheme = 'light' | 'dark';

/** Provider props of a toolbar theme. */
export function themeFor(theme: StoryTheme): Pick<RevampdProviderProps, 'appearance'> {
  return { appearance: { colorScheme: theme } };
}

/** Two Partner brands that look clearly different, for white-label stories. */
export const PARTNER_BRANDS = {
  acmeVoice: {
    messages: { brandName: 'Acme Voice' },
    appearance: {
      colorScheme: 'light',
      variables: {
        colorPrimary: '#0f766e',
        colorFocus: '#0f766e',
        colorBackground: '#fbfaf7',
        colorSurface: '#f0eee6',
        colorText: '#1f2421',
        colorTextMuted: '#4d5550',
        colorBorder: '#cfcabb',
        borderRadius: '2px',
        fontFamily: 'Georgia, "Times New Roman", serif',
        spacingUnit: '5px',
      },
    },
  },
  nightline: {
    messages: { brandName: 'Nightline' },
    appearance: {
      colorScheme: 'dark',
      variables: {
        colorPrimary: '#f472b6',
        colorFocus: '#f9a8d4',
        colorBackground: '#1a1025',
        colorSurface: '#251736',
        colorText: '#f5eefc',
        colorTextMuted: '#c4b5d6',
        colorBorder: '#4a3566',
        borderRadius: '16px',
        fontFamily: '"Trebuchet MS", Verdana, sans-serif',
      },
    },
  },
} satisfies Record<string, Partial<RevampdProviderProps>>;
