/**
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). In API
 * text they let a string display in another order than it holds ("Invoice \u202Efdp.exe"
 * shows as "Invoice exe.pdf"), a spoofing trick (faults.md 23). Natural right-to-left text
 * needs none of them: the Unicode bidi algorithm orders it, and the widgets isolate API
 * text (`<bdi>`, `unicode-bidi: isolate`) from the words around it.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

// Not global: `test` on a global regex moves its `lastIndex` between calls.
const HAS_BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * A parsed response with the bidi controls removed from every string, so what a person
 * reads is the text's real order. Applied once, at the boundary, after validation.
 *
 * Copy on write: an array or object is copied only when something inside it changed, and
 * is returned as it is otherwise. The input is the validator's own fresh output, so sharing
 * it is safe, and a clean page of 10,000 rows costs one walk over its strings instead of
 * a copy of every row (issue 14: that copy was a third of the time from JSON to rows).
 */
export function withoutBidiControls<T>(value: T): T {
  if (typeof value === 'string') {
    return (HAS_BIDI_CONTROL.test(value) ? value.replace(BIDI_CONTROLS, '') : value) as T;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      const clean = withoutBidiControls(item);
      if (copy === undefined && clean !== item) copy = value.slice(0, index);
      copy?.push(clean);
    }
    return (copy ?? value) as T;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const clean = withoutBidiControls(item);
    if (clean === item) continue;
    copy ??= { ...record };
    copy[key] = clean;
  }
  return (copy ?? value) as T;
}
