/**
 * Numbers inside sentences follow the locale, as money and dates do (issue 13: "numbers
 * follow the locale"): a count or a limit given to `t` as a number is written in the
 * locale's digits and grouping, so an Arabic alert never mixes "3" with "٢٧٠٫٠٠ US$";
 * identifiers (ticket numbers) are passed as strings and stay as the API sent them.
 */
import { renderHook, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import type { Attention } from '../../src/api/schemas';
import { ConnectionAlerts } from '../../src/components/ConnectionAlerts/ConnectionAlerts';
import { ConnectionNav } from '../../src/components/ConnectionNav/ConnectionNav';
import { useRevampd } from '../../src/headless';
import { ar } from '../../src/locales/ar';
import { frFR } from '../../src/locales/fr-FR';
import { createWrapper, renderWithProvider } from '../render';

/** 4 overdue invoices, 12 tickets awaiting the customer. */
function serveAttention() {
  server.use(
    http.get(apiPath('/attention'), () =>
      HttpResponse.json({
        openInvoices: { count: 0, amountDue: { amount: 0, currency: 'USD' } },
        overdueInvoices: { count: 4, amountDue: { amount: 27_000, currency: 'USD' } },
        walletShortfall: null,
        ticketsAwaitingCustomer: 12,
        failedPayouts: 0,
        asOf: '2026-11-25T15:00:00Z',
      } satisfies Attention),
    ),
  );
}

function tIn(locale: string) {
  return renderHook(() => useRevampd().t, { wrapper: createWrapper({ locale }) }).result.current;
}

describe('numbers in messages', () => {
  it('writes number values in the locale’s format and leaves strings as given', () => {
    expect(tIn('en-US')('{count} of {max}', { count: 1234, max: 5000 })).toBe('1,234 of 5,000');
    expect(tIn('ar-EG')('{count}', { count: 3 })).toBe('٣');
    expect(tIn('de-DE')('{count}', { count: 1000000 })).toBe('1.000.000');
    expect(tIn('en-US')('Ticket #{number}', { number: '12345' })).toBe('Ticket #12345');
  });

  it('falls back to en-US digits for a locale the platform does not know', () => {
    expect(tIn('not a locale')('{count}', { count: 5000 })).toBe('5,000');
  });

  it('shows the menu’s badge counts in the locale’s digits, as their spoken names say them', async () => {
    serveAttention();
    renderWithProvider(<ConnectionNav />, { locale: 'ar-EG', baseMessages: ar, dir: 'rtl' });
    const tickets = await screen.findByRole('tab', { name: /١٢/ });
    expect(tickets).toHaveTextContent('١٢');
    expect(tickets).not.toHaveTextContent('12');
  });

  it('shows an Egyptian Arabic alert’s count in Arabic-Indic digits, as its amount is', async () => {
    serveAttention();
    renderWithProvider(<ConnectionAlerts />, { locale: 'ar-EG', baseMessages: ar, dir: 'rtl' });
    expect(await screen.findByText(/^٤ فواتير متأخرة السداد/)).toBeInTheDocument();
    expect(screen.getByText('١٢ تذكرة بانتظار ردك')).toBeInTheDocument();
  });

  it('groups a French count with the locale’s space, not a bare run of digits', async () => {
    const t = tIn('fr-FR');
    expect(t(frFR.common.retry)).toBe(frFR.common.retry);
    expect(t('{count} caractères', { count: 5000 })).toBe(`5${'\u202f'}000 caractères`);
  });
});
