/**
 * Rendering helpers for tests: a widget inside a RevampdProvider pointed at the mock API,
 * with fast retries so fault tests do not wait for real backoff.
 */
import { render, type RenderOptions, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { RevampdProvider, type RevampdProviderProps } from '../src/headless';

/** The base URL tests' providers use; the mocks answer any base URL. */
export const TEST_BASE_URL = 'https://api.revampd.test';
/** The default org of tests. */
export const TEST_ORG_ID = 'org_test';

/** Provider props of tests: a fixed locale and zone, and retries that do not wait. */
export function testProviderProps(overrides: Partial<RevampdProviderProps> = {}): RevampdProviderProps {
  return {
    baseUrl: TEST_BASE_URL,
    orgId: TEST_ORG_ID,
    getAccessToken: () => 'test-token',
    locale: 'en-US',
    timeZone: 'America/New_York',
    retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5 },
    ...overrides,
  };
}

/** A wrapper component with the test provider, for `renderHook` and `render`. */
export function createWrapper(overrides: Partial<RevampdProviderProps> = {}) {
  return function TestProvider({ children }: { children: ReactNode }) {
    return <RevampdProvider {...testProviderProps(overrides)}>{children}</RevampdProvider>;
  };
}

/** Renders `ui` inside a test provider. `rerenderWith` swaps provider props (e.g. orgId). */
export function renderWithProvider(
  ui: ReactElement,
  overrides: Partial<RevampdProviderProps> = {},
  options: Omit<RenderOptions, 'wrapper'> = {},
): RenderResult & { rerenderWith: (next: Partial<RevampdProviderProps>) => void } {
  const result = render(<RevampdProvider {...testProviderProps(overrides)}>{ui}</RevampdProvider>, options);
  return {
    ...result,
    rerenderWith: (next) =>
      result.rerender(
        <RevampdProvider {...testProviderProps({ ...overrides, ...next })}>{ui}</RevampdProvider>,
      ),
  };
}
