import { describe, expect, it } from 'vitest';
import { createMessageIdGenerator, parseMessageId } from './message-id.js';
import { schemas } from './index.js';

describe('NHSA message ids', () => {
  it('are the facility code, the Beijing time and a 4-digit sequence, valid against the spec', () => {
    const next = createMessageIdGenerator({ facilityCode: 'H41010500017', now: () => Date.parse('2026-11-02T01:00:00Z') });
    const id = next();
    expect(id).toBe('H41010500017202611020900000001');
    expect(schemas.zMessageId.safeParse(id).success).toBe(true);
    expect(parseMessageId(id)).toMatchObject({ facilityCode: 'H41010500017', sequence: 1 });
  });

  it('never repeat: 10,000 ids in one second move on to the next second, and a restart continues after the last', () => {
    const now = Date.parse('2026-11-02T01:00:00Z');
    const next = createMessageIdGenerator({ facilityCode: 'H41010500017', now: () => now });
    const ids = Array.from({ length: 25_000 }, () => next());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const resumed = createMessageIdGenerator({ facilityCode: 'H41010500017', now: () => now, after: ids.at(-1)! });
    expect(resumed() > ids.at(-1)!).toBe(true);
  });

  it('refuses a malformed facility code', () => {
    expect(() => createMessageIdGenerator({ facilityCode: 'X41010500017' })).toThrow(RangeError);
  });
});
