import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CurrencyMismatchError,
  currencyMinorDigits,
  formatMoney,
  minorToDecimalString,
  moneyToDecimal,
  normalizeCurrency,
  sumMoney,
} from './money';

/** Intl separates with U+00A0 / U+202F; compare with plain spaces so tests read clearly. */
const spaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
const show = (amount: number, currency: string, locale = 'en-US'): string =>
  spaces(formatMoney({ amount, currency }, locale));

describe('normalizeCurrency', () => {
  it('trims and upper-cases a three-letter code', () => {
    expect(normalizeCurrency(' usd ')).toBe('USD');
    expect(normalizeCurrency('Kwd')).toBe('KWD');
  });

  it.each(['', 'us', 'USDX', '$$$', 'U S', '12A', 'ÜSD', 'ßa'])('rejects %j', (code) => {
    expect(normalizeCurrency(code)).toBeNull();
  });
});

describe('currencyMinorDigits', () => {
  it('follows ISO 4217', () => {
    expect(currencyMinorDigits('USD')).toBe(2);
    expect(currencyMinorDigits('JPY')).toBe(0);
    expect(currencyMinorDigits('KWD')).toBe(3);
    expect(currencyMinorDigits('kwd')).toBe(3);
  });

  it('assumes 2 for a malformed code', () => {
    expect(currencyMinorDigits('$$$')).toBe(2);
    expect(currencyMinorDigits('')).toBe(2);
  });
});

describe('minorToDecimalString', () => {
  it.each([
    [5125, 3, '5.125'],
    [-5, 2, '-0.05'],
    [0, 2, '0.00'],
    [-0, 2, '0.00'],
    [500, 0, '500'],
    [-500, 0, '-500'],
    [1, 3, '0.001'],
    [100, 2, '1.00'],
    [-123456789, 2, '-1234567.89'],
    [Number.MAX_SAFE_INTEGER, 2, '90071992547409.91'],
    [1e21, 2, '10000000000000000000.00'],
  ])('(%d, %d) → %s', (amount, digits, expected) => {
    expect(minorToDecimalString(amount, digits)).toBe(expected);
  });

  it('refuses non-integers rather than guessing', () => {
    expect(() => minorToDecimalString(1.5, 2)).toThrow(RangeError);
    expect(() => minorToDecimalString(Number.NaN, 2)).toThrow(RangeError);
    expect(() => minorToDecimalString(Number.POSITIVE_INFINITY, 2)).toThrow(RangeError);
    expect(() => minorToDecimalString(1, -1)).toThrow(RangeError);
  });

  it('round-trips: the digits read back as the same integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 3 }), (amount, digits) => {
        const text = minorToDecimalString(amount, digits);
        const [whole = '', fraction = ''] = text.split('.');
        expect(fraction.length).toBe(digits);
        expect(whole).toMatch(/^-?(0|[1-9]\d*)$/);
        // A minus only on negatives: -0 must come out unsigned.
        expect(text.startsWith('-')).toBe(amount < 0);
        expect(BigInt(whole + fraction)).toBe(BigInt(amount));
      }),
    );
  });
});

describe('formatMoney (faults.md 14)', () => {
  it('USD 1 → $0.01, JPY 500 → ¥500, KWD 5125 → KWD 5.125', () => {
    expect(show(1, 'USD')).toBe('$0.01');
    expect(show(500, 'JPY')).toBe('¥500');
    expect(show(5125, 'KWD')).toBe('KWD 5.125');
  });

  it('uses a no-break space where Intl does', () => {
    expect(formatMoney({ amount: 5125, currency: 'KWD' }, 'en-US')).toBe('KWD\u00a05.125');
  });

  it('formats negatives and refunds per locale', () => {
    expect(show(-500, 'USD')).toBe('-$5.00');
    expect(show(-500, 'EUR', 'de-DE')).toBe('-5,00 €');
    expect(show(-500, 'EUR', 'fr-FR')).toBe('-5,00 €');
    expect(show(-123456, 'EUR', 'fr-FR')).toBe('-1 234,56 €');
    expect(show(-500, 'JPY')).toBe('-¥500');
  });

  it('never shows -0 as -$0.00', () => {
    expect(show(-0, 'USD')).toBe('$0.00');
    expect(show(0, 'USD')).toBe('$0.00');
    expect(spaces(formatMoney({ amount: -0, currency: 'USD' }, 'en-US', { signDisplay: 'exceptZero' }))).toBe(
      '$0.00',
    );
    expect(spaces(formatMoney({ amount: -0, currency: 'USD' }, 'en-US', { signDisplay: 'always' }))).toBe(
      '+$0.00',
    );
  });

  it('honours signDisplay for non-zero amounts', () => {
    expect(spaces(formatMoney({ amount: 500, currency: 'USD' }, 'en-US', { signDisplay: 'always' }))).toBe(
      '+$5.00',
    );
    expect(
      spaces(formatMoney({ amount: 500, currency: 'USD' }, 'en-US', { signDisplay: 'exceptZero' })),
    ).toBe('+$5.00');
  });

  it('keeps every digit of large amounts (no float division)', () => {
    expect(show(Number.MAX_SAFE_INTEGER, 'USD')).toBe('$90,071,992,547,409.91');
    expect(show(1_000_000_000_000_001, 'KWD')).toBe('KWD 1,000,000,000,000.001');
  });

  it('renders — for a non-integer or non-finite amount, never NaN', () => {
    for (const amount of [1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(show(amount, 'USD')).toBe('—');
    }
  });

  it('falls back to en-US for a locale Intl rejects', () => {
    expect(show(100, 'USD', 'not a locale!')).toBe('$1.00');
  });
});

describe('formatMoney with odd currency codes (faults.md 15)', () => {
  it('normalises a lower-case code', () => {
    expect(show(100, 'usd')).toBe('$1.00');
    expect(show(5125, ' kwd ')).toBe('KWD 5.125');
  });

  it('shows a malformed code followed by the amount, without throwing', () => {
    expect(show(123, 'us')).toBe('us 1.23');
    expect(show(123, '$$$', 'de-DE')).toBe('$$$ 1,23');
    expect(show(-123456, 'us', 'de-DE')).toBe('us -1.234,56');
    expect(show(123, '')).toBe('??? 1.23');
    expect(show(123, '   ')).toBe('??? 1.23');
  });

  it('shows a well-formed code Intl does not know as code and amount', () => {
    expect(show(100, 'XYZ')).toBe('XYZ 1.00');
  });

  it('never prints NaN, undefined or a negative zero, for any integer amount', () => {
    const currencies = ['USD', 'usd', 'JPY', 'KWD', 'EUR', 'CLF', 'XYZ', 'us', '$$$', ''];
    const locales = ['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG', 'hi-IN', 'de-CH', 'nl-NL', 'bad tag!'];
    fc.assert(
      fc.property(
        fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -1000, max: 1000 }), fc.constant(-0)),
        fc.constantFrom(...currencies),
        fc.constantFrom(...locales),
        fc.constantFrom('auto', 'always', 'exceptZero'),
        (amount, currency, locale, signDisplay) => {
          const text = formatMoney({ amount, currency }, locale, { signDisplay });
          expect(text).not.toMatch(/NaN|undefined|Infinity|—/);
          if (amount === 0) {
            // Any minus sign (ASCII or U+2212) on a zero is a "-0" leak.
            expect(text).not.toMatch(/[-\u2212]/);
          }
          // The amount's digits all survive, in order, whatever the locale's digits.
          const digitsOf = (value: string): string =>
            value
              .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
              .replace(/\D/g, '')
              .replace(/^0+(?=\d)/, '');
          expect(digitsOf(text)).toBe(digitsOf(minorToDecimalString(amount, currencyMinorDigits(currency))));
        },
      ),
    );
  });
});

describe('moneyToDecimal', () => {
  it('writes plain decimals in the currency’s units for CSV', () => {
    expect(moneyToDecimal({ amount: 5125, currency: 'KWD' })).toBe('5.125');
    expect(moneyToDecimal({ amount: 500, currency: 'JPY' })).toBe('500');
    expect(moneyToDecimal({ amount: -123456, currency: 'usd' })).toBe('-1234.56');
    expect(moneyToDecimal({ amount: -0, currency: 'USD' })).toBe('0.00');
  });

  it('refuses a non-integer amount instead of exporting a guess', () => {
    expect(() => moneyToDecimal({ amount: 0.1, currency: 'USD' })).toThrow(RangeError);
  });
});

describe('sumMoney (faults.md 18)', () => {
  it('adds amounts of one currency exactly', () => {
    expect(
      sumMoney([
        { amount: 10, currency: 'USD' },
        { amount: 20, currency: 'usd' },
        { amount: -5, currency: 'USD' },
      ]),
    ).toEqual({ amount: 25, currency: 'USD' });
  });

  it('returns null for no items', () => {
    expect(sumMoney([])).toBeNull();
  });

  it('refuses to mix currencies, naming both', () => {
    const mixed = [
      { amount: 10, currency: 'USD' },
      { amount: 10, currency: 'EUR' },
    ];
    expect(() => sumMoney(mixed)).toThrow(CurrencyMismatchError);
    expect(() => sumMoney(mixed)).toThrow('Cannot add amounts in different currencies: USD and EUR');
    try {
      sumMoney(mixed);
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({ name: 'CurrencyMismatchError', expected: 'USD', actual: 'EUR' });
    }
  });

  it('refuses a total that a number cannot hold exactly', () => {
    expect(() =>
      sumMoney([
        { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' },
        { amount: 2, currency: 'USD' },
      ]),
    ).toThrow(RangeError);
  });

  it('equals the BigInt sum for any same-currency list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }), { minLength: 1 }), (amounts) => {
        const total = sumMoney(amounts.map((amount) => ({ amount, currency: 'JPY' })));
        const expected = amounts.reduce((sum, amount) => sum + BigInt(amount), 0n);
        expect(total).toEqual({ amount: Number(expected), currency: 'JPY' });
      }),
    );
  });
});
