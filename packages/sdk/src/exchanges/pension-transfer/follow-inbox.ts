/**
 * Following an agency's inbox (跟踪待办箱): an async iterator over the events addressed to the calling agency,
 * resuming from a stored position and never yielding an event twice or skipping one.
 */
import type { RequestOptions } from '../../core/client-options.js';
import type { CursorStore, InboxPosition } from './cursor-store.js';
import type { components } from './generated/types.gen.js';

/** An inbox event (待办事件). */
export type InboxEvent = components['schemas']['InboxEvent'];
/** A page of inbox events. */
export type InboxEventPage = components['schemas']['InboxEventPage'];

/** What {@link followInbox} needs of a client: its `listInboxEvents` method (any pension-transfer client has it). */
export interface InboxSource {
  listInboxEvents(
    params?: { cursor?: string; limit?: number },
    options?: RequestOptions,
  ): PromiseLike<InboxEventPage>;
}

/** Options of {@link followInbox}. */
export interface FollowInboxOptions {
  /**
   * Start after this server cursor (a `resumeCursor` of an earlier page) instead of the stored position.
   * @default the store's position, else the start of the inbox
   */
  readonly cursor?: string;
  /** Ends the iteration (quietly) when aborted; also cancels the request or wait in progress. */
  readonly signal?: AbortSignal;
  /**
   * How long to wait before asking again once caught up, in milliseconds.
   * @default 5000
   */
  readonly pollIntervalMs?: number;
  /** Where the position is loaded from and saved to. @default nothing is saved */
  readonly store?: CursorStore;
  /**
   * Events per request (1-200).
   * @default 50
   */
  readonly limit?: number;
  /**
   * End the iteration when the inbox has no newer events instead of polling.
   * @default false
   */
  readonly untilCaughtUp?: boolean;
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted === true) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Follow the calling agency's inbox: yields every event addressed to it, oldest first, then waits for new ones
 * (or ends, with `untilCaughtUp`). An event counts as handled once the loop body is done with it — when the
 * next event is asked for or the loop is left (`break`, `return`, or an exception escaping the body); the
 * position after it is then saved to `store`. A new follower on the same store therefore starts exactly after
 * the last handled event: no event is yielded twice and none is skipped. Events are also de-duplicated by
 * `sequence` within a run. Errors of the exchange (e.g. 410 `INBOX_CURSOR_EXPIRED`: resynchronise with
 * `listTransferCases`, then follow from the start) are thrown.
 *
 * @example
 * const store = new MemoryCursorStore();
 * for await (const event of followInbox(client, { store, signal })) {
 *   if (event.type === 'contactLetterReceived') await answerLetter(event.contactLetterNo);
 * }
 */
export async function* followInbox(source: InboxSource, options: FollowInboxOptions = {}): AsyncGenerator<InboxEvent, void, undefined> {
  const { signal, store } = options;
  const aborted = (): boolean => signal?.aborted === true;
  const pollIntervalMs = options.pollIntervalMs ?? 5000;
  const limit = options.limit ?? 50;
  const stored = options.cursor === undefined ? await store?.load() : undefined;
  let position: InboxPosition = options.cursor !== undefined ? { cursor: options.cursor, afterSequence: 0 } : (stored ?? { cursor: undefined, afterSequence: 0 });
  let pending: InboxPosition | undefined;
  const commit = async (): Promise<void> => {
    if (pending === undefined) return;
    position = pending;
    pending = undefined;
    await store?.save(position);
  };
  try {
    while (!aborted()) {
      let page: InboxEventPage;
      try {
        page = await source.listInboxEvents(
          { ...(position.cursor !== undefined ? { cursor: position.cursor } : {}), limit },
          signal !== undefined ? { signal } : undefined,
        );
      } catch (error) {
        if (aborted()) return;
        throw error;
      }
      for (const event of page.items) {
        if (event.sequence <= position.afterSequence) continue;
        pending = { cursor: position.cursor, afterSequence: event.sequence };
        yield event;
        await commit();
        if (aborted()) return;
      }
      const last = page.items.at(-1)?.sequence ?? position.afterSequence;
      // The page is done: continue from its resume cursor; the sequence guards against a server answering
      // events again.
      pending = { cursor: page.resumeCursor, afterSequence: Math.max(position.afterSequence, last) };
      await commit();
      if (page.nextCursor === null) {
        if (options.untilCaughtUp === true) return;
        await wait(pollIntervalMs, signal);
      }
    }
  } finally {
    await commit();
  }
}
