/**
 * The sentence a person reads for an error, in the provider's language and brand: one
 * place for every hook that exposes `errorText`, so a host's own markup says exactly what
 * the widgets say (never the server's own text).
 */
import { useCallback } from 'react';
import type { RevampdError } from '../api/errors';
import { errorMessage } from '../i18n/errorMessage';
import { useRevampd } from '../provider/RevampdProvider';

/** Turns an error into its sentence (`null` for no error). */
export function useErrorText(): (error: RevampdError | null) => string | null {
  const { messages, t, locale, timeZone } = useRevampd();
  return useCallback(
    (error) => (error ? errorMessage(error, { messages, t, locale, timeZone }) : null),
    [messages, t, locale, timeZone],
  );
}
