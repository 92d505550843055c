/** The alerts section's strings in US English (see `enUS` in ../en-US.ts for how messages work). */
export const enUSAlerts = {
  label: 'Needs your attention',
  overdue: {
    one: '1 overdue invoice: {amount} due',
    other: '{count} overdue invoices: {amount} due',
  },
  shortfall: 'Your wallet is {amount} short of your open invoices',
  awaiting: {
    one: '1 ticket awaits your reply',
    other: '{count} tickets await your reply',
  },
  failedPayouts: {
    one: '1 payout failed in the last 90 days',
    other: '{count} payouts failed in the last 90 days',
  },
  viewInvoices: 'View invoices',
  viewWallet: 'View wallet',
  viewTickets: 'View tickets',
  viewPayouts: 'View payouts',
};
