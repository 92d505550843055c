/** The pure parts of files (issue 10): sizes in words and when a file may be a link (faults.md 29). */
import { describe, expect, it } from 'vitest';
import { enUS } from '../../src/i18n/en-US';
import { frFR } from '../../src/i18n/fr-FR';
import { describeAttachment, formatFileSize, parseDraftAttachments } from '../../src/hooks/attachments';
import type { Attachment } from '../../src/api/schemas';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatFileSize', () => {
  it('says bytes, kB and MB in binary steps, rounding up so nothing over a limit reads as the limit', () => {
    expect(formatFileSize(512, 'en-US')).toBe('512 bytes');
    expect(formatFileSize(1, 'en-US')).toBe('1 byte');
    expect(formatFileSize(18_944, 'en-US')).toBe('18.5 kB');
    expect(formatFileSize(284_311, 'en-US')).toBe('278 kB');
    expect(formatFileSize(10_485_760, 'en-US')).toBe('10 MB');
    expect(formatFileSize(10_485_761, 'en-US')).toBe('10.1 MB');
  });

  it('follows the locale', () => {
    expect(plain(formatFileSize(1_902_455, 'fr-FR'))).toBe('1,9 Mo');
    expect(formatFileSize(2048, 'not a locale')).toBe('2 kB');
  });
});

const file = (patch: Partial<Attachment>): Attachment => ({
  id: 'att_1',
  name: 'a.png',
  size: 100,
  contentType: 'image/png',
  createdAt: '2026-11-20T14:05:00Z',
  scanStatus: 'clean',
  downloadUrl: 'https://files.revampd.example/a.png',
  ...patch,
});

describe('describeAttachment (faults.md 29)', () => {
  const text = { messages: enUS.conversation, locale: 'en-US' };

  it('links only a clean file with an https URL', () => {
    expect(describeAttachment(file({}), text)).toMatchObject({
      href: 'https://files.revampd.example/a.png',
      statusText: null,
    });
    for (const downloadUrl of [
      'javascript:alert(1)',
      'http://x.test/a.png',
      '//x.test/a.png',
      'data:text/html,x',
      null,
    ]) {
      expect(describeAttachment(file({ downloadUrl }), text)).toMatchObject({
        href: null,
        statusText: 'Not available to download',
      });
    }
  });

  it('says why a pending or infected file has no link, even with a URL', () => {
    expect(describeAttachment(file({ scanStatus: 'pending' }), text)).toMatchObject({
      href: null,
      statusText: 'Scanning…',
    });
    expect(describeAttachment(file({ scanStatus: 'infected' }), text)).toMatchObject({
      href: null,
      statusText: 'Blocked: this file failed a virus scan',
    });
    expect(
      describeAttachment(file({ scanStatus: 'infected' }), { messages: frFR.conversation, locale: 'fr-FR' })
        .statusText,
    ).toBe('Bloqué\u00a0: ce fichier n’a pas passé l’analyse antivirus');
  });
});

describe('parseDraftAttachments', () => {
  it('keeps contract-shaped files, once each, at most five; drops anything else', () => {
    const stored = {
      attachments: [
        file({ id: 'a' }),
        file({ id: 'a' }),
        { id: 'b', name: 5 },
        'text',
        ...['c', 'd', 'e', 'f', 'g'].map((id) => file({ id })),
      ],
    };
    expect(parseDraftAttachments(stored).map((attachment) => attachment.id)).toEqual([
      'a',
      'c',
      'd',
      'e',
      'f',
    ]);
    expect(parseDraftAttachments(null)).toEqual([]);
    expect(parseDraftAttachments({ attachments: 'x' })).toEqual([]);
  });
});
