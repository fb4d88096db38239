// Lives in the mock-server package because `msw` is its dependency (the tests package does not depend on msw).
// MSW for applications: a city's own test suite installs the mock with `setupServer(...mock.handlers)` and its
// unchanged application code (here the SDK on the global fetch) talks to the stateful mock.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isApiError, isConnectionError } from '@zhongyuan/sdk';
import { defineScenario } from '@zhongyuan/mock-server';
import { ledgerClient, ledgerMock, NEW_ENTRY } from '../../../tests/mock/support/ledger.js';

const mock = ledgerMock({ auth: false });
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

// The application's client, with no injected fetch: requests go through the global fetch MSW intercepts.
const app = () => ledgerClient({ fetch: undefined });

describe('setupServer(...mock.handlers)', () => {
  it('serves the stateful mock to application code', async () => {
    const created = await app().createEntry({ body: NEW_ENTRY });
    await app().confirmEntry({ entryId: created.entryId });
    expect((await app().getEntry({ entryId: created.entryId })).status).toBe('confirmed');
    expect(mock.state('fixture').entries.get(created.entryId)?.status).toBe('confirmed');
  });

  it('keeps the mock’s rules: a second confirm is a 409 with allowed actions', async () => {
    const created = await app().createEntry({ body: NEW_ENTRY });
    await app().confirmEntry({ entryId: created.entryId });
    const error = await app().confirmEntry({ entryId: created.entryId }).catch((e: unknown) => e);
    expect(isApiError(error) && error.problem).toMatchObject({ code: 'ILLEGAL_TRANSITION', allowedActions: ['cancel'] });
  });

  it('applies scenarios, including connection resets as network errors', async () => {
    mock.use(defineScenario({ name: 'down', faults: { getEntry: [{ kind: 'reset' }] } }));
    const error = await app().getEntry({ entryId: 'ent_SEED0000000000000000000000' }).catch((e: unknown) => e);
    expect(isConnectionError(error)).toBe(true);
  });

  it('combines with the application’s own one-off handlers', async () => {
    const { http, HttpResponse } = await import('msw');
    server.use(http.get('*/ledger-fixture/v1/entries/:entryId', () => HttpResponse.json({ title: 'x' }, { status: 418 }), { once: true }));
    const error = await app().getEntry({ entryId: 'ent_SEED0000000000000000000000' }).catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(418);
    await expect(app().getEntry({ entryId: 'ent_SEED0000000000000000000000' })).resolves.toMatchObject({ status: 'pending' });
  });

  it('lets a scenario carry its own MSW handlers, in setupServer and in mock.fetch', async () => {
    const { http, HttpResponse } = await import('msw');
    const teapot = defineScenario({
      name: 'teapot',
      handlers: [http.get('*/ledger-fixture/v1/entries', () => HttpResponse.json({ items: [], nextCursor: null }))],
    });
    mock.use(teapot);
    server.use(...teapot.handlers);
    expect((await app().listEntries()).items).toEqual([]);
    const direct = await mock.fetch('https://exchange.zhongyuan.test/ledger-fixture/v1/entries');
    expect(await direct.json()).toEqual({ items: [], nextCursor: null });
  });
});
