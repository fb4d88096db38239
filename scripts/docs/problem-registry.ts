/**
 * The problem-type registry page: every problem type of every exchange, its titles in English and Chinese,
 * status, whether a retry may succeed, and which operations raise it (`x-problem-types`).
 *
 * @module
 */
import { esc } from './html.js';
import { operationsOf, referenceRoute } from './state-machine.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One registry entry with the operations that raise it, per exchange. */
export interface ProblemRow {
  readonly type: string;
  readonly code: string;
  readonly title: string;
  readonly titleZh: string;
  readonly status: number;
  readonly retryable: boolean;
  readonly raisedBy: Map<string, string[]>;
}

/** The registry entries of a dereferenced spec (`x-problem-registry`, flattened). */
function entries(doc: Json): Json[] {
  const registry = doc['x-problem-registry'];
  const flat = Array.isArray(registry) ? registry.flat(2) : [];
  return flat.filter(isObject);
}

/** Rows of the registry across exchanges, keyed by type URI, in first-seen order. */
export function problemRows(specs: ReadonlyMap<string, Json>): ProblemRow[] {
  const rows = new Map<string, ProblemRow>();
  for (const [exchange, doc] of specs) {
    for (const e of entries(doc)) {
      const type = String(e['type']);
      if (!rows.has(type)) {
        rows.set(type, {
          type,
          code: String(e['code'] ?? ''),
          title: String(e['title'] ?? ''),
          titleZh: String(e['titleZh'] ?? ''),
          status: Number(e['status']),
          retryable: e['retryable'] === true,
          raisedBy: new Map(),
        });
      }
    }
    for (const { operationId, op } of operationsOf(doc)) {
      const raised = Array.isArray(op['x-problem-types']) ? op['x-problem-types'] : [];
      for (const row of rows.values()) {
        if (!raised.includes(row.code) && !raised.includes(row.type)) continue;
        const list = row.raisedBy.get(exchange) ?? [];
        list.push(operationId);
        row.raisedBy.set(exchange, list);
      }
    }
  }
  return [...rows.values()];
}

/** The registry table. Operation names link to their exchange's reference page. */
export function problemTable(rows: readonly ProblemRow[], specs: ReadonlyMap<string, Json>): string {
  const head = '<tr><th>type</th><th>code</th><th>title</th><th>标题</th><th>status</th><th>retryable</th><th>raised by</th></tr>';
  const body = rows.map((r) => {
    const raised = [...r.raisedBy]
      .map(([exchange, ops]) => `<div><b>${esc(exchange)}</b>: ${ops.map((o) => `<a href="${esc(exchange)}/reference.html${esc(referenceRoute(specs.get(exchange) ?? {}, o))}"><code>${esc(o)}</code></a>`).join(', ')}</div>`)
      .join('');
    return `<tr id="${esc(r.code)}"><td><code>${esc(r.type)}</code></td><td><code>${esc(r.code)}</code></td><td>${esc(r.title)}</td><td lang="zh">${esc(r.titleZh)}</td><td>${r.status}</td><td class="${r.retryable ? 'yes' : 'no'}">${r.retryable ? 'yes' : 'no'}</td><td>${raised || '<span class="muted">none (reserved)</span>'}</td></tr>`;
  });
  return `<table>${head}${body.join('\n')}</table>`;
}
