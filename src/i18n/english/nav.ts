/** The nav section's strings in US English (see `enUS` in ../en-US.ts for how messages work). */
export const enUSNav = {
  label: '{brandName} connection',
  plan: 'Plan',
  addOns: 'Add-Ons',
  tickets: 'Tickets',
  submitTicket: 'Submit Ticket',
  invoices: 'Invoices',
  wallet: 'Wallet',
  payouts: 'Affiliate Payouts',
  ticketsBadge: '{count} awaiting your reply',
  invoicesBadge: '{count} open',
};
