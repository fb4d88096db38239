import { type JsonObject, isJsonObject } from './bundle.js';
import { SpecError, pointerTokens } from './spec-error.js';

/**
 * Replaces every internal `$ref` of a bundled document by a copy of its target (sibling keywords of the
 * `$ref` are kept and win). A circular schema is refused: the published form must be fully dereferenced.
 */
export function dereference(document: JsonObject, file: string): JsonObject {
  const resolving = new Set<string>();
  const visit = (node: unknown, at: string): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => visit(item, `${at}/${i}`));
    if (!isJsonObject(node)) return node;
    const ref = node['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#')) {
      const pointer = ref.slice(1);
      if (resolving.has(pointer)) throw new SpecError(file, at, `$ref "${ref}" is circular and cannot be dereferenced`);
      let target: unknown = document;
      for (const token of pointerTokens(pointer)) {
        target = isJsonObject(target) ? target[token] : Array.isArray(target) ? target[Number(token)] : undefined;
      }
      if (target === undefined) throw new SpecError(file, at, `$ref "${ref}" does not resolve`);
      resolving.add(pointer);
      const resolved = visit(target, pointer);
      resolving.delete(pointer);
      const siblings = Object.fromEntries(
        Object.entries(node)
          .filter(([key]) => key !== '$ref')
          .map(([key, value]) => [key, visit(value, `${at}/${key}`)]),
      );
      return isJsonObject(resolved) ? { ...resolved, ...siblings } : resolved;
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value, `${at}/${key}`)]));
  };
  return visit(document, '') as JsonObject;
}
