// The generated reference site in a real browser: `pnpm run docs` output opened from the built folder in headless
// Chromium. Every operation of every spec is present, no page logs an error or fetches anything from the
// network, and screenshots of the index and one exchange page are left in docs/site/screenshots/.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec, discoverTargets } from '../../packages/codegen/src/index.js';
import { buildDocs } from '../../scripts/docs/build.js';
import { CHROMIUM, openPage, startBrowser, type Browser } from './browser.js';

const root = join(import.meta.dirname, '../..');
const site = join(root, 'docs/site');
const shots = join(site, 'screenshots');

interface SpecOperation {
  readonly operationId: string;
  readonly summary: string;
  readonly tag: string;
  readonly flow: boolean;
}

/** The operations of each exchange, read from the spec itself (not from the site builder). */
function specOperations(): Map<string, SpecOperation[]> {
  const out = new Map<string, SpecOperation[]>();
  for (const target of discoverTargets(root).filter((t) => t.spec.startsWith('specs/'))) {
    const { document } = bundleSpec(join(root, target.spec), root);
    const ops: SpecOperation[] = [];
    for (const item of Object.values(document['paths'] as Record<string, Record<string, Record<string, unknown>>>)) {
      for (const op of Object.values(item)) {
        if (typeof op?.['operationId'] !== 'string') continue;
        const tags = op['tags'] as string[] | undefined;
        ops.push({ operationId: op['operationId'], summary: String(op['summary']), tag: tags?.[0] ?? '', flow: op['x-flow'] !== undefined });
      }
    }
    out.set(target.exchange, ops);
  }
  return out;
}

const url = (page: string, hash = ''): string => pathToFileURL(join(site, page)).href + hash;
const exchanges = specOperations();
const inCi = process.env['CI'] === 'true';

describe.skipIf(!existsSync(CHROMIUM) && !inCi)('the reference site in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    await buildDocs(root, site);
    mkdirSync(shots, { recursive: true });
    browser = await startBrowser();
  }, 120_000);
  afterAll(async () => browser?.close());

  it('index: every exchange and every operationId, no console error, screenshot', async () => {
    const { page, problems } = await openPage(browser, url('index.html'));
    const text = await page.locator('body').innerText();
    for (const [exchange, ops] of exchanges) {
      expect(text).toContain(exchange);
      for (const op of ops) expect(text, `${exchange} ${op.operationId}`).toContain(op.operationId);
    }
    await page.screenshot({ path: join(shots, 'index.png'), fullPage: true });
    // An operation link of the index lands on that operation in the reference page.
    const [exchange, ops] = [...exchanges][0]!;
    const last = ops.at(-1)!;
    await page.locator(`a:has-text("${last.operationId}")`).first().click();
    expect(page.url()).toContain(`${exchange}/reference.html#/`);
    await expect.poll(() => page.locator('h1, h2').allInnerTexts(), { timeout: 20_000 }).toContain(last.summary);
    expect(problems).toEqual({ errors: [], external: [] });
    await page.close();
  }, 60_000);

  it.each([...exchanges.keys()])('%s API reference: every operation is in the navigation and renders, offline', async (exchange) => {
    const ops = exchanges.get(exchange) ?? [];
    const { page, problems } = await openPage(browser, url(`${exchange}/reference.html`));
    // Redoc 3 routes each operation as #/<tag>/<operationId in lower case>; open every tag group of the sidebar.
    for (const tag of [...new Set(ops.map((o) => o.tag))]) {
      await page.locator('li[data-testid="menu-item-label"]', { hasText: new RegExp(`^\\s*${tag}\\s*$`) }).first().click();
    }
    const routes = await page.evaluate(() => [...document.querySelectorAll('a[href^="#/"]')].map((a) => a.getAttribute('href') ?? ''));
    // Typographic quotes are Redoc's: `agency's` shows as `agency’s`.
    const sidebar = (await page.evaluate(() => document.body.textContent ?? '')).replace(/[\u2018\u2019]/g, "'");
    for (const op of ops) {
      expect(routes, op.operationId).toContain(`#/${op.tag}/${op.operationId.toLowerCase()}`);
      expect(sidebar, op.operationId).toContain(op.summary);
    }
    const first = ops[0]!;
    await page.goto(url(`${exchange}/reference.html`, `#/${first.tag}/${first.operationId.toLowerCase()}`));
    await expect.poll(() => page.locator('h1, h2').allInnerTexts(), { timeout: 20_000 }).toContain(first.summary);
    if (exchange === [...exchanges.keys()][0]) await page.screenshot({ path: join(shots, `${exchange}-reference.png`) });
    expect(problems).toEqual({ errors: [], external: [] });
    await page.close();
  }, 60_000);

  it.each([...exchanges.keys()])('%s state machines: one diagram per machine, every flow operation named', async (exchange) => {
    const { page, problems } = await openPage(browser, url(`${exchange}/state-machines.html`));
    const machines = await page.locator('.diagram svg').count();
    expect(machines).toBeGreaterThan(0);
    expect(await page.locator('h2').count()).toBe(machines);
    const text = await page.locator('body').innerText();
    for (const op of exchanges.get(exchange) ?? []) if (op.flow) expect(text, op.operationId).toContain(op.operationId);
    const box = await page.locator('.diagram svg').first().boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    if (exchange === [...exchanges.keys()][0]) await page.screenshot({ path: join(shots, `${exchange}-state-machines.png`), fullPage: true });
    expect(problems).toEqual({ errors: [], external: [] });
    await page.close();
  }, 60_000);

  it('problem registry: English and Chinese titles, status, retryable, raising operations', async () => {
    const { page, problems } = await openPage(browser, url('problems.html'));
    const header = await page.locator('table tr').first().innerText();
    for (const column of ['type', 'title', '标题', 'status', 'retryable', 'raised by']) expect(header).toContain(column);
    const text = await page.locator('body').innerText();
    for (const code of ['VALIDATION_FAILED', 'ILLEGAL_TRANSITION']) expect(text).toContain(code);
    expect(await page.locator('table tr').count()).toBeGreaterThan(20);
    expect(problems).toEqual({ errors: [], external: [] });
    await page.close();
  }, 60_000);
});
