import { describe, expect, it } from 'vitest';
import { csvFileName, csvInstant, csvMoney, escapeCsvCell, toCsv } from './csv';

describe('escapeCsvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1 415 555 0100', "'+1 415 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('defuses a formula-like cell %j', (input, expected) => {
    expect(escapeCsvCell(input)).toBe(expected);
  });

  it('keeps plain decimals, negatives included, as numbers', () => {
    expect(escapeCsvCell('-12.50')).toBe('-12.50');
    expect(escapeCsvCell(-5)).toBe('-5');
    expect(escapeCsvCell(Number.NaN)).toBe('');
  });

  it('quotes per RFC 4180', () => {
    expect(escapeCsvCell('a,b')).toBe('"a,b"');
    expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(escapeCsvCell(null)).toBe('');
    expect(escapeCsvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('joins records with CRLF, one after every record', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, '=x'],
      ]),
    ).toBe("a,b\r\n1,'=x\r\n");
  });
});

describe('csvMoney', () => {
  it('writes minor units as decimals in the currency units, with the code apart', () => {
    expect(csvMoney({ amount: 5125, currency: 'KWD' })).toEqual(['5.125', 'KWD']);
    expect(csvMoney({ amount: 500, currency: 'JPY' })).toEqual(['500', 'JPY']);
    expect(csvMoney({ amount: -1, currency: 'usd' })).toEqual(['-0.01', 'USD']);
  });
});

describe('csvInstant', () => {
  it('writes ISO 8601 in UTC, empty for nothing or garbage', () => {
    expect(csvInstant('2026-03-01T09:05:00-05:00')).toBe('2026-03-01T14:05:00.000Z');
    expect(csvInstant(null)).toBe('');
    expect(csvInstant('not a date')).toBe('');
  });
});

describe('csvFileName', () => {
  it('names the file after the section and the date in the org time zone', () => {
    const lateEvening = new Date('2026-04-01T03:30:00Z'); // still March 31 in New York
    expect(csvFileName('add-ons', lateEvening, 'America/New_York')).toBe('add-ons-2026-03-31.csv');
    expect(csvFileName('Add Ons!', lateEvening, 'UTC')).toBe('add-ons-2026-04-01.csv');
    expect(csvFileName('invoices', lateEvening, 'Not/AZone')).toBe('invoices-2026-04-01.csv');
  });
});
