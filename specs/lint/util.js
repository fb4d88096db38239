// Helpers shared by the Zhongyuan lint rules. Plain ESM, no dependencies.

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
export const CJK = /\p{Script=Han}/u;
export const PROBLEM_JSON = 'application/problem+json';

export function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function isRef(value) {
  return isObject(value) && typeof value.$ref === 'string';
}

/**
 * Follows `$ref`s (at most 16) from `node`, whose own location is `location`.
 * Returns the target node and its location; `node` is undefined when a reference
 * does not resolve (Redocly's own `no-unresolved-refs` reports that).
 */
export function deref(ctx, node, location) {
  let current = node;
  let currentLocation = location;
  for (let i = 0; i < 16 && isRef(current); i++) {
    const resolved = ctx.resolve(current, currentLocation?.source?.absoluteRef);
    if (resolved.node === undefined) return { node: undefined, location: currentLocation };
    current = resolved.node;
    currentLocation = resolved.location;
  }
  return { node: current, location: currentLocation };
}

/** The name of the operation for messages: operationId, else `METHOD path`. */
export function operationName(operation, ctx) {
  if (operation && typeof operation.operationId === 'string') return operation.operationId;
  const pointer = ctx.location.pointer ?? '';
  const parts = pointer.split('/');
  const method = parts.pop();
  const path = (parts.pop() ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
  return `${String(method).toUpperCase()} ${path}`;
}

/** Each response of an operation, dereferenced: `{ code, response, location }`. */
export function responsesOf(operation, ctx) {
  const out = [];
  if (!isObject(operation.responses)) return out;
  for (const [code, raw] of Object.entries(operation.responses)) {
    if (code.startsWith('x-')) continue;
    const { node, location } = deref(ctx, raw, ctx.location.child(['responses', code]));
    if (isObject(node)) out.push({ code, response: node, location });
  }
  return out;
}

/** Whether a response code (`404`, `4XX`, `default`) is an error response. */
export function isErrorCode(code) {
  return /^[45]/.test(code) || code === 'default';
}

/** Whether response code `code` covers HTTP status `status`. */
export function codeCovers(code, status) {
  const s = String(status);
  if (code === s) return true;
  if (/^[1-5]XX$/i.test(code)) return code[0] === s[0];
  return code === 'default';
}

/** The operation's parameters (path-level and operation-level), dereferenced. */
export function parametersOf(operation, ctx, pathItem) {
  const out = [];
  const add = (list, base) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const { node, location } = deref(ctx, raw, base.child([i]));
      if (isObject(node)) out.push({ parameter: node, location });
    });
  };
  if (pathItem) add(pathItem.parameters, ctx.parentLocations?.PathItem?.child(['parameters']) ?? ctx.location);
  add(operation.parameters, ctx.location.child(['parameters']));
  return out;
}

/** The examples of a media type object, dereferenced: `[{ name, value, location }]`. */
export function examplesOf(mediaType, location, ctx) {
  const out = [];
  if (mediaType.example !== undefined) {
    out.push({ name: 'example', value: mediaType.example, location: location.child(['example']) });
  }
  if (isObject(mediaType.examples)) {
    for (const [name, raw] of Object.entries(mediaType.examples)) {
      const { node, location: exampleLocation } = deref(ctx, raw, location.child(['examples', name]));
      if (isObject(node) && node.value !== undefined) {
        out.push({ name, value: node.value, location: exampleLocation.child(['value']) });
      }
    }
  }
  return out;
}

export function hasExample(mediaType) {
  return (
    mediaType.example !== undefined ||
    (isObject(mediaType.examples) && Object.keys(mediaType.examples).length > 0)
  );
}
