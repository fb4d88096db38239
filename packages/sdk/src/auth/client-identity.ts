/**
 * Client identity, X-Road style (客户端身份): the agency's unified social credit code (统一社会信用代码), its
 * administrative region code (行政区划代码) and a subsystem name, with one canonical string form used as the
 * token's `iss` and `sub`.
 */

/** A parsed client identity. */
export interface ClientIdentity {
  /** Unified social credit code, 18 characters from `0-9A-HJ-NP-RTUWXY` (format only; no check digit here). */
  readonly uscc: string;
  /** Six-digit administrative region code, first digit 1–9. */
  readonly region: string;
  /** Subsystem name: 1–40 of `a-z`, `0-9`, `-`, starting and ending with a letter or digit. */
  readonly subsystem: string;
}

/** Prefix of the canonical form. */
export const CLIENT_IDENTITY_PREFIX = 'ZY';

const USCC = /^[0-9A-HJ-NP-RTUWXY]{18}$/;
const REGION = /^[1-9][0-9]{5}$/;
const SUBSYSTEM = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const CANONICAL = /^ZY:([0-9A-HJ-NP-RTUWXY]{18}):([1-9][0-9]{5}):([a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?)$/;

/**
 * The canonical string `ZY:<uscc>:<region>:<subsystem>`, e.g. `ZY:91410100MA44XXXX0X:410100:medical-settlement`.
 * Throws `TypeError` if a part is malformed.
 *
 * @example
 * formatClientIdentity({ uscc: '11410000005184441Q', region: '410000', subsystem: 'settlement' })
 * // 'ZY:11410000005184441Q:410000:settlement'
 */
export function formatClientIdentity(identity: ClientIdentity): string {
  if (!USCC.test(identity.uscc)) throw new TypeError('malformed unified social credit code');
  if (!REGION.test(identity.region)) throw new TypeError('malformed region code');
  if (!SUBSYSTEM.test(identity.subsystem)) throw new TypeError('malformed subsystem name');
  return `${CLIENT_IDENTITY_PREFIX}:${identity.uscc}:${identity.region}:${identity.subsystem}`;
}

/**
 * Parse the canonical form strictly (no whitespace, no case folding, nothing extra), or return `undefined`.
 * `parseClientIdentity(formatClientIdentity(x))` equals `x` for every valid `x`, and a string is accepted only
 * if it is exactly the canonical form of what it parses to.
 */
export function parseClientIdentity(text: string): ClientIdentity | undefined {
  if (typeof text !== 'string' || text.length > 80) return undefined;
  const m = CANONICAL.exec(text);
  if (m === null) return undefined;
  return { uscc: m[1]!, region: m[2]!, subsystem: m[3]! };
}

/** True when `text` is a canonical client identity string. */
export function isClientIdentity(text: string): boolean {
  return parseClientIdentity(text) !== undefined;
}
