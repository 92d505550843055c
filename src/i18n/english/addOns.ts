/** The addOns section's strings in US English (see `enUS` in ../en-US.ts for how messages work). */
export const enUSAddOns = {
  heading: 'Add-Ons',
  intro:
    'Add-ons issued by {brandName}, such as phone numbers and call credits. They are billed separately from your Partner plan and appear under Invoices.',
  empty: 'You have no {brandName} add-ons yet.',
  columns: {
    name: 'Name',
    detail: 'Detail',
    status: 'Status',
    quantity: 'Quantity',
    price: 'Price',
    since: 'Since',
    actions: 'Actions',
    cadence: 'Billing',
  },
  kind: { phone_number: 'Phone number', call_credits: 'Call credits', other: 'Other' },
  status: { active: 'Active', pending: 'Pending', cancelled: 'Cancelled' },
  perMonth: '{price} / month',
  oneTime: '{price} one-time',
  cancel: 'Cancel',
  cancelTitle: 'Cancel {name}?',
  cancelBody: 'This add-on stops at the end of the current period. This cannot be undone here.',
  cancelConfirm: 'Cancel add-on',
  cancelKeep: 'Keep it',
  cancelling: 'Cancelling…',
  cancelled: '{name} was cancelled.',
  alreadyCancelled: 'This add-on was already cancelled.',
  notCancellable: {
    oneTime: 'One-time purchases cannot be cancelled',
    pending: 'Can be cancelled once active',
    other: 'Cannot be cancelled here',
  },
};
