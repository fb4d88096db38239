import { type JsonObject, isJsonObject } from './bundle.js';
import { pointerTokens } from './spec-error.js';

/** Follows internal `$ref`s (`#/components/...`) of a bundled document until a non-reference node is reached. */
export function derefNode(document: JsonObject, node: unknown): unknown {
  let current = node;
  const seen = new Set<string>();
  while (isJsonObject(current) && typeof current['$ref'] === 'string' && current['$ref'].startsWith('#')) {
    const ref = current['$ref'];
    if (seen.has(ref)) return undefined;
    seen.add(ref);
    const siblings = Object.fromEntries(Object.entries(current).filter(([key]) => key !== '$ref'));
    let target: unknown = document;
    for (const token of pointerTokens(ref.slice(1))) {
      target = isJsonObject(target) ? target[token] : Array.isArray(target) ? target[Number(token)] : undefined;
    }
    current = isJsonObject(target) ? { ...target, ...siblings } : target;
  }
  return current;
}

/** The component name a schema node refers to (`#/components/schemas/<name>`), if it is such a reference. */
export function schemaRefName(node: unknown): string | undefined {
  if (!isJsonObject(node) || typeof node['$ref'] !== 'string') return undefined;
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(node['$ref']);
  return match?.[1];
}
