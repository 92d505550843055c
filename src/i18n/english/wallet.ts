/** The wallet section's strings in US English (see `enUS` in ../en-US.ts for how messages work). */
export const enUSWallet = {
  heading: 'Wallet',
  balance: 'Balance',
  updatedAt: 'Updated {time}',
  paysFor:
    'Credits pay for items issued by {brandName}, such as phone numbers, call credits and in-platform services.',
  neverPaysFor:
    'They never pay Partner invoices. Credits from a Partner relationship stay with that connection.',
  negative: 'Your balance is negative; it will be settled from your next credits.',
  transactions: 'Recent transactions',
  emptyTransactions: 'No transactions yet.',
  columns: { date: 'Date', description: 'Description', kind: 'Type', amount: 'Amount' },
  kind: {
    payout_credit: 'Payout credit',
    invoice_payment: 'Invoice payment',
    refund: 'Refund',
    adjustment: 'Adjustment',
  },
  viewPayout: 'View payout',
  viewInvoice: 'View invoice',
  viewAll: 'View all transactions',
  coversOpen: {
    one: 'Covers your open invoice',
    other: 'Covers your {count} open invoices',
  },
  shortOfOpen: '{amount} short of your open invoices',
  ledgerHeading: 'Transactions',
  ledgerIntro: 'Every movement of your wallet, newest first, with the balance after each one.',
  balanceColumn: 'Balance',
  relatedColumn: 'Related',
  createdRange: 'Dates',
  noResultsFilters: 'No transactions match these filters.',
};
