/**
 * Identifier validators for the Zhongyuan exchanges: citizen IDs (公民身份号码, GB 11643), unified social
 * credit codes (统一社会信用代码, GB 32100), organisation codes (组织机构代码, GB 11714), region codes
 * (行政区划代码, GB/T 2260, with medical-insurance pool forms), the 30 cities of the plan, masking for logs and
 * synthetic test data.
 *
 * Every `parse*` returns `{ ok: true, value, issues } | { ok: false, issues }` with stable issue codes and
 * messages that never contain the input; every `is*` returns a boolean. No validator throws, whatever the
 * input. Runs in browsers and Node alike (no runtime dependencies).
 *
 * @example
 * ```ts
 * import { parseCitizenId, isUscc, findCity, maskCitizenId } from '@zhongyuan/sdk/validators';
 *
 * const r = parseCitizenId(certno, { mode: 'warn' });
 * if (!r.ok) log.warn('rejected certno', maskCitizenId(certno), r.issues.map((i) => i.code));
 * isUscc('91410100MA3X000109'); // true
 * findCity('济源')?.medicalPoolCode; // '419001'
 * ```
 *
 * @module
 */
export type {
  ValidationIssue,
  ValidationIssueCode,
  ValidationIssueSeverity,
  ValidationMode,
  ValidationOptions,
  ValidationResult,
} from './result.js';

export {
  citizenIdCheckCharacter,
  isCitizenId,
  parseCitizenId,
  upgradeCitizenId,
  type CitizenId,
  type CitizenIdOptions,
  type CitizenSex,
} from './citizen-id.js';

export { isUscc, parseUscc, USCC_CHARSET, usccCheckCharacter, type Uscc, type UsccOptions } from './uscc.js';
export { usccAuthorities, type UsccAuthority, type UsccCodeName } from './uscc-codes.js';
export { isOrgCode, orgCodeCheckCharacter, parseOrgCode, type OrgCode, type OrgCodeOptions } from './org-code.js';

export {
  isCrossProvince,
  isRegionCode,
  parseRegionCode,
  provinceOf,
  type RegionCode,
  type RegionCodeKind,
  type RegionCodeOptions,
} from './region-code.js';
export { cities, findCity, type City, type CityTier } from './cities.js';
export { provinces, type Province } from './provinces.js';

export { maskCitizenId } from './mask.js';

export {
  createSeededRandom,
  syntheticCitizenId,
  syntheticOrgCode,
  syntheticUscc,
  type RandomSource,
  type SyntheticCitizenIdOptions,
  type SyntheticOrgCodeOptions,
  type SyntheticUsccOptions,
} from './synthetic.js';

export { IDENTIFIER_KINDS, isValidIdentifier, type IdentifierKind } from './identifier-kind.js';
