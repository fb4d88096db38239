// Turns validated params into the target URL and the parameter headers of a call.
import type { OperationPlan } from './operation-plan.js';

/** The target of a call. */
export interface Target {
  /** Absolute URL, query included. */
  readonly url: string;
  /** Names (never values) of the query parameters sent. */
  readonly queryNames: readonly string[];
}

// `.`, `..` and empty values were refused by request validation, so a segment cannot change the target.
function encodeSegment(value: unknown): string {
  return encodeURIComponent(String(value));
}

function queryValue(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** Fills the path template and appends the query string. */
export function buildTarget(baseUrl: string, plan: OperationPlan, params: Readonly<Record<string, unknown>>): Target {
  let path = '';
  for (const part of plan.pathParts) {
    path += 'literal' in part ? part.literal : encodeSegment(params[part.param] ?? '');
  }
  if (plan.queryParams.length === 0) return { url: baseUrl + path, queryNames: [] };
  const query = new URLSearchParams();
  const queryNames: string[] = [];
  for (const name of plan.queryParams) {
    const value = params[name];
    if (value === undefined || value === null) continue;
    queryNames.push(name);
    if (Array.isArray(value)) for (const item of value) query.append(name, queryValue(item));
    else query.append(name, queryValue(value));
  }
  const search = query.toString();
  return { url: search === '' ? baseUrl + path : `${baseUrl}${path}?${search}`, queryNames };
}
