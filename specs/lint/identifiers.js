// Check-digit validators for the identifiers marked with `x-identifier` in
// specs/common/identifiers.yaml, used by the `identifier-examples` lint rule so that
// examples in the specs are valid, not merely pattern-shaped. Dependency-free ESM.
// The algorithms are those of GB 11643-1999, GB 32100-2015 and GB 11714-1997.

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const CITIZEN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const REGION_RE = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])[0-9]{4}$/;

/** GB 11714 check character for an 8-character organisation-code body. */
export function orgCodeCheck(body) {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c - 55; // '0'-'9' | 'A'(65)=10 … 'Z'=35
    sum += v * ORG_WEIGHTS[i];
  }
  const r = 11 - (sum % 11);
  return r === 11 ? '0' : r === 10 ? 'X' : String(r);
}

/** GB 32100 check character for the first 17 characters of a USCC. */
export function usccCheck(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** GB 11643 (ISO 7064 MOD 11-2) check character for the first 17 digits of a citizen ID. */
export function citizenIdCheck(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * CITIZEN_WEIGHTS[i];
  return '10X98765432'[sum % 11];
}

/** Returns null when valid, otherwise a short reason. */
export function validateOrgCode(value) {
  if (typeof value !== 'string' || !/^[0-9A-Z]{8}[0-9X]$/.test(value)) return 'does not match the GB 11714 pattern';
  return orgCodeCheck(value.slice(0, 8)) === value[8] ? null : 'GB 11714 check character mismatch';
}

export function validateUscc(value) {
  if (typeof value !== 'string' || !/^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(value)) {
    return 'does not match the GB 32100 pattern';
  }
  if (usccCheck(value.slice(0, 17)) !== value[17]) return 'GB 32100 (MOD 31) check character mismatch';
  const org = validateOrgCode(value.slice(8, 17));
  return org === null ? null : `embedded organisation code: ${org}`;
}

export function validateCitizenId(value, today = new Date()) {
  if (typeof value !== 'string' || !/^[1-9][0-9]{16}[0-9X]$/.test(value)) return 'does not match the GB 11643 pattern';
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1800 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return 'birth date is not a calendar date';
  }
  if (date.getTime() > today.getTime()) return 'birth date is in the future';
  return citizenIdCheck(value.slice(0, 17)) === value[17] ? null : 'GB 11643 (MOD 11-2) check character mismatch';
}

export function validateRegionCode(value) {
  return typeof value === 'string' && REGION_RE.test(value) ? null : 'not a GB/T 2260 region code';
}

/** Validators by `x-identifier` value. */
export const validators = {
  'citizen-id': validateCitizenId,
  uscc: validateUscc,
  'org-code': validateOrgCode,
  'region-code': validateRegionCode,
};
