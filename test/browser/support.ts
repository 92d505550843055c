/**
 * Shared plumbing of the Chromium suites: the MSW worker over the default handlers (reset
 * after each test) and axe-core violations as readable strings.
 */
import axe from 'axe-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { worker } from '../../mocks/browser';
import { db } from '../../mocks/handlers';

/** Starts the mock API's service worker for the calling test file. */
export function useMockWorker(): void {
  beforeAll(async () => {
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: 'error',
      quiet: true,
    });
  });
  afterEach(() => {
    worker.resetHandlers();
    db.reset();
  });
  afterAll(() => worker.stop());
}

/** axe-core violations in `context` as `rule: selectors`, so a failure says what to fix. */
export async function axeViolations(context: Element): Promise<string[]> {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

export { worker };
