/** The csv section's strings in US English (see `enUS` in ../en-US.ts for how messages work). */
export const enUSCsv = {
  currency: 'Currency',
};
