/**
 * Plain numbers in the person's locale: counts, limits and steps inside sentences.
 */

/** A count in `locale`'s number format ("5,000", "5 000", "٥٬٠٠٠"); a bad locale reads as en-US. */
export function formatCount(count: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(count);
  } catch {
    return new Intl.NumberFormat('en-US').format(count);
  }
}
