/**
 * Control routes of the standalone mock, under `/__mock/`, plus `/healthz`:
 *
 * | route | effect |
 * | --- | --- |
 * | `GET /healthz` | `{ "status": "ok", "specVersions": { "<exchange>": "<version>" } }` |
 * | `GET /__mock/versions` | `{ "exchanges": [{ "name", "basePath", "specVersion" }] }`: the spec versions served |
 * | `POST /__mock/reset` | back to the initial state (store, idempotency, scenarios, clock) |
 * | `GET /__mock/scenario` | names of the active scenarios |
 * | `PUT /__mock/scenario` `{"name": "…"}` / `{"name": null}` | activate a registered scenario / none |
 * | `GET /__mock/clock` | `{ "now": … }` |
 * | `POST /__mock/clock/advance` `{"ms": n}` | move the virtual clock forward |
 * | `GET /__mock/state` | state dump of every exchange |
 * | `GET /__mock/requests` | recent request log (no bodies, no query values, no tokens) |
 */
import { readStrictJson } from './strict-json.js';

/** What the control routes act on. */
export interface ControlTarget {
  reset(): void;
  activeScenarioNames(): string[];
  useByName(name: string | null): boolean;
  clockNow(): number;
  advance(ms: number): number;
  dump(): unknown;
  requests(): unknown;
  versions(): readonly ServedExchange[];
}

/** An exchange the mock serves and the spec version its operation table was generated from. */
export interface ServedExchange {
  readonly name: string;
  readonly basePath: string;
  /** `null` when the exchange was defined without a `specVersion`. */
  readonly specVersion: string | null;
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });

const bad = (detail: string): Response =>
  new Response(JSON.stringify({ title: 'Bad control request', status: 400, detail }), {
    status: 400,
    headers: { 'content-type': 'application/problem+json' },
  });

/** Whether `pathname` is a control route. */
export function isControlPath(pathname: string): boolean {
  return pathname === '/healthz' || pathname.startsWith('/__mock/');
}

/** Serve a control request. */
export async function serveControl(request: Request, target: ControlTarget): Promise<Response> {
  const { pathname } = new URL(request.url);
  const route = `${request.method} ${pathname}`;
  const readJson = async (): Promise<Record<string, unknown> | undefined> => {
    const text = await request.text();
    if (text.length > 4096) return undefined;
    const r = readStrictJson(text, 4);
    return r.ok && typeof r.value === 'object' && r.value !== null && !Array.isArray(r.value) ? (r.value as Record<string, unknown>) : undefined;
  };
  switch (route) {
    case 'GET /healthz':
      return json(200, {
        status: 'ok',
        specVersions: Object.fromEntries(target.versions().map((x) => [x.name, x.specVersion])),
      });
    case 'GET /__mock/versions':
      return json(200, { exchanges: target.versions() });
    case 'POST /__mock/reset':
      target.reset();
      return new Response(null, { status: 204 });
    case 'GET /__mock/scenario':
      return json(200, { active: target.activeScenarioNames() });
    case 'PUT /__mock/scenario':
    case 'POST /__mock/scenario': {
      const body = await readJson();
      const name = body?.['name'];
      if (!(typeof name === 'string' || name === null)) return bad('send {"name": "<scenario>"} or {"name": null}');
      if (!target.useByName(name)) return json(404, { title: 'Unknown scenario', status: 404 });
      return json(200, { active: target.activeScenarioNames() });
    }
    case 'GET /__mock/clock':
      return json(200, { now: new Date(target.clockNow()).toISOString() });
    case 'POST /__mock/clock/advance': {
      const body = await readJson();
      const ms = body?.['ms'];
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return bad('send {"ms": <non-negative number>}');
      return json(200, { now: new Date(target.advance(ms)).toISOString() });
    }
    case 'GET /__mock/state':
      return json(200, target.dump());
    case 'GET /__mock/requests':
      return json(200, { requests: target.requests() });
    default:
      return json(404, { title: 'Unknown control route', status: 404 });
  }
}
