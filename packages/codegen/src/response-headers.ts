import { type JsonObject, isJsonObject } from './bundle.js';
import { derefNode } from './deref.js';

/**
 * The names, lower-cased and sorted, of the headers a Response Object marks `required: true` (each Header
 * Object reached through its `$ref`s). `Content-Type` is left out: OpenAPI ignores a response header of that
 * name, the media type says it.
 */
export function requiredResponseHeaders(document: JsonObject, response: JsonObject): string[] {
  const headers = derefNode(document, response['headers']);
  if (!isJsonObject(headers)) return [];
  const names = new Set<string>();
  for (const [name, raw] of Object.entries(headers)) {
    const header = derefNode(document, raw);
    const lower = name.toLowerCase();
    if (isJsonObject(header) && header['required'] === true && lower !== 'content-type') names.add(lower);
  }
  return [...names].sort();
}
