import { describe, expect, it } from 'vitest';
import { MemoryCursorStore } from './cursor-store.js';
import { followInbox, type InboxEvent, type InboxEventPage, type InboxSource } from './follow-inbox.js';

function event(sequence: number): InboxEvent {
  return {
    eventId: `evt_01KJRQMB50K8VCAD70PTYA${String(sequence).padStart(4, '0')}`,
    sequence,
    type: 'contactLetterReceived',
    occurredAt: '2026-03-03T02:15:00Z',
    contactLetterNo: '410300202600001234',
    caseStatus: 'letterIssued',
    fromAgency: { uscc: '12410300MB1R5L0360', regionCode: '410300', name: '洛阳市社会保险中心' },
  };
}

/** An inbox of `events` served in pages of `limit`; cursors are `c<sequence>`. Records the cursors asked for. */
function fakeInbox(events: InboxEvent[]): InboxSource & { asked: Array<string | undefined> } {
  const asked: Array<string | undefined> = [];
  return {
    asked,
    listInboxEvents(params = {}) {
      asked.push(params.cursor);
      const after = params.cursor === undefined ? 0 : Number(params.cursor.slice(1));
      const limit = params.limit ?? 50;
      const items = events.filter((e) => e.sequence > after).slice(0, limit);
      const last = items.at(-1)?.sequence ?? after;
      const page: InboxEventPage = { items, nextCursor: events.some((e) => e.sequence > last) ? `c${last}` : null, resumeCursor: `c${last}` };
      return Promise.resolve(page);
    },
  };
}

describe('followInbox', () => {
  it('resumes after the last handled event, also in the middle of a page, across restarts', async () => {
    const events = Array.from({ length: 10 }, (_, i) => event(i + 1));
    const inbox = fakeInbox(events);
    const store = new MemoryCursorStore();
    const seen: number[] = [];
    for (const stopAfter of [2, 1, 4, 100]) {
      let n = 0;
      for await (const e of followInbox(inbox, { store, limit: 3, untilCaughtUp: true })) {
        seen.push(e.sequence);
        if (++n === stopAfter) break;
      }
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(store.load()).toEqual({ cursor: 'c10', afterSequence: 10 });
  });

  it('never yields an event twice when the server answers it again', async () => {
    const events = [event(1), event(2), event(3)];
    const source: InboxSource = {
      listInboxEvents: (params = {}) =>
        Promise.resolve(
          params.cursor === undefined
            ? { items: events.slice(0, 2), nextCursor: 'c2', resumeCursor: 'c2' }
            : { items: events, nextCursor: null, resumeCursor: 'c3' }, // answers 1 and 2 again
        ),
    };
    const seen: number[] = [];
    for await (const e of followInbox(source, { untilCaughtUp: true, limit: 2 })) seen.push(e.sequence);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('polls when caught up and ends quietly when the signal aborts', async () => {
    const events = [event(1)];
    const inbox = fakeInbox(events);
    const controller = new AbortController();
    const seen: number[] = [];
    for await (const e of followInbox(inbox, { signal: controller.signal, pollIntervalMs: 1 })) {
      seen.push(e.sequence);
      if (e.sequence === 1) events.push(event(2));
      if (e.sequence === 2) controller.abort();
    }
    expect(seen).toEqual([1, 2]);
  });

  it('starts from an explicit cursor instead of the store', async () => {
    const inbox = fakeInbox([event(1), event(2), event(3)]);
    const seen: number[] = [];
    for await (const e of followInbox(inbox, { cursor: 'c1', untilCaughtUp: true, store: new MemoryCursorStore({ cursor: undefined, afterSequence: 0 }) })) seen.push(e.sequence);
    expect(seen).toEqual([2, 3]);
    expect(inbox.asked[0]).toBe('c1');
  });
});
