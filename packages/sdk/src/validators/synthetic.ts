/**
 * Synthetic identifiers for tests, fixtures and the mock server — TEST DATA ONLY.
 *
 * Generated numbers have valid structure and check characters but are not assigned to anyone: never use
 * them as real identifiers, and never mix them with production data. Pass a seeded `random`
 * ({@link createSeededRandom}) to make fixtures reproducible.
 *
 * @module
 */
import { cities, findCity, type City } from './cities.js';
import { citizenIdCheckCharacter, type CitizenSex } from './citizen-id.js';
import { orgCodeCheckCharacter } from './org-code.js';
import { USCC_CHARSET, usccCheckCharacter } from './uscc.js';
import { usccAuthorities } from './uscc-codes.js';

/** A source of uniformly distributed numbers in `[0, 1)`, like `Math.random`. */
export type RandomSource = () => number;

/**
 * A small deterministic PRNG (mulberry32) for reproducible test data. Not for cryptography.
 *
 * @param seed - Any number; it is reduced to an unsigned 32-bit integer (non-finite values become 0).
 * @example
 * ```ts
 * const random = createSeededRandom(42);
 * syntheticCitizenId({}, random) === syntheticCitizenId({}, createSeededRandom(42)); // true
 * ```
 */
export function createSeededRandom(seed: number): RandomSource {
  let state = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of {@link syntheticCitizenId}. Anything left out is drawn from `random`. */
export interface SyntheticCitizenIdOptions {
  /**
   * Six-digit address code used as is, or a city of the plan (name or code, as accepted by `findCity`), in
   * which case a county part `02`–`29` is drawn (the county may not exist; address codes are not looked up).
   *
   * @default a random city of the plan
   */
  readonly region?: string | undefined;
  /**
   * Birth date `YYYY-MM-DD`, a real date from 1900-01-01 to today.
   *
   * @default a random date from 1940-01-01 to 2015-12-31
   */
  readonly birthDate?: string | undefined;
  /**
   * Sex, encoded in the parity of the sequence.
   *
   * @default drawn with the sequence
   */
  readonly sex?: CitizenSex | undefined;
  /**
   * Sequence code 0–999; must agree with `sex` when both are given.
   *
   * @default random, with the parity of `sex`
   */
  readonly sequence?: number | undefined;
}

/**
 * Generates a valid 18-character citizen ID — TEST DATA ONLY.
 *
 * @param random - Source of randomness in `[0, 1)`. @default Math.random
 * @throws RangeError when an option is malformed (bad region, impossible or future date, sequence out of
 * range or disagreeing with `sex`).
 * @example
 * ```ts
 * syntheticCitizenId({ region: '410105', birthDate: '1980-01-01', sequence: 123 }); // '410105198001011239'
 * syntheticCitizenId({ region: '郑州', sex: 'female' }, createSeededRandom(7));
 * ```
 */
export function syntheticCitizenId(options: SyntheticCitizenIdOptions = {}, random: RandomSource = Math.random): string {
  const region = resolveRegion(options.region, random, true);
  const birthDate = options.birthDate ?? randomDate(random);
  if (!isPlausibleBirthDate(birthDate)) {
    throw new RangeError('birthDate must be a real date YYYY-MM-DD from 1900-01-01 to today.');
  }
  let sequence: number;
  if (options.sequence !== undefined) {
    sequence = options.sequence;
    if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) {
      throw new RangeError('sequence must be an integer from 0 to 999.');
    }
    if (options.sex !== undefined && (sequence % 2 === 1 ? 'male' : 'female') !== options.sex) {
      throw new RangeError('sequence parity disagrees with sex (odd = male, even = female).');
    }
  } else {
    const sex = options.sex ?? (pickIndex(random, 2) === 0 ? 'male' : 'female');
    sequence = pickIndex(random, 500) * 2 + (sex === 'male' ? 1 : 0);
  }
  const first17 = region + birthDate.replaceAll('-', '') + String(sequence).padStart(3, '0');
  return first17 + (citizenIdCheckCharacter(first17) ?? '');
}

/** Options of {@link syntheticUscc}. Anything left out is drawn from `random`. */
export interface SyntheticUsccOptions {
  /**
   * Registration authority, position 1 (e.g. `'9'` 工商, `'5'` 民政), a character of the USCC set.
   *
   * @default '9'
   */
  readonly authority?: string | undefined;
  /**
   * Category, position 2, a character of the USCC set.
   *
   * @default a random known category of the authority (`'1'` if the authority is unknown)
   */
  readonly category?: string | undefined;
  /**
   * Six-digit region code used as is, or a city of the plan (name or code) whose code is used.
   *
   * @default a random city of the plan
   */
  readonly region?: string | undefined;
}

/**
 * Generates a valid unified social credit code (统一社会信用代码) whose embedded organisation code also
 * passes its check — TEST DATA ONLY.
 *
 * @param random - Source of randomness in `[0, 1)`. @default Math.random
 * @throws RangeError when an option is malformed.
 * @example
 * ```ts
 * syntheticUscc({ authority: '5', category: '2', region: '济源' }, createSeededRandom(1)); // '52419001…'
 * ```
 */
export function syntheticUscc(options: SyntheticUsccOptions = {}, random: RandomSource = Math.random): string {
  const authority = options.authority ?? '9';
  if (!isUsccChar(authority)) throw new RangeError('authority must be one character of the USCC character set.');
  let category = options.category;
  if (category === undefined) {
    const known = Object.hasOwn(usccAuthorities, authority) ? usccAuthorities[authority] : undefined;
    const keys = known === undefined ? ['1'] : Object.keys(known.categories);
    category = keys[pickIndex(random, keys.length)] ?? '1';
  }
  if (!isUsccChar(category)) throw new RangeError('category must be one character of the USCC character set.');
  const region = resolveRegion(options.region, random, false);
  // The organisation-code body must also fit the USCC character set, so draw it from there.
  let body = '';
  for (let i = 0; i < 8; i++) body += USCC_CHARSET.charAt(pickIndex(random, USCC_CHARSET.length));
  const first17 = authority + category + region + body + (orgCodeCheckCharacter(body) ?? '');
  return first17 + (usccCheckCharacter(first17) ?? '');
}

/** Options of {@link syntheticOrgCode}. */
export interface SyntheticOrgCodeOptions {
  /**
   * The 8-character body (digits and upper-case letters); the check character is computed.
   *
   * @default random digits and upper-case letters
   */
  readonly body?: string | undefined;
}

const ORG_BODY_CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Generates a valid 9-character organisation code (组织机构代码) — TEST DATA ONLY.
 *
 * @param random - Source of randomness in `[0, 1)`. @default Math.random
 * @throws RangeError when `body` is not 8 digits or upper-case letters.
 * @example
 * ```ts
 * syntheticOrgCode({ body: 'MA3X0001' }); // 'MA3X00010'
 * syntheticOrgCode({}, createSeededRandom(3));
 * ```
 */
export function syntheticOrgCode(options: SyntheticOrgCodeOptions = {}, random: RandomSource = Math.random): string {
  let body = options.body;
  if (body === undefined) {
    body = '';
    for (let i = 0; i < 8; i++) body += ORG_BODY_CHARSET.charAt(pickIndex(random, ORG_BODY_CHARSET.length));
  }
  const check = orgCodeCheckCharacter(body);
  if (check === undefined) throw new RangeError('body must be 8 digits or upper-case letters A–Z.');
  return body + check;
}

/** An index in `[0, n)` from `random`, robust to sources that return 1, negatives or NaN. */
function pickIndex(random: RandomSource, n: number): number {
  const r = random();
  const i = Number.isFinite(r) ? Math.floor(r * n) : 0;
  return Math.min(n - 1, Math.max(0, i));
}

function isUsccChar(c: string): boolean {
  return typeof c === 'string' && c.length === 1 && USCC_CHARSET.includes(c);
}

function resolveRegion(region: string | undefined, random: RandomSource, county: boolean): string {
  if (region !== undefined && /^[0-9]{6}$/u.test(region)) return region;
  let city: City | undefined;
  if (region === undefined) city = cities[pickIndex(random, cities.length)];
  else city = findCity(region);
  if (city === undefined) throw new RangeError('region must be six digits or a city of the plan.');
  // 济源 is a county-level unit with no counties below it.
  if (!county || !city.code.endsWith('00')) return city.code;
  return city.code.slice(0, 4) + String(2 + pickIndex(random, 28)).padStart(2, '0');
}

const DAY_MS = 24 * 60 * 60 * 1000;
const RANDOM_DATE_FROM = Date.UTC(1940, 0, 1);
const RANDOM_DATE_TO = Date.UTC(2015, 11, 31);

function randomDate(random: RandomSource): string {
  const days = Math.round((RANDOM_DATE_TO - RANDOM_DATE_FROM) / DAY_MS) + 1;
  return new Date(RANDOM_DATE_FROM + pickIndex(random, days) * DAY_MS).toISOString().slice(0, 10);
}

/** A real `YYYY-MM-DD` date from 1900-01-01 to today (UTC+8, as the validator reads it). */
function isPlausibleBirthDate(date: string): boolean {
  if (typeof date !== 'string' || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/u.test(date)) return false;
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return false;
  const today = new Date(Date.now() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return date >= '1900-01-01' && date <= today;
}
