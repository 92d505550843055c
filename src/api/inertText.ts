/**
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). In API
 * text they let a string display in another order than it holds ("Invoice \u202Efdp.exe"
 * shows as "Invoice exe.pdf"), a spoofing trick (faults.md 23). Natural right-to-left text
 * needs none of them: the Unicode bidi algorithm orders it, and the widgets isolate API
 * text (`<bdi>`, `unicode-bidi: isolate`) from the words around it.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * A parsed response with the bidi controls removed from every string, so what a person
 * reads is the text's real order. Applied once, at the boundary, after validation.
 */
export function withoutBidiControls<T>(value: T): T {
  if (typeof value === 'string') return value.replace(BIDI_CONTROLS, '') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withoutBidiControls(item)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = withoutBidiControls(item);
    return out as T;
  }
  return value;
}
