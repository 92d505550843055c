/**
 * What a Sub-Org can buy in the mocks (api.md, "Buying add-ons"): the catalog, and the
 * pools of phone numbers on offer per product. Every number lies in a range reserved for
 * fiction (NANP 555-01xx, Ofcom's drama ranges), so a seeded number can never ring anyone.
 *
 * @internal Not part of the public mocks entry.
 */
import type { AvailablePhoneNumber, Product } from '../src/api/schemas';
import { hash, mulberry32, pad } from './random';

// -------------------------------------------------------------------------------------------------
// Catalog
// -------------------------------------------------------------------------------------------------

/** Everything on sale, in catalog order. Prices match the seeded add-ons'. */
export const CATALOG: readonly Product[] = [
  {
    id: 'prd_us_local',
    kind: 'phone_number',
    name: 'US local number',
    description: 'A local number in the US area code you choose, for calls and texts.',
    unitPrice: { amount: 1500, currency: 'USD' },
    interval: 'month',
    country: 'US',
    numberType: 'local',
    minutes: null,
  },
  {
    id: 'prd_us_toll_free',
    kind: 'phone_number',
    name: 'US toll-free number',
    description: 'A toll-free number callers anywhere in the US reach at no charge.',
    unitPrice: { amount: 2500, currency: 'USD' },
    interval: 'month',
    country: 'US',
    numberType: 'toll_free',
    minutes: null,
  },
  {
    id: 'prd_ca_local',
    kind: 'phone_number',
    name: 'Canada local number',
    description: 'A local number in the Canadian area code you choose.',
    unitPrice: { amount: 1500, currency: 'USD' },
    interval: 'month',
    country: 'CA',
    numberType: 'local',
    minutes: null,
  },
  {
    id: 'prd_gb_local',
    kind: 'phone_number',
    name: 'UK local number',
    description: 'A geographic UK number in London, Manchester, Leeds or Bristol.',
    unitPrice: { amount: 1800, currency: 'USD' },
    interval: 'month',
    country: 'GB',
    numberType: 'local',
    minutes: null,
  },
  {
    id: 'prd_credits_500',
    kind: 'call_credits',
    name: 'Call credits — 500 minutes',
    description: 'Outbound call minutes, added to your balance right away. They do not expire.',
    unitPrice: { amount: 2750, currency: 'USD' },
    interval: 'one_time',
    country: null,
    numberType: null,
    minutes: 500,
  },
  {
    id: 'prd_credits_1000',
    kind: 'call_credits',
    name: 'Call credits — 1,000 minutes',
    description: 'Outbound call minutes, added to your balance right away. They do not expire.',
    unitPrice: { amount: 5000, currency: 'USD' },
    interval: 'one_time',
    country: null,
    numberType: null,
    minutes: 1000,
  },
  {
    id: 'prd_credits_5000',
    kind: 'call_credits',
    name: 'Call credits — 5,000 minutes',
    description: 'Outbound call minutes at the best rate, added right away. They do not expire.',
    unitPrice: { amount: 22_500, currency: 'USD' },
    interval: 'one_time',
    country: null,
    numberType: null,
    minutes: 5000,
  },
];

// -------------------------------------------------------------------------------------------------
// Number pools
// -------------------------------------------------------------------------------------------------

interface AreaPlan {
  /** The area code as dialled after the country code ("415", "20"). */
  code: string;
  /** The fixed digits after the area code, before the free ones ("55501", "79460"). */
  exchange: string;
  /** How many trailing digits vary (2 → 100 numbers, 3 → 1,000). */
  free: number;
  locality: string | null;
  region: string | null;
}

interface NumberPlan {
  countryCode: string;
  areas: readonly AreaPlan[];
  /** Formats the national digits for people. */
  display: (area: AreaPlan, rest: string) => string;
}

const nanpArea = (code: string, locality: string | null, region: string | null): AreaPlan => ({
  code,
  exchange: '55501',
  free: 2,
  locality,
  region,
});

// "+1 415 555 0142": the same shape as the seeded add-ons' numbers.
const nanpDisplay = (area: AreaPlan, rest: string): string =>
  `+1 ${area.code} ${rest.slice(0, 3)} ${rest.slice(3)}`;

const NUMBER_PLANS: Readonly<Record<string, NumberPlan>> = {
  prd_us_local: {
    countryCode: '1',
    areas: [
      nanpArea('206', 'Seattle', 'WA'),
      nanpArea('212', 'New York', 'NY'),
      nanpArea('303', 'Denver', 'CO'),
      nanpArea('305', 'Miami', 'FL'),
      nanpArea('312', 'Chicago', 'IL'),
      nanpArea('415', 'San Francisco', 'CA'),
      nanpArea('512', 'Austin', 'TX'),
      nanpArea('617', 'Boston', 'MA'),
      nanpArea('646', 'New York', 'NY'),
      nanpArea('702', 'Las Vegas', 'NV'),
    ],
    display: nanpDisplay,
  },
  prd_us_toll_free: {
    countryCode: '1',
    areas: ['800', '833', '844', '855', '866', '877', '888'].map((code) => nanpArea(code, null, null)),
    display: nanpDisplay,
  },
  prd_ca_local: {
    countryCode: '1',
    areas: [
      nanpArea('416', 'Toronto', 'ON'),
      nanpArea('514', 'Montréal', 'QC'),
      nanpArea('604', 'Vancouver', 'BC'),
    ],
    display: nanpDisplay,
  },
  prd_gb_local: {
    countryCode: '44',
    // Ofcom's numbers for drama: 020 7946 0xxx and 01xx 496 0xxx.
    areas: [
      { code: '20', exchange: '79460', free: 3, locality: 'London', region: 'England' },
      { code: '113', exchange: '4960', free: 3, locality: 'Leeds', region: 'England' },
      { code: '117', exchange: '4960', free: 3, locality: 'Bristol', region: 'England' },
      { code: '161', exchange: '4960', free: 3, locality: 'Manchester', region: 'England' },
    ],
    display: (area, rest) => `+44 ${area.code} ${rest.slice(0, rest.length - 4)} ${rest.slice(-4)}`,
  },
};

/** Numbers offered per area code: enough to page through, few enough to run out in a story. */
const OFFERED_PER_AREA = 30;

/** A number on offer, with the national digits a search matches against. */
export interface PoolNumber extends AvailablePhoneNumber {
  /** Digits after the country code, e.g. `4155550142`. */
  national: string;
}

const pools = new Map<string, readonly PoolNumber[]>();

/**
 * The numbers a phone-number product ever offers, sorted, the same for every scope of a db
 * with this `seed` (numbers are a shared resource: one bought in one org is gone for all).
 * Empty for anything that is not a phone-number product.
 */
export function numberPool(productId: string, seed: number): readonly PoolNumber[] {
  const plan = NUMBER_PLANS[productId];
  if (plan === undefined) return [];
  const cacheKey = `${productId}\u0000${seed}`;
  const cached = pools.get(cacheKey);
  if (cached !== undefined) return cached;
  const numbers: PoolNumber[] = [];
  for (const area of plan.areas) {
    const random = mulberry32(seed ^ hash(`numbers:${productId}:${area.code}`));
    const size = 10 ** area.free;
    const chosen = new Set<number>();
    while (chosen.size < Math.min(OFFERED_PER_AREA, size)) chosen.add(Math.floor(random() * size));
    for (const suffix of [...chosen].sort((a, b) => a - b)) {
      const rest = `${area.exchange}${pad(suffix, area.free)}`;
      const national = `${area.code}${rest}`;
      numbers.push({
        number: `+${plan.countryCode}${national}`,
        display: plan.display(area, rest),
        locality: area.locality,
        region: area.region,
        national,
      });
    }
  }
  numbers.sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
  pools.set(cacheKey, numbers);
  return numbers;
}

/** The pool entry of `number` (E.164) for a product, if that product ever offers it. */
export function findPoolNumber(productId: string, seed: number, number: string): PoolNumber | undefined {
  return numberPool(productId, seed).find((candidate) => candidate.number === number);
}

const KEYPAD_LETTERS: Readonly<Record<string, string>> = {
  '2': 'abc',
  '3': 'def',
  '4': 'ghi',
  '5': 'jkl',
  '6': 'mno',
  '7': 'pqrs',
  '8': 'tuv',
  '9': 'wxyz',
};

const KEYPAD: ReadonlyMap<string, string> = new Map(
  Object.entries(KEYPAD_LETTERS).flatMap(([digit, letters]) =>
    [...letters].map((letter): [string, string] => [letter, digit]),
  ),
);

/** Letters as a phone keypad dials them ("FLOWERS" → "3569377"); digits stay. */
export function keypadDigits(text: string): string {
  return [...text.toLowerCase()].map((character) => KEYPAD.get(character) ?? character).join('');
}
