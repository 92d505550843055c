/**
 * Issue 9, hole 8: what reaches a host's `onError`. A backend that echoes what a person
 * typed (in `message` or in 422 `fields`) must not hand that text to the host's telemetry:
 * the host gets the kind, code, status and field names, with our own sentence.
 */
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import { createRevampdClient } from '../../src/api/client';
import type { RevampdError } from '../../src/api/errors';

const TYPED = 'my password is hunter2, mail me at ana@example.com';

function client() {
  const onError = vi.fn<(error: RevampdError) => void>();
  const api = createRevampdClient({
    baseUrl: 'https://api.revampd.test',
    orgId: 'org_report',
    getAccessToken: () => 'token',
    retry: { retries: 0, baseDelayMs: 1 },
    onError,
  });
  return { api, onError };
}

const newTicket = { title: TYPED, priority: 'low' as const, description: TYPED };

describe('onError never carries the server’s free text', () => {
  it('a 422 that echoes the typed values reaches the host as field names only', async () => {
    server.use(
      http.post(apiPath('/tickets'), () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation_failed',
              message: `Bad: ${TYPED}`,
              fields: { title: `"${TYPED}" is bad` },
            },
          },
          { status: 422 },
        ),
      ),
    );
    const { api, onError } = client();
    const thrown = await api
      .createTicket(newTicket, { idempotencyKey: 'k1' })
      .catch((error: unknown) => error);
    // The widget still gets the server's field messages to show beside the fields.
    expect((thrown as RevampdError).fields?.['title']).toContain('is bad');
    expect(onError).toHaveBeenCalledTimes(1);
    const reported = onError.mock.calls[0]?.[0];
    expect(reported?.code).toBe('validation_failed');
    expect(reported?.status).toBe(422);
    expect(reported?.fields).toEqual({ title: 'invalid' });
    expect(JSON.stringify({ ...reported, message: reported?.message })).not.toMatch(/hunter2|ana@example/);
  });

  it('a 500 whose message echoes the body reaches the host with our own sentence', async () => {
    server.use(
      http.post(apiPath('/tickets'), () =>
        HttpResponse.json({ error: { code: 'internal', message: `Failed on ${TYPED}` } }, { status: 500 }),
      ),
    );
    const { api, onError } = client();
    await api.createTicket(newTicket, { idempotencyKey: 'k2' }).catch(() => undefined);
    const reported = onError.mock.calls[0]?.[0];
    expect(reported?.message).toBe('The server answered 500 (internal).');
    expect(JSON.stringify({ ...reported, message: reported?.message })).not.toMatch(/hunter2|ana@example/);
  });
});
