/**
 * Fails any test that writes to `console.error` or `console.warn` without saying it expects
 * to (issue 9): a React warning, an act() warning or a library's log is a bug to fix, and a
 * widget that logs a host's data would leak it. A test that expects a log (React reports a
 * caught render error) declares it with {@link expectConsole}.
 */
import { afterEach, beforeEach, vi } from 'vitest';

const allowed: RegExp[] = [];
const unexpected: string[] = [];

/** Lets this test write console lines matching `pattern` (cleared after the test). */
export function expectConsole(pattern: RegExp): void {
  allowed.push(pattern);
}

function text(args: unknown[]): string {
  return args
    .map((arg) =>
      arg instanceof Error ? `${arg.name}: ${arg.message}` : typeof arg === 'string' ? arg : String(arg),
    )
    .join(' ');
}

beforeEach(() => {
  allowed.length = 0;
  unexpected.length = 0;
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      const line = text(args);
      if (!allowed.some((pattern) => pattern.test(line))) unexpected.push(`console.${level}: ${line}`);
    });
  }
});

afterEach(() => {
  if (unexpected.length === 0) return;
  const lines = unexpected.splice(0).map((line) => line.slice(0, 500));
  throw new Error(`Unexpected console output:\n${lines.join('\n')}`);
});
