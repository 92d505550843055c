/**
 * The French locale (issue 5, item 2): complete, placeholders kept, on its own entry, and
 * numbers, money, dates and the week start following `locale`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../mocks/handlers/shared';
import { server } from '../../mocks/node';
import { ConnectionPortal } from '../../src/components/ConnectionPortal/ConnectionPortal';
import { PayoutSummary } from '../../src/components/PayoutSummary/PayoutSummary';
import { WalletCard } from '../../src/components/WalletCard/WalletCard';
import { enUS } from '../../src/i18n/en-US';
import { frFR } from '../../src/locales/fr-FR';
import { columnCells, definitionOf, definitionsOf } from '../queries';
import { renderWithProvider } from '../render';

type Tree = { readonly [key: string]: string | Tree };

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/**
 * Every leaf of a messages tree as `path → string`; a counted message is one leaf, its
 * `other` form (French has a `many` form English lacks: test/i18n/locales.test.tsx checks
 * each form against the language's plural categories).
 */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(at, value);
    else if (
      Object.keys(value).every((name) => PLURAL_CATEGORIES.has(name)) &&
      typeof value.other === 'string'
    ) {
      out.set(at, value.other);
    } else for (const [leaf, text] of leaves(value, at)) out.set(leaf, text);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

/** Intl separates groups and symbols with U+202F / U+00A0; compare with plain spaces. */
const plain = (text: string | null | undefined): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const FRENCH = { locale: 'fr-FR', timeZone: 'Europe/Paris', baseMessages: frFR } as const;

describe('fr-FR messages', () => {
  const english = leaves(enUS);
  const french = leaves(frFR);

  it('has exactly the keys of en-US', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keeps every {placeholder} of en-US, and adds none', () => {
    const mismatches = [...english].filter(([key, text]) => {
      const translated = french.get(key) ?? '';
      return placeholders(translated).join() !== placeholders(text).join();
    });
    expect(mismatches.map(([key]) => key)).toEqual([]);
  });

  it('leaves no string empty or untranslated by accident', () => {
    expect([...french].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    // Strings that are the same in both languages on purpose; anything else equal is a miss.
    const same = new Set([
      'brandName',
      'common.none',
      'nav.tickets',
      'plan.contactLabel',
      'plan.directPrice',
      'table.pagination',
      'addOns.columns.actions',
      'tickets.heading',
      'tickets.description',
      'ticketForm.description',
      'invoices.columns.date',
      'invoices.columns.type',
      'invoices.columns.total',
      'invoices.columns.actions',
      'invoices.downloadPdf',
      'wallet.columns.date',
      'wallet.columns.description',
      'wallet.columns.kind',
      'payouts.range',
      'payouts.total',
      'payouts.columns.date',
      'addOns.status.active',
    ]);
    const untranslated = [...english].filter(([key, text]) => !same.has(key) && french.get(key) === text);
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it('stays out of the main and headless entries (its own subpath)', () => {
    const root = path.resolve(__dirname, '../../src');
    const importers: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (
          /\.tsx?$/.test(name) &&
          !/\.test\.tsx?$/.test(name) &&
          !file.includes(`${path.sep}locales${path.sep}`)
        ) {
          // Statements only: JSDoc examples may show the subpath import.
          if (/^(?:import|export)\b[^;]*from ['"][^'"]*fr-FR['"]/m.test(readFileSync(file, 'utf8'))) {
            importers.push(path.relative(root, file));
          }
        }
      }
    };
    walk(root);
    expect(importers).toEqual([]);
  });
});

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
