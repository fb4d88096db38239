/**
 * Where a follower of the agency inbox (待办箱) keeps its place between runs.
 */

/**
 * A position in an agency's inbox: the server cursor the current page was read from, and the sequence of the
 * last event the caller finished with. Resuming re-reads that page and skips events up to `afterSequence`, so
 * nothing is delivered twice and nothing is skipped, even when a run stops in the middle of a page.
 */
export interface InboxPosition {
  /** The `cursor` the page was requested with (`undefined`: the inbox's start). */
  readonly cursor: string | undefined;
  /** The `sequence` of the last event handled (0 before the first). */
  readonly afterSequence: number;
}

/**
 * Durable storage of an {@link InboxPosition} (a database row, a file, a key in Redis …). Implementations must
 * make `save` durable before it resolves.
 */
export interface CursorStore {
  /** The saved position, or `undefined` when nothing was saved yet. */
  load(): Promise<InboxPosition | undefined> | InboxPosition | undefined;
  /** Save `position`, replacing the previous one. */
  save(position: InboxPosition): Promise<void> | void;
}

/**
 * A {@link CursorStore} in memory: survives a restart of the follower (a new `followInbox` call) within the same
 * process — for tests and examples. Production callers keep the position where their own data lives.
 *
 * @example
 * const store = new MemoryCursorStore();
 * for await (const event of followInbox(client, { store, untilCaughtUp: true })) handle(event);
 */
export class MemoryCursorStore implements CursorStore {
  #position: InboxPosition | undefined;

  /** A store holding `initial`, or nothing. */
  constructor(initial?: InboxPosition) {
    this.#position = initial;
  }

  /** The saved position. */
  load(): InboxPosition | undefined {
    return this.#position;
  }

  /** Replace the saved position. */
  save(position: InboxPosition): void {
    this.#position = { ...position };
  }
}
