import { RevampdError } from '../../src/api/errors';
import { enUS } from '../../src/i18n/en-US';
import { errorMessage } from '../../src/i18n/errorMessage';
import { formatMessage, mergeMessages } from '../../src/i18n/messages';

const messages = mergeMessages({ brandName: 'Acme Voice' });
const context = {
  messages,
  t: (template: string, values = {}) => formatMessage(template, { brandName: messages.brandName, ...values }),
  locale: 'en-US',
  timeZone: 'America/New_York',
};
const error = (init: Partial<ConstructorParameters<typeof RevampdError>[0]>) =>
  new RevampdError({ kind: 'http', code: 'x', message: 'server text that must not show', ...init });

describe('errorMessage: what a person reads for each failure', () => {
  it.each([
    ['network', error({ kind: 'network' }), 'We could not reach Acme Voice.'],
    ['bad body', error({ kind: 'invalid_response' }), 'We received a response we could not read'],
    ['signed out', error({ kind: 'signed_out' }), 'You are signed out.'],
    ['403', error({ status: 403 }), 'This organization does not have access'],
    ['404', error({ status: 404 }), 'This item could not be found.'],
    ['500', error({ status: 500 }), 'Acme Voice is having trouble right now.'],
    // The client's own English refusal never shows; the action that was refused words it
    // (`describeError`, e.g. the invoices' "Only open invoices…", tested with InvoicesTable).
    [
      'refused',
      error({ kind: 'refused', code: 'invoice_not_payable' }),
      'Acme Voice is having trouble right now.',
    ],
  ])('%s', (_name, value, expected) => {
    const text = errorMessage(value, context);
    expect(text).toContain(expected);
    expect(text).not.toContain('server text');
  });

  it('says when a rate-limited request may be tried again, in the org time zone', () => {
    const text = errorMessage(error({ status: 429, retryAt: Date.parse('2026-03-01T15:04:00Z') }), context);
    expect(text).toBe(formatMessage(enUS.common.rateLimited, { time: 'Mar 1, 2026, 10:04 AM' }));
  });
});
