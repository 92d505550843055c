/**
 * Money formatting. Amounts stay integer minor units (ISO 4217 digits) until this module
 * turns them into text, and the decimal point is placed by string arithmetic so no float
 * division can ever print `0.30000000000000004` or lose a cent (faults.md 14, 15, 18).
 */
import { cachedNumberFormat } from './numbers';

// ---------------------------------------------------------------------------
// Types and errors
// ---------------------------------------------------------------------------

/**
 * Any value shaped like the API's `Money`. Structural, so this pure module does not
 * depend on the contract schemas and accepts both parsed API values and local totals.
 */
export type MoneyLike = { readonly amount: number; readonly currency: string };

/** Options of {@link formatMoney}. */
export interface FormatMoneyOptions {
  /**
   * When to show a sign, as in `Intl.NumberFormat`. Zero never shows a minus, whatever
   * this says: `-0` is not a debit.
   * @default 'auto'
   */
  signDisplay?: 'auto' | 'always' | 'exceptZero';
}

/**
 * Thrown by {@link sumMoney} when amounts in different currencies would be added. A total
 * of dollars and euros is a number nobody can act on, so refusing loudly beats showing
 * it (faults.md 18).
 */
export class CurrencyMismatchError extends Error {
  /** Always `CurrencyMismatchError`, so logs and `error.name` checks can tell it apart. */
  override readonly name = 'CurrencyMismatchError';
  /** The currency of the first item, which every other item had to match. */
  readonly expected: string;
  /** The first currency that did not match. */
  readonly actual: string;

  constructor(expected: string, actual: string) {
    super(`Cannot add amounts in different currencies: ${expected} and ${actual}`);
    this.expected = expected;
    this.actual = actual;
  }
}

// ---------------------------------------------------------------------------
// Currency codes
// ---------------------------------------------------------------------------

/** Shown in place of an amount that cannot be trusted, so `NaN` never reaches a screen. */
const PLACEHOLDER = '—';

/** Shown in place of a currency code that is missing altogether. */
const UNKNOWN_CODE = '???';

/** Digits for a code Intl does not know; two is by far the most common in ISO 4217. */
const DEFAULT_MINOR_DIGITS = 2;

/**
 * Normalises a currency code to ISO 4217 form: trimmed and upper case.
 *
 * @returns the code, or `null` when it is not exactly three ASCII letters.
 */
export function normalizeCurrency(code: string): string | null {
  const trimmed = code.trim();
  // Checked before upper-casing: `toUpperCase` turns `ß` into `SS` and `ı` into `I`,
  // which would let a non-ASCII string pass as an ISO code.
  return /^[A-Za-z]{3}$/.test(trimmed) ? trimmed.toUpperCase() : null;
}

const minorDigitsCache = new Map<string, number>();

/**
 * The number of minor-unit digits of a currency (USD 2, JPY 0, KWD 3), from the
 * platform's ISO 4217 data so the table never goes stale in this bundle.
 *
 * @returns the digits, or 2 for a malformed or unknown code.
 */
export function currencyMinorDigits(code: string): number {
  const currency = normalizeCurrency(code);
  if (currency === null) return DEFAULT_MINOR_DIGITS;
  const cached = minorDigitsCache.get(currency);
  if (cached !== undefined) return cached;
  let digits = DEFAULT_MINOR_DIGITS;
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      DEFAULT_MINOR_DIGITS;
  } catch {
    // A well-formed but unsupported code on an older engine: keep the default.
  }
  minorDigitsCache.set(currency, digits);
  return digits;
}

// ---------------------------------------------------------------------------
// Decimal strings
// ---------------------------------------------------------------------------

/**
 * Writes an integer number of minor units as a plain decimal string with exactly
 * `digits` fraction digits: `(5125, 3)` → `"5.125"`, `(-5, 2)` → `"-0.05"`,
 * `(-0, 2)` → `"0.00"`. The point is placed in the digit string, never by division.
 *
 * @throws RangeError when `amount` is not an integer or `digits` is not 0–20; both are
 * programming errors the API boundary already rules out.
 */
export function minorToDecimalString(amount: number, digits: number): string {
  if (!Number.isInteger(amount)) {
    throw new RangeError(`Minor units must be an integer, got ${String(amount)}`);
  }
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
    throw new RangeError(`Fraction digits must be an integer from 0 to 20, got ${String(digits)}`);
  }
  // BigInt gives the exact digits of the double even past 2^53, where String() would
  // switch to exponent notation; it also folds -0 into 0.
  const value = BigInt(amount);
  const negative = value < 0n;
  const magnitude = (negative ? -value : value).toString().padStart(digits + 1, '0');
  const whole = magnitude.slice(0, magnitude.length - digits);
  const fraction = magnitude.slice(magnitude.length - digits);
  const unsigned = digits === 0 ? whole : `${whole}.${fraction}`;
  return negative ? `-${unsigned}` : unsigned;
}

/**
 * The amount of `money` as a decimal string in its currency's units, e.g. for CSV
 * export: `{ amount: 5125, currency: 'KWD' }` → `"5.125"`. No grouping, no symbol.
 *
 * @throws RangeError when the amount is not an integer: an export must not hold a guess.
 */
export function moneyToDecimal(money: MoneyLike): string {
  return minorToDecimalString(money.amount, currencyMinorDigits(money.currency));
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

/**
 * `Intl.NumberFormat#format` typed to take a decimal string. ES2023 engines (Node 20,
 * Chromium, Firefox, Safari 15.4+) format such strings exactly; older ones convert them
 * with `Number()`, which is the fallback we would write by hand anyway, so no branch is
 * needed. The cast only widens the parameter type that older `lib`s declare.
 */
function formatDecimal(formatter: Intl.NumberFormat, decimal: string): string {
  const format = formatter.format as (value: number | bigint | string) => string;
  return format.call(formatter, decimal);
}

/**
 * Formats integer minor units as money in a locale: USD 1 → `$0.01`, JPY 500 → `¥500`,
 * KWD 5125 → `KWD 5.125`, -500 USD in `de-DE` → `-5,00 $`. Lower-case codes are
 * normalised. Intl's output may contain U+00A0 or U+202F spaces.
 *
 * Never throws: a malformed code (`"us"`, `"$$$"`) is shown as the code followed by the
 * amount as a plain localised number (`"???"` when the code is empty), an unusable
 * locale falls back to `en-US`, and a non-integer or non-finite amount renders `—`
 * rather than `NaN` (faults.md 14, 15).
 */
export function formatMoney(money: MoneyLike, locale: string, options?: FormatMoneyOptions): string {
  if (!Number.isInteger(money.amount)) return PLACEHOLDER;
  const signDisplay = options?.signDisplay ?? 'auto';
  const currency = normalizeCurrency(money.currency);
  const digits = currency === null ? DEFAULT_MINOR_DIGITS : currencyMinorDigits(currency);
  // Built from the integer, so `-0` and `0` both give "0.00" and can never print as
  // "-$0.00", whatever signDisplay asks.
  const decimal = minorToDecimalString(money.amount, digits);
  const fractionDigits = { minimumFractionDigits: digits, maximumFractionDigits: digits };

  if (currency !== null) {
    try {
      const formatter = cachedNumberFormat(
        locale,
        { style: 'currency', currency, signDisplay, ...fractionDigits },
        `currency|${currency}|${signDisplay}|${digits}`,
      );
      return formatDecimal(formatter, decimal);
    } catch {
      // An engine that refuses this code: show it the same way as a malformed one.
    }
  }

  const label = money.currency.trim() || UNKNOWN_CODE;
  try {
    const formatter = cachedNumberFormat(
      locale,
      { style: 'decimal', signDisplay, ...fractionDigits },
      `decimal|${signDisplay}|${digits}`,
    );
    // No-break space, as Intl uses, so the code never wraps away from its amount.
    return `${label}\u00a0${formatDecimal(formatter, decimal)}`;
  } catch {
    return `${label}\u00a0${decimal}`;
  }
}

// ---------------------------------------------------------------------------
// Totals
// ---------------------------------------------------------------------------

/**
 * Adds amounts of one currency, exactly.
 *
 * @returns the total in the (normalised) currency of the items, or `null` for an empty
 * list, since an empty list has no currency to report a zero in.
 * @throws CurrencyMismatchError when the items are not all in one currency (letter case
 * aside): totals never mix currencies (faults.md 18). Keeping connections apart is the
 * caller's job, as `MoneyLike` does not carry one.
 * @throws RangeError when an amount is not an integer or the total leaves the range in
 * which a `number` is exact.
 */
export function sumMoney(items: readonly MoneyLike[]): MoneyLike | null {
  const first = items[0];
  if (first === undefined) return null;
  const currencyKey = (code: string): string => normalizeCurrency(code) ?? code.trim();
  const currency = currencyKey(first.currency);
  // BigInt so an intermediate sum past 2^53 cannot silently round.
  let total = 0n;
  for (const item of items) {
    const itemCurrency = currencyKey(item.currency);
    if (itemCurrency !== currency) throw new CurrencyMismatchError(currency, itemCurrency);
    if (!Number.isSafeInteger(item.amount)) {
      throw new RangeError(`Minor units must be a safe integer, got ${String(item.amount)}`);
    }
    total += BigInt(item.amount);
  }
  const amount = Number(total);
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Total of ${currency} ${total.toString()} is too large to be exact`);
  }
  return { amount, currency };
}
