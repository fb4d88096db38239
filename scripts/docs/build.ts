#!/usr/bin/env node
/**
 * `pnpm run docs [--out <dir>]`: the static reference site, into `docs/site/` by default.
 *
 * - `index.html`: the exchanges, their spec versions and operations;
 * - `<exchange>/reference.html`: the API reference (Redocly `build-docs`, with Redoc's script inlined so the
 *   page needs no CDN and opens from `file://`);
 * - `<exchange>/state-machines.html`: each `x-state-machines` machine (with the `x-flow` transitions) drawn as
 *   an SVG diagram, plus its transition table;
 * - `problems.html`: the problem-type registry of every exchange.
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { bundleSpec, dereference, discoverTargets } from '../../packages/codegen/src/index.js';
import { esc, page } from './html.js';
import { problemRows, problemTable } from './problem-registry.js';
import { operationsOf, referenceRoute, stateMachines } from './state-machine.js';
import { stateMachineSvg } from './state-machine-svg.js';

type Json = Record<string, unknown>;

/** What {@link buildDocs} built. */
export interface BuiltSite {
  readonly outDir: string;
  /** Exchange name → its operationIds. */
  readonly operations: ReadonlyMap<string, readonly string[]>;
  /** Every page, relative to `outDir`. */
  readonly pages: readonly string[];
}

const info = (doc: Json): Json => (typeof doc['info'] === 'object' && doc['info'] !== null ? (doc['info'] as Json) : {});

function nav(depth: number, exchanges: readonly string[]): string {
  const up = '../'.repeat(depth);
  return [`<a href="${up}index.html">Exchanges</a>`, ...exchanges.map((x) => `<a href="${up}${x}/reference.html">${esc(x)}</a>`), `<a href="${up}problems.html">Problem types</a>`].join('');
}

// Redoc's inlined script still loads its "powered by" logo from a CDN; a local mark keeps the page offline.
const LOGO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="90" height="16"><text x="0" y="12" font-size="11" font-family="sans-serif" fill="#888">Redoc</text></svg>')}`;

/** Points every CDN asset the Redoc page would fetch at a local equivalent. */
function offline(file: string): void {
  const html = readFileSync(file, 'utf8').replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, LOGO);
  writeFileSync(file, html);
}

function runRedocly(root: string, spec: string, out: string, title: string): Promise<void> {
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  const args = ['build-docs', spec, '--inlineBundle', '--output', out, '--title', title];
  return new Promise((done, fail) => {
    const child = spawn(join(root, 'node_modules/.bin/redocly'), args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (c: Buffer) => (text += c.toString()));
    child.stderr.on('data', (c: Buffer) => (text += c.toString()));
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code !== 0) return fail(new Error(`redocly build-docs ${spec} failed:\n${text}`));
      offline(out);
      done();
    });
  });
}

function machinesPage(exchange: string, doc: Json, exchanges: readonly string[]): string {
  const sections = stateMachines(doc).map((m) => {
    const rows = m.transitions.map((t) => {
      const from = t.from.length === 0 ? '<span class="muted">(create)</span>' : t.from.map((f) => `<code>${esc(f)}</code>`).join(', ');
      const op = t.operationId === undefined ? '<span class="muted">—</span>' : `<a href="reference.html${esc(referenceRoute(doc, t.operationId))}"><code>${esc(t.operationId)}</code></a>`;
      const by = [t.by, t.clientSide ? 'client side' : undefined].filter(Boolean).join(', ');
      return `<tr><td>${from}</td><td><code>${esc(t.to)}</code></td><td>${esc(t.action)}</td><td>${op}</td><td>${esc(by)}</td></tr>`;
    });
    return (
      `<h2 id="${esc(m.name)}">${esc(m.name)}${m.resource ? ` <span class="muted">(${esc(m.resource)})</span>` : ''}</h2>` +
      (m.description ? `<p>${esc(m.description)}</p>` : '') +
      `<div class="diagram">${stateMachineSvg(m)}</div>` +
      `<table><tr><th>from</th><th>to</th><th>action</th><th>operation</th><th>made by</th></tr>${rows.join('')}</table>`
    );
  });
  const legend =
    '<p class="muted">Read left to right from ● (creation). Thick border: terminal state; blue: initial state; dashed border: a state kept only by the client; dashed arrow: a transition made by another party, a timer or the client, not by an API call; brown arrows go back to an earlier state. Hover for descriptions.</p>';
  return page(`${String(info(doc)['title'] ?? exchange)} — state machines`, legend + sections.join('\n'), nav(1, exchanges));
}

function indexPage(specs: ReadonlyMap<string, Json>, exchanges: readonly string[]): string {
  const rows = [...specs].map(([x, doc]) => {
    const i = info(doc);
    return `<tr><td><b>${esc(i['title'] ?? x)}</b><br><code>${esc(x)}</code></td><td>${esc(i['version'] ?? '')}</td><td>${operationsOf(doc).length}</td><td><a href="${esc(x)}/reference.html">API reference</a><br><a href="${esc(x)}/state-machines.html">State machines</a></td></tr>`;
  });
  const ops = [...specs].map(([x, doc]) => {
    const list = operationsOf(doc).map(
      (o) => `<tr><td><a href="${esc(x)}/reference.html${esc(referenceRoute(doc, o.operationId))}"><code>${esc(o.operationId)}</code></a></td><td><code>${esc(o.method)} ${esc(o.path)}</code></td><td>${esc(o.op['summary'] ?? '')}</td><td lang="zh">${esc(o.op['x-summary-zh'] ?? '')}</td></tr>`,
    );
    return `<h2 id="${esc(x)}">${esc(info(doc)['title'] ?? x)} <span class="muted">${esc(info(doc)['version'] ?? '')}</span></h2><table><tr><th>operationId</th><th>request</th><th>summary</th><th>摘要</th></tr>${list.join('')}</table>`;
  });
  const body =
    `<p>Cross-province public-service exchanges between the 30 Central Plains cities. Each exchange's spec is published in <code>@zhongyuan/specs</code>; the SDK sends the spec version it was generated from in <code>X-Spec-Version</code>.</p>` +
    `<table><tr><th>exchange</th><th>spec version</th><th>operations</th><th>pages</th></tr>${rows.join('')}</table>` +
    `<p><a href="problems.html">Problem-type registry</a> (问题类型登记表): every problem type, its status, whether to retry, and which operations raise it.</p>` +
    ops.join('\n');
  return page('Zhongyuan Exchange — API reference (中原交换接口参考)', body, nav(0, exchanges));
}

/** Builds the site into `outDir` (emptied first). */
export async function buildDocs(root: string, outDir: string): Promise<BuiltSite> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const specs = new Map<string, Json>();
  for (const target of discoverTargets(root).filter((t) => t.spec.startsWith('specs/'))) {
    const bundled = bundleSpec(join(root, target.spec), root);
    specs.set(target.exchange, dereference(bundled.document, bundled.file) as Json);
  }
  const exchanges = [...specs.keys()];
  const pages: string[] = ['index.html', 'problems.html'];
  const references: Promise<void>[] = [];
  for (const [exchange, doc] of specs) {
    mkdirSync(join(outDir, exchange), { recursive: true });
    writeFileSync(join(outDir, exchange, 'state-machines.html'), machinesPage(exchange, doc, exchanges));
    const title = `${String(info(doc)['title'] ?? exchange)} ${String(info(doc)['version'] ?? '')} — API reference`;
    references.push(runRedocly(root, `specs/${exchange}/openapi.yaml`, join(outDir, exchange, 'reference.html'), title));
    pages.push(`${exchange}/reference.html`, `${exchange}/state-machines.html`);
  }
  writeFileSync(join(outDir, 'index.html'), indexPage(specs, exchanges));
  const problems = page('Problem types (问题类型登记表)', `<p>Every problem type an exchange may answer with (<code>application/problem+json</code>). Retry only a retryable one, with the same <code>Idempotency-Key</code>.</p>${problemTable(problemRows(specs), specs)}`, nav(0, exchanges));
  writeFileSync(join(outDir, 'problems.html'), problems);
  await Promise.all(references);
  const operations = new Map([...specs].map(([x, doc]) => [x, operationsOf(doc).map((o) => o.operationId)]));
  return { outDir, operations, pages };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const root = resolve(process.env['ZY_REPO_ROOT'] ?? process.cwd());
  const at = process.argv.indexOf('--out');
  const outDir = resolve(root, at === -1 ? 'docs/site' : (process.argv[at + 1] ?? 'docs/site'));
  const started = Date.now();
  buildDocs(root, outDir).then(
    (site) => console.log(`docs: ${site.pages.length} pages in ${relative(root, site.outDir) || '.'} (${((Date.now() - started) / 1000).toFixed(1)} s)`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
