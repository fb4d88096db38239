// Two agencies follow their inboxes while their cases move concurrently; followers restart from a stored
// position at arbitrary points (also in the middle of a page). No event is missed, none is delivered twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followInbox, MemoryCursorStore, type InboxEvent, type PensionTransferClient } from '@zhongyuan/sdk/pension-transfer';
import { applicationBody, bodies, createWorld, DAY, eligible, formContent, type World } from './support/world.js';

/** One case's whole life between `oldCity` and `newCity`, with a returned remittance and a mismatch. */
async function lifeOfCase(world: World, oldCity: string, newCity: string, workerIndex: number, contactLetterNo: string): Promise<void> {
  const worker = eligible(world, oldCity)[workerIndex]!;
  const form = formContent(worker);
  const b = bodies(worker, form);
  const no = { contactLetterNo };
  const steps: Array<[string, string, Record<string, unknown>]> = [
    [newCity, 'createTransferCase', { body: applicationBody(world, worker, oldCity, contactLetterNo) }],
    [newCity, 'issueContactLetter', { ...no, body: b.issueContactLetter() }],
    [oldCity, 'rejectContactLetter', { ...no, body: b.rejectContactLetter() }],
    [newCity, 'amendTransferApplication', { ...no, body: b.amendTransferApplication() }],
    [newCity, 'issueContactLetter', { ...no, body: b.issueContactLetter() }],
    [oldCity, 'issueInformationForm', { ...no, body: b.issueInformationForm() }],
    [oldCity, 'recordFundPayment', { ...no, body: b.recordFundPayment() }],
    [oldCity, 'recordReturnedRemittance', { ...no, body: b.recordReturnedRemittance() }],
    [oldCity, 'resendFundTransfer', { ...no, body: b.resendFundTransfer() }],
    [newCity, 'recordFundArrival', { ...no, body: b.recordFundArrival(form.totalTransferFen - 700) }],
    [newCity, 'resolveAmountMismatch', { ...no, body: b.resolveAmountMismatch(700) }],
    [newCity, 'completeContinuation', { ...no, body: b.completeContinuation() }],
  ];
  for (const [city, op, params] of steps) {
    const r = await world.call(city, op as never, params);
    expect(r.status, `${op}: ${JSON.stringify(r.body)}`).toBe(200);
    await Promise.resolve();
  }
}

/**
 * Follow `client`'s inbox until `finished()` and caught up, restarting the follower (a new `followInbox` on
 * the same store) after each count in `restarts`.
 */
async function follow(client: PensionTransferClient, restarts: readonly number[], finished: () => boolean): Promise<InboxEvent[]> {
  const store = new MemoryCursorStore();
  const seen: InboxEvent[] = [];
  let run = 0;
  for (;;) {
    const stopAfter = restarts[run++ % Math.max(1, restarts.length)] ?? Number.POSITIVE_INFINITY;
    const done = finished();
    let n = 0;
    for await (const event of followInbox(client, { store, limit: 3, untilCaughtUp: true })) {
      seen.push(event);
      if (++n >= stopAfter) break; // the follower "crashes" after handling this event
    }
    if (done && n < stopAfter) return seen;
    // Caught up while the cases still move: poll again a little later.
    await new Promise((resolve) => setTimeout(resolve, n < stopAfter ? 5 : 0));
  }
}

async function scenario(restartsA: readonly number[], restartsB: readonly number[]): Promise<void> {
  const world = createWorld();
  const handan = await world.client('邯郸');
  const luoyang = await world.client('洛阳');
  let finished = false;
  const followers = Promise.all([follow(handan, restartsA, () => finished), follow(luoyang, restartsB, () => finished)]);
  await Promise.all([
    lifeOfCase(world, '邯郸', '洛阳', 0, '410300202600003001'),
    lifeOfCase(world, '洛阳', '邯郸', 0, '130400202600003002'),
    lifeOfCase(world, '邯郸', '洛阳', 1, '410300202600003003'),
    lifeOfCase(world, '郑州', '邯郸', 0, '130400202600003004'),
  ]);
  // A case left waiting: its overdue hop raises events for both parties, too.
  const waiting = await world.call('邯郸', 'createTransferCase', { body: applicationBody(world, eligible(world, '洛阳')[1]!, '洛阳', '130400202600003005') });
  expect(waiting.status).toBe(200);
  world.mock.clock.advance(40 * DAY);
  finished = true;
  const [seenHandan, seenLuoyang] = await followers;
  for (const [city, seen] of [['邯郸', seenHandan], ['洛阳', seenLuoyang]] as const) {
    const stored = world.mock.state('pension-transfer').events.list(world.agency(city).id);
    expect(stored.length).toBeGreaterThan(10);
    expect(seen.map((e) => e.eventId)).toEqual(stored.map((e) => e.eventId));
    expect(seen.map((e) => e.sequence)).toEqual(stored.map((_, i) => i + 1));
    expect(new Set(seen.map((e) => e.eventId)).size).toBe(seen.length);
  }
  expect(seenHandan.some((e) => e.type === 'hopOverdue')).toBe(true);
  expect(seenLuoyang.some((e) => e.type === 'hopOverdue')).toBe(true);
}

describe('agency inbox', () => {
  it('two agencies following concurrently, restarting from stored positions, see every event exactly once', async () => {
    await scenario([2, 1, 5], [1, 3]);
  });

  it('holds for arbitrary restart points (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 5 }), fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 5 }), async (a, b) => {
        await scenario(a, b);
      }),
      { numRuns: 5 },
    );
  });

  it('a cursor of another agency is refused; an expired cursor answers 410 INBOX_CURSOR_EXPIRED', async () => {
    const world = createWorld();
    const handan = await world.client('邯郸');
    const luoyang = await world.client('洛阳');
    const worker = eligible(world, '邯郸')[0]!;
    await world.call('洛阳', 'createTransferCase', { body: applicationBody(world, worker, '邯郸', '410300202600003010') });
    await world.call('洛阳', 'issueContactLetter', { contactLetterNo: '410300202600003010', body: bodies(worker).issueContactLetter() });
    const page = await handan.listInboxEvents();
    expect(page.items.map((e) => e.type)).toEqual(['contactLetterReceived']);
    const caughtUp = await handan.listInboxEvents({ cursor: page.resumeCursor });
    expect([caughtUp.items.length, caughtUp.nextCursor, caughtUp.resumeCursor]).toEqual([0, null, page.resumeCursor]);
    const foreign = await world.call('洛阳', 'listInboxEvents', { cursor: page.resumeCursor });
    expect([foreign.status, foreign.body['code']]).toEqual([400, 'VALIDATION_FAILED']);
    world.mock.clock.advance(200 * DAY); // past the 90-day retention: both of Handan's events are gone
    const expired = await world.call('邯郸', 'listInboxEvents', { cursor: page.resumeCursor });
    expect([expired.status, expired.body['code']]).toEqual([410, 'INBOX_CURSOR_EXPIRED']);
    let thrown: unknown;
    try {
      for await (const event of followInbox(handan, { cursor: page.resumeCursor, untilCaughtUp: true })) void event;
    } catch (error) {
      thrown = error;
    }
    expect(handan.isError(thrown) && thrown.code).toBe('INBOX_CURSOR_EXPIRED');
    const fresh = await handan.listInboxEvents();
    expect([fresh.items.length, fresh.nextCursor]).toEqual([0, null]);
    const onwards = await luoyang.listInboxEvents({ cursor: fresh.resumeCursor }).then(
      () => 'accepted',
      (error: unknown) => (luoyang.isError(error) ? error.code : 'other'),
    );
    expect(onwards).toBe('VALIDATION_FAILED');
  });
});
