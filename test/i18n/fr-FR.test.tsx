/**
 * The French locale (issue 5, item 2) in the widgets: texts, numbers, money, dates and the
 * week start following `locale`. Its completeness (keys, placeholders, plural categories,
 * nothing left in English, its own entry) is checked with every other locale's in
 * locales.test.tsx.
 */
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import { ConnectionPortal } from '../../src/components/ConnectionPortal/ConnectionPortal';
import { PayoutSummary } from '../../src/components/PayoutSummary/PayoutSummary';
import { WalletCard } from '../../src/components/WalletCard/WalletCard';
import { frFR } from '../../src/locales/fr-FR';
import { columnCells, definitionOf, definitionsOf } from '../queries';
import { renderWithProvider } from '../render';

const plain = (text: string | null | undefined): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const FRENCH = { locale: 'fr-FR', timeZone: 'Europe/Paris', baseMessages: frFR } as const;

describe('widgets in fr-FR', () => {
  it('renders the portal in French, and a brand override still applies over it', async () => {
    renderWithProvider(<ConnectionPortal />, { ...FRENCH, messages: { brandName: 'Acme Voice' } });
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Forfait',
      'Options',
      'Tickets',
      'Ouvrir un ticket',
      'Factures',
      'Portefeuille',
      'Versements d’affiliation',
    ]);
    expect(screen.getByRole('tablist', { name: 'Connexion Acme Voice' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Accès Acme Voice géré par votre partenaire' }),
    ).toBeVisible();
    // The language that applies to the widgets' text: the nearest `lang` above them.
    expect(screen.getByRole('tablist').closest('[lang]')).toHaveAttribute('lang', 'fr-FR');
  });

  it('formats money, negatives and dates the French way (WalletCard)', async () => {
    server.use(
      http.get(apiPath('/wallet'), () =>
        HttpResponse.json({
          connectionId: 'revampd',
          balance: { amount: 123_456, currency: 'EUR' },
          updatedAt: '2024-04-01T03:30:00Z',
        }),
      ),
      http.get(apiPath('/wallet/transactions'), () =>
        HttpResponse.json({
          data: [
            {
              id: 'wtx_1',
              createdAt: '2024-03-31T22:30:00Z',
              kind: 'invoice_payment',
              amount: { amount: -4_000, currency: 'EUR' },
              balanceAfter: { amount: 123_456, currency: 'EUR' },
              description: 'Facture INV-7',
              invoiceId: 'inv_7',
              payoutId: null,
            },
          ],
          nextCursor: null,
        }),
      ),
    );
    renderWithProvider(<WalletCard />, FRENCH);
    const card = await screen.findByRole('region', { name: 'Portefeuille' });
    const table = await within(card).findByRole('table', { name: 'Transactions récentes' });
    expect(plain(definitionOf(card, 'Solde').textContent)).toBe('1 234,56 €');
    // 03:30Z is 05:30 in Paris (summer time since March 31).
    expect(plain(within(card).getByText(/^Mis à jour le/).textContent)).toBe(
      'Mis à jour le 1 avr. 2024, 05:30',
    );
    const [, row] = within(table).getAllByRole('row');
    expect(columnCells(table, 'Montant').map((cell) => plain(cell.textContent))).toEqual(['-40,00 €']);
    // 22:30Z on March 31 is already April 1 in Paris.
    expect(within(row as HTMLElement).getByText('1 avr. 2024')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('Paiement de facture')).toBeInTheDocument();
  });

  it('starts the week on Monday and writes French dates (PayoutSummary)', async () => {
    const requests: URL[] = [];
    server.use(
      http.get(apiPath('/affiliate/summary'), ({ request }) => {
        requests.push(new URL(request.url));
        return undefined;
      }),
    );
    renderWithProvider(<PayoutSummary />, FRENCH);
    await screen.findByRole('img', { name: 'Versements payés, 12 derniers mois' });
    expect(requests[0]?.searchParams.get('weekStartsOn')).toBe('1');
    // The mock clock is Wednesday 2026-11-25: a Monday week starts on the 23rd.
    const [amount, range] = definitionsOf(document.body, 'Semaine en cours');
    expect(plain(range?.textContent)).toBe('23 nov. 2026 – 25 nov. 2026');
    expect(plain(amount?.textContent)).toMatch(/^[\d ]+,\d{2} \$US$/);
  });
});
