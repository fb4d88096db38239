/**
 * Client identity, X-Road style (客户端身份): the exchange instance, the member class, the agency's unified social
 * credit code (统一社会信用代码), its administrative region code (行政区划代码) and a subsystem name, with one
 * canonical string form `<instance>/<memberClass>/<uscc>/<region>/<subsystem>` used as the token's `iss` and `sub`,
 * the `X-Client-Id` header and the key registry's key.
 */

/** Exchange instances: production, and the test instance every deterministic test key belongs to. */
export const CLIENT_INSTANCES = ['ZY', 'ZY-TEST'] as const;
/** Member classes: government agency, public institution, company, non-governmental organisation. */
export const MEMBER_CLASSES = ['GOV', 'PUB', 'COM', 'NGO'] as const;

/** A parsed client identity. */
export interface ClientIdentity {
  /** `ZY` (production) or `ZY-TEST` (test keys only). @default 'ZY' when formatting */
  readonly instance?: (typeof CLIENT_INSTANCES)[number];
  /** `GOV`, `PUB`, `COM` or `NGO`. @default 'GOV' when formatting */
  readonly memberClass?: (typeof MEMBER_CLASSES)[number];
  /** Unified social credit code, 18 characters from `0-9A-HJ-NP-RTUWXY` (format only; no check digit here). */
  readonly uscc: string;
  /** Six-digit administrative region code, first digit 1–9. */
  readonly region: string;
  /** Subsystem name: a lower-case letter, then up to 31 of `a-z`, `0-9`, `-`. */
  readonly subsystem: string;
}

const USCC = /^[0-9A-HJ-NP-RTUWXY]{18}$/;
const REGION = /^[1-9][0-9]{5}$/;
const SUBSYSTEM = /^[a-z][a-z0-9-]{0,31}$/;
const CANONICAL =
  /^(ZY|ZY-TEST)\/(GOV|PUB|COM|NGO)\/([0-9A-HJ-NP-RTUWXY]{18})\/([1-9][0-9]{5})\/([a-z][a-z0-9-]{0,31})$/;

/**
 * The canonical string `<instance>/<memberClass>/<uscc>/<region>/<subsystem>`. Throws `TypeError` if a part is
 * malformed.
 *
 * @example
 * formatClientIdentity({ uscc: '11410000005184441Q', region: '410000', subsystem: 'settlement' })
 * // 'ZY/GOV/11410000005184441Q/410000/settlement'
 */
export function formatClientIdentity(identity: ClientIdentity): string {
  const instance = identity.instance ?? 'ZY';
  const memberClass = identity.memberClass ?? 'GOV';
  if (!CLIENT_INSTANCES.includes(instance)) throw new TypeError('unknown exchange instance');
  if (!MEMBER_CLASSES.includes(memberClass)) throw new TypeError('unknown member class');
  if (!USCC.test(identity.uscc)) throw new TypeError('malformed unified social credit code');
  if (!REGION.test(identity.region)) throw new TypeError('malformed region code');
  if (!SUBSYSTEM.test(identity.subsystem)) throw new TypeError('malformed subsystem name');
  return `${instance}/${memberClass}/${identity.uscc}/${identity.region}/${identity.subsystem}`;
}

/**
 * Parse the canonical form strictly (no whitespace, no case folding, nothing extra), or return `undefined`.
 * `parseClientIdentity(formatClientIdentity(x))` equals `x` (with its defaults filled) for every valid `x`, and a
 * string is accepted only if it is exactly the canonical form of what it parses to.
 */
export function parseClientIdentity(text: string): Required<ClientIdentity> | undefined {
  if (typeof text !== 'string' || text.length > 100) return undefined;
  const m = CANONICAL.exec(text);
  if (m === null) return undefined;
  return {
    instance: m[1] as Required<ClientIdentity>['instance'],
    memberClass: m[2] as Required<ClientIdentity>['memberClass'],
    uscc: m[3]!,
    region: m[4]!,
    subsystem: m[5]!,
  };
}

/** True when `text` is a canonical client identity string. */
export function isClientIdentity(text: string): boolean {
  return parseClientIdentity(text) !== undefined;
}
