/**
 * The mocks' deterministic randomness and the small helpers every generator shares.
 *
 * @internal Not part of the public mocks entry.
 */
import type { Money } from '../src/api/schemas';

/** A float in [0, 1). */
export type Random = () => number;

/** mulberry32: tiny, fast, and good enough to make fake data look unpatterned. */
export function mulberry32(seed: number): Random {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a, 32-bit. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a over bytes, for fingerprinting uploads without holding them. */
export function hashBytes(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i] ?? 0;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * One PRNG per resource, so reshaping one resource's generator does not reshuffle the
 * others' data (and snapshot diffs stay local).
 */
export function randomFor(scope: { readonly seed: number }, resource: string): Random {
  return mulberry32(scope.seed ^ hash(resource));
}

/** An integer in [min, max]. */
export function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One of `items`. */
export function pick<T>(random: Random, items: readonly [T, ...T[]]): T {
  return items[Math.floor(random() * items.length)] ?? items[0];
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** ISO 8601 without the noise of `.000`. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** US dollars in cents. */
export function usd(amount: number): Money {
  return { amount, currency: 'USD' };
}

/** `value` zero-padded to `width` digits. */
export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Newest first; ties broken by id so the order is total and stable. */
export function newestFirst<T extends { id: string }>(items: T[], at: (item: T) => string): T[] {
  return items.sort((a, b) => {
    const byTime = Date.parse(at(b)) - Date.parse(at(a));
    if (byTime !== 0) return byTime;
    return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  });
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "March 2026", in UTC. */
export function monthName(ms: number): string {
  const date = new Date(ms);
  return `${MONTH_NAMES[date.getUTCMonth()] ?? 'January'} ${date.getUTCFullYear()}`;
}

/** Length in code points, as a person counts characters (an emoji is one). */
export function characterCount(text: string): number {
  return [...text].length;
}
