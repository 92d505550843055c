/**
 * Plain numbers in the person's locale, and the one cache of Intl.NumberFormat instances
 * that money, counts and file sizes share: constructing one costs tens of microseconds and
 * a table or a conversation formats many numbers per render.
 */

const FALLBACK_LOCALE = 'en-US';

const formatterCache = new Map<string, Intl.NumberFormat>();

/**
 * A number formatter for `locale` and `options`, built once per `key` (which names the
 * options, so the cache needs no serialising); a locale the platform rejects reads as en-US.
 */
export function cachedNumberFormat(
  locale: string,
  options: Intl.NumberFormatOptions,
  key: string,
): Intl.NumberFormat {
  const cacheKey = `${locale}|${key}`;
  const cached = formatterCache.get(cacheKey);
  if (cached !== undefined) return cached;
  let formatter: Intl.NumberFormat;
  try {
    formatter = new Intl.NumberFormat(locale, options);
  } catch (error) {
    // Only a bad locale tag is recoverable here; anything else is a bug worth seeing.
    if (!(error instanceof RangeError) || locale === FALLBACK_LOCALE) throw error;
    formatter = new Intl.NumberFormat(FALLBACK_LOCALE, options);
  }
  formatterCache.set(cacheKey, formatter);
  return formatter;
}

/** A count in `locale`'s number format ("5,000", "5 000", "٥٬٠٠٠"); a bad locale reads as en-US. */
export function formatCount(count: number, locale: string): string {
  return cachedNumberFormat(locale, {}, 'count').format(count);
}
