// The token-rule table (token-cases.ts) against the mock, in-process and over HTTP on 127.0.0.1, for every
// algorithm. A refused request answers 401 problem+json `invalid-token` without echoing the token, the mock's
// request log holds the precise reason, nothing is persisted, and its jti stays unused: a valid token carrying the
// same jti is accepted afterwards. A must-pass request is accepted and has its business effect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMock, DEFAULT_AUDIENCE, type RequestLogEntry } from '@zhongyuan/mock-server';
import { medicalSettlement } from '@zhongyuan/mock-server/medical-settlement';
import { decodeBase64Url, deriveTestKeys, INVALID_TOKEN_PROBLEM_TYPE, type RejectReason } from '@zhongyuan/sdk/auth';
import { encounterTargets, type EncounterTargets } from './encounter-targets.js';
import { inProcess, overHttp, type MockTransport } from './mock-transports.js';
import { ALGORITHMS, negativeCases, passCases } from './token-cases.js';
import { CLIENT, OTHER_CLIENT, signedRequest, token, type CaseContext } from './token-requests.js';

/** The clock the mock checks tokens against (real time by default), fixed as in the verifier's run. */
const NOW = 1_800_000_000_000;
/** The mock's business clock, frozen. */
const BUSINESS_START = new Date('2026-11-02T01:00:00Z');
/** The origin the in-process mock is configured to check `htu` against. */
const IN_PROCESS_ORIGIN = 'https://exchange.zhongyuan.test';

/**
 * Table cases left out of the mock run, and why: each needs a verifier setting that MockAuthOptions does not
 * offer. They still run against the verifier in-process (packages/sdk/src/auth/verify-request.test.ts).
 */
const NOT_ON_THE_MOCK: Readonly<Record<string, string>> = {
  'body over the configured limit':
    "the verifier's maxBodyBytes is not a mock option; the mock's own body limit (createMock maxBodyBytes) applies before authentication and answers 413",
  'algorithm not in the configured allow-list': 'the mock has no algorithm allow-list: it accepts every supported algorithm (its alg option picks the test keys only)',
  'iat 8 s ahead when skew is configured to 5 s': 'the mock has no clock-skew option: it checks with the default skew of 10 s',
};

/** Table cases whose token carries no jti a valid token could carry again (none, or one of a refused shape). */
const WITHOUT_REUSABLE_JTI: readonly string[] = ['missing Authorization header', 'missing jti', 'jti too short'];

const onTheMock = negativeCases.filter((c) => !(c.name in NOT_ON_THE_MOCK));

describe('the mock run of the token-rule table', () => {
  const names = negativeCases.map((c) => c.name);

  it('names every case once', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it('skips only cases that exist in the table, each with a reason', () => {
    for (const [name, reason] of Object.entries(NOT_ON_THE_MOCK)) {
      expect(names).toContain(name);
      expect(reason).not.toBe('');
    }
  });

  it('lists as without a reusable jti only cases that exist in the table and run on the mock', () => {
    for (const name of WITHOUT_REUSABLE_JTI) expect(onTheMock.map((c) => c.name)).toContain(name);
  });
});

/** The jti of the token a request carries, when a valid token could carry it too (the verifier's jti shape). */
function reusableJti(request: Request): string | undefined {
  const payload = request.headers.get('authorization')?.split(' ')[1]?.split('.')[1];
  const bytes = payload === undefined ? undefined : decodeBase64Url(payload);
  if (bytes === undefined) return undefined;
  try {
    const jti: unknown = (JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>)['jti'];
    return typeof jti === 'string' && /^[A-Za-z0-9_-]{16,128}$/.test(jti) ? jti : undefined;
  } catch {
    return undefined;
  }
}

interface Rig {
  readonly transport: MockTransport;
  readonly targets: EncounterTargets;
}

async function openRig(kind: MockTransport['name'], ctx: CaseContext): Promise<Rig> {
  const mock = createMock({
    exchanges: [medicalSettlement],
    seed: 7,
    clock: { start: BUSINESS_START, frozen: true },
    logCapacity: 10_000,
    auth: {
      alg: ctx.alg,
      now: () => NOW,
      clients: { [CLIENT]: { jwks: ctx.key.jwks }, [OTHER_CLIENT]: { jwks: { keys: [] } } },
      // In-process, the URL given to mock.fetch is the address the caller used; a configured origin is what
      // makes a request built for another origin (a spoofed Host) refusable. Over HTTP the adapter's own
      // address is the default, never the Host header.
      ...(kind === 'in-process' ? { externalBaseUrl: IN_PROCESS_ORIGIN } : {}),
    },
    onContractViolation: (violation) => {
      throw violation;
    },
  });
  const transport = kind === 'in-process' ? inProcess(mock, IN_PROCESS_ORIGIN) : await overHttp(mock);
  return { transport, targets: encounterTargets(transport.origin, DEFAULT_AUDIENCE, NOW, BUSINESS_START.getTime()) };
}

describe.each(ALGORITHMS)('the mock with %s keys', (alg) => {
  let ctx: CaseContext;
  beforeAll(async () => {
    const [key, impostor] = await Promise.all([deriveTestKeys('mock-negative', CLIENT, alg), deriveTestKeys('impostor', CLIENT, alg)]);
    ctx = { alg, key, impostor };
  });

  describe.each(['in-process', 'http'] as const)('%s', (kind) => {
    let rig: Rig;
    beforeAll(async () => {
      rig = await openRig(kind, ctx);
    });
    afterAll(() => rig.transport.close());

    const control = async (path: string): Promise<string> => (await rig.transport.send(new Request(new URL(path, rig.transport.origin)))).text();
    /** The dump of every exchange's state (its records and the number of idempotency records), as served. */
    const state = (): Promise<string> => control('/__mock/state');
    const logEntry = async (requestId: string | null): Promise<RequestLogEntry | undefined> =>
      (JSON.parse(await control('/__mock/requests')) as { requests: RequestLogEntry[] }).requests.find((e) => e.requestId === requestId);

    async function expectRefused(response: Response, request: Request, reason: RejectReason): Promise<void> {
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const text = await response.text();
      const problem = JSON.parse(text) as Record<string, unknown>;
      expect(problem['type']).toBe(INVALID_TOKEN_PROBLEM_TYPE);
      expect(problem['status']).toBe(401);
      const credential = request.headers.get('authorization')?.split(' ')[1] ?? '\u0000';
      const entry = await logEntry(response.headers.get('x-request-id'));
      expect(entry?.outcome).toBe(`INVALID_TOKEN:${reason}`);
      for (const shown of [text, JSON.stringify(entry)]) {
        expect(shown).not.toContain(credential.slice(0, 40));
        expect(shown).not.toContain(credential.slice(-40));
      }
    }

    /** Register an encounter with a valid token; its id. */
    async function registered(): Promise<string> {
      const target = rig.targets.register();
      const response = await rig.transport.send(await signedRequest(target, await token(ctx, target)));
      expect(response.status).toBe(201);
      return ((await response.json()) as { encounterId: string }).encounterId;
    }

    async function readBack(encounterId: string): Promise<Response> {
      const target = rig.targets.read(encounterId);
      return rig.transport.send(await signedRequest(target, await token(ctx, target), { digest: null }));
    }

    it.each(onTheMock.map((c) => [c.name, c] as const))('refuses: %s', async (_name, c) => {
      const target = rig.targets.register();
      const request = await c.build(ctx, target);
      const jti = reusableJti(request);
      expect(jti === undefined).toBe(WITHOUT_REUSABLE_JTI.includes(c.name));
      if (c.sentTwice) expect((await rig.transport.send(request.clone())).status).toBe(201);

      const before = await state();
      await expectRefused(await rig.transport.send(request), request, c.reason);
      // Compared as text: the dump is about 1 MB, too large for a readable diff.
      expect((await state()) === before, 'the refused request changed the state').toBe(true);

      // Refused before the replay step: the jti is still unused, and the same registration (same message id and
      // idempotency key) takes effect for the first time. (For the two cases signed as another client this
      // says less: the replay key includes iss.)
      if (jti !== undefined && c.sentTwice !== true) {
        const again = await rig.transport.send(await signedRequest(target, await token(ctx, target, { claims: { jti } })));
        expect(again.status).toBe(201);
        expect(again.headers.get('idempotent-replayed')).toBeNull();
        expect(((await again.json()) as { messageId: string }).messageId).toBe(target.messageId);
      }
    });

    it.each(passCases.filter((c) => c.operation === 'write').map((c) => [c.name, c] as const))(
      'accepts %s, and registers the encounter',
      async (_name, c) => {
        const target = rig.targets.register();
        const response = await rig.transport.send(await c.build(ctx, target));
        expect(response.status).toBe(201);
        const encounter = (await response.json()) as { encounterId: string; messageId: string };
        expect(encounter.messageId).toBe(target.messageId);
        const read = await readBack(encounter.encounterId);
        expect(read.status).toBe(200);
        expect(((await read.json()) as { messageId: string }).messageId).toBe(target.messageId);
      },
    );

    it.each(passCases.filter((c) => c.operation === 'read').map((c) => [c.name, c] as const))(
      'accepts %s, and answers the encounter',
      async (_name, c) => {
        const encounterId = await registered();
        const response = await rig.transport.send(await c.build(ctx, rig.targets.read(encounterId)));
        expect(response.status).toBe(200);
        expect(((await response.json()) as { encounterId: string }).encounterId).toBe(encounterId);
      },
    );
  });
});
