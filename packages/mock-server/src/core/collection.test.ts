import { describe, expect, it } from 'vitest';
import { collection, journalOf } from './collection.js';

describe('collection', () => {
  it('shows a record only to its owner through find', () => {
    const c = collection<{ n: number }>();
    c.insert('a', 'zz', { n: 1 });
    expect(c.find('a', 'zz')).toEqual({ n: 1 });
    expect(c.find('a', 'kf')).toBeUndefined();
    expect(c.list('kf')).toEqual([]);
  });

  it('stores frozen copies, so a handler cannot change state behind the journal', () => {
    const c = collection<{ n: number }>();
    const input = { n: 1 };
    const stored = c.insert('a', 'zz', input);
    input.n = 2;
    expect(c.get('a')).toEqual({ n: 1 });
    expect(Object.isFrozen(stored)).toBe(true);
  });

  it('rolls back inserts, updates and deletes in reverse order', () => {
    const c = collection<{ n: number }>();
    c.insert('a', 'zz', { n: 1 });
    c.insert('b', 'zz', { n: 1 });
    const j = journalOf(c);
    j.begin();
    c.update('a', (r) => ({ n: r.n + 1 }));
    c.update('a', (r) => ({ n: r.n + 1 }));
    c.delete('b');
    c.insert('c', 'zz', { n: 9 });
    j.rollback();
    expect(c.entries().map(([id, r]) => [id, r.value.n])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    j.begin();
    c.insert('d', 'zz', { n: 4 });
    j.commit();
    j.rollback();
    expect(c.get('d')).toEqual({ n: 4 });
  });
});
