/**
 * What the mock server checks on an uploaded file (api.md, Attachments): the type from its
 * bytes, not only the declared one; a clean file name; a virus verdict.
 *
 * @internal Not part of the public mocks entry.
 */
import { ATTACHMENT_LIMITS } from '../src/api/schemas';
import type { AttachmentContentType } from '../src/api/schemas';

// -------------------------------------------------------------------------------------------------
// Types from bytes
// -------------------------------------------------------------------------------------------------

type BinaryType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'application/pdf';
type TextType = 'text/plain' | 'text/csv';

const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

/** Magic bytes at a fixed offset; `null` matches any byte. */
const SIGNATURES: readonly { type: BinaryType; at: number; bytes: readonly (number | null)[] }[] = [
  { type: 'image/png', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', at: 0, bytes: ascii('GIF87a') },
  { type: 'image/gif', at: 0, bytes: ascii('GIF89a') },
  { type: 'image/webp', at: 0, bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { type: 'application/pdf', at: 0, bytes: ascii('%PDF-') },
];

/** The binary type the bytes start with, if any of api.md's. */
export function sniffBinaryType(bytes: Uint8Array): BinaryType | null {
  for (const signature of SIGNATURES) {
    const matches = signature.bytes.every(
      (expected, index) => expected === null || bytes[signature.at + index] === expected,
    );
    if (matches && bytes.length >= signature.at + signature.bytes.length) return signature.type;
  }
  return null;
}

/**
 * Whether the bytes are text a person wrote: valid UTF-8, no NUL and no control characters
 * but tab, line feed, form feed and carriage return. An executable renamed `.txt` fails here.
 */
export function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
}

const TEXT_TYPES: readonly string[] = ['text/plain', 'text/csv'];
const BINARY_TYPES: readonly string[] = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
];
// Types a browser or OS gives when it does not know better: the bytes (and name) decide.
const VAGUE_TYPES: readonly string[] = ['', 'application/octet-stream'];

/**
 * The type the server stores a file as, or `null` for `415 unsupported_type`:
 * - a declared image or PDF type must match the file's magic bytes;
 * - a declared text type must be plain text;
 * - no or a vague declared type: the magic bytes decide, else text by the name's extension;
 * - anything else is refused, whatever the bytes.
 */
export function detectContentType(
  declared: string,
  name: string,
  bytes: Uint8Array,
): AttachmentContentType | null {
  const type = declared.split(';')[0]?.trim().toLowerCase() ?? '';
  const sniffed = sniffBinaryType(bytes);
  if (BINARY_TYPES.includes(type)) return sniffed === type ? sniffed : null;
  if (TEXT_TYPES.includes(type)) return sniffed === null && isPlainText(bytes) ? (type as TextType) : null;
  if (!VAGUE_TYPES.includes(type)) return null;
  if (sniffed !== null) return sniffed;
  if (!isPlainText(bytes)) return null;
  if (/\.csv$/i.test(name)) return 'text/csv';
  return /\.(txt|log|text)$/i.test(name) ? 'text/plain' : null;
}

// -------------------------------------------------------------------------------------------------
// Names
// -------------------------------------------------------------------------------------------------

// C0 and C1 controls, DEL, and every bidi control (marks, embeddings, overrides, isolates).
const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * The name the server keeps (api.md): the last path segment (either slash), without control
 * and bidi characters, trimmed, at most 255 characters (code points). Still untrusted text:
 * HTML in a name stays, and must be shown inert.
 */
export function sanitizeFileName(name: string): string {
  const segment = name.split(/[\\/]/).pop() ?? '';
  const clean = segment.replace(UNSAFE_NAME_CHARACTERS, '').trim();
  const cut = [...clean].slice(0, ATTACHMENT_LIMITS.maxNameLength).join('').trim();
  return cut === '' || cut === '.' || cut === '..' ? 'file' : cut;
}

// -------------------------------------------------------------------------------------------------
// Virus scan
// -------------------------------------------------------------------------------------------------

/**
 * The EICAR anti-virus test signature: harmless, and what every scanner flags. A file that
 * contains it is `infected` once scanned, so tests and stories can show that state.
 */
export const EICAR_SIGNATURE = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/** What the mock's scanner says about `bytes`. */
export function scanVerdict(bytes: Uint8Array): 'clean' | 'infected' {
  const text = new TextDecoder('latin1').decode(bytes);
  return text.includes(EICAR_SIGNATURE) ? 'infected' : 'clean';
}
