import type { RevampdError } from '../api/errors';
import { formatDate } from '../format/dates';
import type { ProvidedMessages } from './en-US';
import type { MessageValues } from './messages';

/** What {@link errorMessage} needs from the provider (`useRevampd()` fits). */
export interface ErrorMessageContext {
  messages: ProvidedMessages;
  t: (template: string, values?: MessageValues) => string;
  locale: string;
  timeZone: string;
}

/**
 * The sentence a person sees for an error: chosen by kind and status, never the server's
 * own text (which may be technical, or not in the person's language).
 */
export function errorMessage(error: RevampdError | null, context: ErrorMessageContext): string {
  const { messages, t, locale, timeZone } = context;
  const common = messages.common;
  if (!error) return t(common.serverError);
  switch (error.kind) {
    case 'network':
      return t(common.networkError);
    case 'invalid_response':
      return t(common.badResponse);
    case 'signed_out':
      return t(common.signedOut);
    case 'refused':
      // The client's own refusal text is English and names no brand, so it is never shown;
      // an action that can be refused says why in its own words (`describeError`).
      return t(common.serverError);
    case 'render':
      return t(common.renderError);
    case 'http':
      if (error.status === 403) return t(common.noAccess);
      if (error.status === 404) return t(common.notFound);
      if (error.status === 429 && error.retryAt !== undefined) {
        return t(common.rateLimited, {
          time: formatDate(new Date(error.retryAt), locale, timeZone, 'dateTime'),
        });
      }
      return t(common.serverError);
  }
}
