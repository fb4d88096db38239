/**
 * Where the exchange is served and where a record it creates can be read back: the base path of the spec's
 * `servers` URL, and the `Location` every 201 carries (the spec requires it).
 */
import type { OkOptions } from '../../core/index.js';

/** Base path of the exchange (from its `servers` URL). */
export const MEDICAL_SETTLEMENT_BASE_PATH = '/medical-settlement/v1';

/**
 * The `ctx.ok` options of a 201: `Location` is the created record's path under the base path, e.g.
 * `withLocation('encounters', '41019926110200000098')` → `/medical-settlement/v1/encounters/41019926110200000098`.
 */
export function withLocation(collection: string, id: string): OkOptions {
  return { headers: { location: `${MEDICAL_SETTLEMENT_BASE_PATH}/${collection}/${encodeURIComponent(id)}` } };
}
