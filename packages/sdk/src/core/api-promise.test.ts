import { describe, expect, it } from 'vitest';
import { ApiPromise } from './api-promise.js';
import { PagePromise } from './pagination.js';

const meta = { operationId: 'op', status: 200, headers: new Headers(), requestId: 'r', idempotentReplayed: false, idempotencyKey: undefined, attempts: 1 };

describe('ApiPromise', () => {
  it('resolves to the data and offers the metadata', async () => {
    const promise = new ApiPromise(Promise.resolve({ data: 42, response: meta }));
    expect(await promise).toBe(42);
    expect((await promise.withResponse()).response.requestId).toBe('r');
    expect(Object.prototype.toString.call(promise)).toBe('[object ApiPromise]');
  });
  it('passes the data through a then without callbacks, and rejects when a then callback throws', async () => {
    const promise = new ApiPromise(Promise.resolve({ data: 42, response: meta }));
    expect(await promise.then()).toBe(42);
    expect(await promise.then(null, () => 'unused')).toBe(42);
    await expect(
      promise.then(() => {
        throw new Error('from the callback');
      }),
    ).rejects.toThrow('from the callback');
    expect(await promise.then((n) => n + 1)).toBe(43);
  });
  it('rejects through then, catch and finally', async () => {
    const promise = new ApiPromise<number>(Promise.reject(new Error('boom')));
    await expect(promise).rejects.toThrow('boom');
    expect(await promise.catch(() => 'caught')).toBe('caught');
  });
});

describe('PagePromise', () => {
  it('walks pages until the cursor runs out', async () => {
    type Body = { items: number[]; next?: string };
    const bodies: Record<string, Body> = { a: { items: [3], next: 'b' }, b: { items: [4] } };
    const first = Promise.resolve({ data: { items: [1, 2], next: 'a' } as Body, response: meta });
    const pages = new PagePromise<Body, number>(
      first,
      (cursor) => Promise.resolve({ data: bodies[cursor ?? ''] ?? { items: [] }, response: meta }),
      { items: (b) => (b as Body).items, nextCursor: (b) => (b as Body).next },
    );
    const items: number[] = [];
    for await (const item of pages) items.push(item);
    expect(items).toEqual([1, 2, 3, 4]);
  });
});
