// The SDK as a browser application runs it: bundled for the browser like the rest of the suite's code, from source
// (esbuild, platform `browser`: a Node built-in anywhere in the graph fails the build; the built packages are
// checked for the same by `pnpm packaging:check`), loaded in headless Chromium from a page on
// the same loopback origin as the HTTP mock (auth on). From the page, with the browser's own `fetch` and WebCrypto:
// a signed, idempotent POST that the mock verifies and records, a signed GET validated strictly, a typed error from
// problem+json, and the trace and request-id headers as they reach the server.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMock, type Mock } from '@zhongyuan/mock-server';
import { medicalSettlement } from '@zhongyuan/mock-server/medical-settlement';
import { createMockServer, type MockServer } from '@zhongyuan/mock-server/node';
import { CHROMIUM, openPage, startBrowser, type Browser } from '../docs/browser.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const inCi = process.env['CI'] === 'true';

// What the page runs: everything a hospital's browser client would do, reported back as plain data.
const PAGE_SCRIPT = `
import { createMedicalSettlementClient, createMessageIdGenerator } from '@zhongyuan/sdk/medical-settlement';
import { NotFoundError, isApiError } from '@zhongyuan/sdk';
import { testClientAuth } from '@zhongyuan/mock-server';
import { seededPersonNo } from '@zhongyuan/mock-server/medical-settlement';

window.runScenario = async () => {
  // No \`fetch\` option: the SDK uses the browser's own.
  const client = createMedicalSettlementClient({
    baseUrl: location.origin + '/medical-settlement/v1',
    auth: await testClientAuth('郑州'),
    validate: 'strict',
  });
  const nextMessageId = createMessageIdGenerator({ facilityCode: 'H41010500017', now: () => Date.parse('2026-11-02T01:05:00Z') });
  const personNo = seededPersonNo('371700', 1);
  const messageId = nextMessageId();
  const created = await client
    .registerOutpatientEncounter(
      {
        body: {
          envelope: { messageId, facilityCode: 'H41010500017', treatmentRegion: '410105', insuredRegion: '371799', operator: { operatorId: 'CLERK-01', operatorType: 'clerk' } },
          personNo,
          insuranceType: '310',
          medicalType: '11',
          credential: { type: 'ecToken', token: 'ec:' + personNo },
          startedAt: '2026-11-02T01:10:00Z',
          visitNo: 'MZ9001',
          departmentCode: 'A02',
          departmentName: '内科',
        },
      },
      { idempotencyKey: messageId },
    )
    .withResponse();
  const read = await client.getEncounter({ encounterId: created.data.encounterId });
  let missing;
  try {
    await client.getEncounter({ encounterId: '41019926110299999999' });
  } catch (error) {
    missing = { notFound: error instanceof NotFoundError && isApiError(error), code: error.code, status: error.status, requestId: typeof error.requestId };
  }
  return {
    status: created.response.status,
    location: created.response.headers.get('location'),
    encounterId: created.data.encounterId,
    readBack: read.encounterId === created.data.encounterId && read.status === created.data.status,
    missing,
  };
};
window.ready = true;
`;

describe.skipIf(!existsSync(CHROMIUM) && !inCi)('the SDK in a browser (headless Chromium, bundled for the browser)', () => {
  let browser: Browser;
  let server: MockServer;
  let mock: Mock<readonly [typeof medicalSettlement]>;
  let bundle = '';
  // What reached the server of each exchange request, as the browser sent it.
  const received: { method: string; headers: Record<string, string> }[] = [];

  beforeAll(async () => {
    const result = await build({
      stdin: { contents: PAGE_SCRIPT, resolveDir: join(root, 'tests'), loader: 'js' },
      bundle: true,
      platform: 'browser',
      conditions: ['@zhongyuan/source'],
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0]?.text ?? '';
    mock = createMock({ exchanges: [medicalSettlement], seed: 7, clock: { start: new Date('2026-11-02T01:00:00Z'), frozen: true } });
    const page = `<!doctype html><meta charset="utf-8"><title>SDK in the browser</title><script type="module" src="/app.js"></script>`;
    server = await createMockServer({
      fetch: (request: Request) => mock.fetch(request),
      handle: (request: Request) => {
        const path = new URL(request.url).pathname;
        if (path === '/') return Promise.resolve(new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
        if (path === '/favicon.ico') return Promise.resolve(new Response(null, { status: 204 }));
        if (path === '/app.js') return Promise.resolve(new Response(bundle, { headers: { 'content-type': 'text/javascript; charset=utf-8' } }));
        received.push({ method: request.method, headers: Object.fromEntries(request.headers) });
        return mock.handle(request);
      },
    }, { port: 0 });
    browser = await startBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close(100);
  });

  it('bundles for the browser with no Node built-in anywhere in the graph', () => {
    expect(bundle.length).toBeGreaterThan(10_000);
    expect(bundle).not.toMatch(/from\s*["']node:/);
    expect(bundle).not.toMatch(/require\(["'](node:)?(crypto|fs|http|https|net|buffer|stream)["']\)/);
  });

  it('signs, sends, validates and types errors with the browser fetch and WebCrypto; the mock verifies every request', async () => {
    const { page, problems } = await openPage(browser, `${server.url}/`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, undefined, { timeout: 30_000 });
    const outcome = (await page.evaluate(() => (window as unknown as { runScenario: () => Promise<unknown> }).runScenario())) as {
      status: number;
      location: string;
      encounterId: string;
      readBack: boolean;
      missing: { notFound: boolean; code: string; status: number; requestId: string };
    };
    expect(outcome.status).toBe(201);
    expect(outcome.location).toBe(`/medical-settlement/v1/encounters/${outcome.encounterId}`);
    expect(outcome.readBack).toBe(true);
    expect(outcome.missing).toEqual({ notFound: true, code: 'NOT_FOUND', status: 404, requestId: 'string' });
    // The mock answered all three calls with auth on: each carried a verified token, the POST its body digest.
    expect(mock.state('medical-settlement').encounters.get(outcome.encounterId)).toBeDefined();
    expect(received.map((r) => r.method)).toEqual(['POST', 'GET', 'GET']);
    const [post, get] = received;
    expect(post?.method).toBe('POST');
    expect(post?.headers['authorization']).toMatch(/^ZY-JWS [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(post?.headers['content-digest']).toMatch(/^sha-256=:[A-Za-z0-9+/]+=*:$/);
    expect(post?.headers['idempotency-key']).toBeTruthy();
    expect(get?.headers['traceparent']).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(get?.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    // Chromium logs every 404 a page's fetch receives: the deliberate one above, nothing else.
    expect(problems.errors).toEqual(['console: Failed to load resource: the server responded with a status of 404 (Not Found)']);
    expect(problems.external.filter((url) => !url.startsWith(`${server.url}/`))).toEqual([]);
    await page.close();
  }, 60_000);
});
