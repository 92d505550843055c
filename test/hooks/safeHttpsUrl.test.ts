/**
 * faults.md 24 and issue 9: a link is rendered only for an absolute `https:` URL, and the
 * check never resolves against the page (an https page would turn `//host` into https).
 */
import { describe, expect, it } from 'vitest';
import { safeHttpsUrl } from '../../src/headless';

describe('safeHttpsUrl', () => {
  it.each([
    ['https://files.revampd.example/inv.pdf', 'https://files.revampd.example/inv.pdf'],
    ['HTTPS://files.revampd.example/a b.pdf', 'https://files.revampd.example/a%20b.pdf'],
  ])('keeps %s', (input, expected) => {
    expect(safeHttpsUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'data:application/pdf;base64,AAAA',
    'http://files.revampd.example/inv.pdf',
    '//evil.example/inv.pdf',
    '/v1/invoices/inv_1.pdf',
    'inv.pdf',
    'https:',
    'https//missing-colon.example',
    '',
    null,
    undefined,
  ])('refuses %s', (input) => {
    expect(safeHttpsUrl(input)).toBeNull();
  });

  it('does not resolve against the page, even when the page itself is https', () => {
    const base = document.createElement('base');
    base.href = 'https://host-app.example/portal/';
    document.head.append(base);
    try {
      expect(safeHttpsUrl('//evil.example/x.pdf')).toBeNull();
      expect(safeHttpsUrl('x.pdf')).toBeNull();
    } finally {
      base.remove();
    }
  });
});
