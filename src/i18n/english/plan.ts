/** The plan section's strings in US English (see `enUS` in ../en-US.ts for how messages work). */
export const enUSPlan = {
  managedHeading: '{brandName} Access Managed by Your Partner',
  managedBody:
    'Your {brandName} account and plan are managed through your Partner organization. To view or modify your subscription details, please check your Partner connection or contact their administrator directly.',
  partnerLabel: 'Partner',
  contactLabel: 'Contact',
  directHeading: 'Your {brandName} plan',
  directPrice: '{price} per {interval}',
  intervalMonth: 'month',
  intervalYear: 'year',
  renewsAt: 'Renews on {date}',
  status: {
    active: 'Active',
    trialing: 'Trial',
    past_due: 'Past due',
    canceled: 'Canceled',
  },
};
