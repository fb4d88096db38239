/**
 * Cursor pagination for list operations (table entries with `pagination`): the method's result is awaitable for
 * the first page, iterable item by item across pages, and offers a page-by-page view.
 *
 * @module
 */
import { ApiPromise, type WithResponse } from './api-promise.js';

/** One page of a list operation. */
export interface Page<T, Item> extends WithResponse<T> {
  /** The page's items (the body's `itemsField`). */
  readonly items: readonly Item[];
  /** The cursor of the next page, or `undefined` on the last page. */
  readonly nextCursor: string | undefined;
}

/** Fetches the page after `cursor` (the first page when `cursor` is `undefined`). */
export type PageFetcher<T> = (cursor: string | undefined) => Promise<WithResponse<T>>;

/** Reads items and the next cursor out of a page body. */
export interface PageReader<Item> {
  items(body: unknown): readonly Item[];
  nextCursor(body: unknown): string | undefined;
}

/**
 * The result of a list operation.
 *
 * @example
 * ```ts
 * const first = await client.listSettlements({ limit: 50 });            // the first page's body
 * for await (const settlement of client.listSettlements()) use(settlement); // every item of every page
 * for await (const page of client.listSettlements().pages()) log(page.response.requestId, page.items.length);
 * ```
 */
export class PagePromise<T, Item> extends ApiPromise<T> implements AsyncIterable<Item> {
  readonly #fetchPage: PageFetcher<T>;
  readonly #reader: PageReader<Item>;

  /** Usually constructed by the client. */
  constructor(first: Promise<WithResponse<T>>, fetchPage: PageFetcher<T>, reader: PageReader<Item>) {
    super(first);
    this.#fetchPage = fetchPage;
    this.#reader = reader;
  }

  /** Every page, starting with the first, each with its items, cursor and response metadata. */
  async *pages(): AsyncGenerator<Page<T, Item>, void, undefined> {
    let result = await this.withResponse();
    const seen = new Set<string>();
    for (;;) {
      const nextCursor = this.#reader.nextCursor(result.data);
      yield { ...result, items: this.#reader.items(result.data), nextCursor };
      // A repeated cursor would loop forever; stop instead.
      if (nextCursor === undefined || seen.has(nextCursor)) return;
      seen.add(nextCursor);
      result = await this.#fetchPage(nextCursor);
    }
  }

  /** Every item of every page, fetching pages as needed. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }
}
