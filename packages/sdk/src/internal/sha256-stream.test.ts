import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sha256 } from './sha256-stream.js';

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('incremental SHA-256', () => {
  it('agrees with WebCrypto for any split of the input', async () => {
    for (const size of [0, 1, 55, 56, 63, 64, 65, 127, 128, 1000, 4099]) {
      const data = Uint8Array.from({ length: size }, (_, i) => (i * 31 + 7) & 0xff);
      const expected = hex(new Uint8Array(await crypto.subtle.digest('SHA-256', data)));
      for (const piece of [1, 3, 64, 100, size + 1]) {
        const h = new Sha256();
        for (let i = 0; i < size; i += piece) h.update(data.subarray(i, i + piece));
        expect(hex(h.digest()), `size ${size} piece ${piece}`).toBe(expected);
      }
    }
  });

  it('agrees with node:crypto for any bytes fed in any pieces (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.array(fc.nat(700), { maxLength: 6 }), (data, cuts) => {
        const h = new Sha256();
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          const end = Math.min(cut, data.length);
          if (end > at) h.update(data.subarray(at, end));
          at = Math.max(at, end);
        }
        h.update(data.subarray(at));
        expect(hex(h.digest())).toBe(createHash('sha256').update(data).digest('hex'));
      }),
    );
  });

  it('instances fed in turns do not disturb each other (they share scratch space)', () => {
    const a = Uint8Array.from({ length: 300 }, (_, i) => i & 0xff);
    const b = Uint8Array.from({ length: 300 }, (_, i) => (i * 7 + 1) & 0xff);
    const ha = new Sha256();
    const hb = new Sha256();
    for (let i = 0; i < 300; i += 50) {
      ha.update(a.subarray(i, i + 50));
      hb.update(b.subarray(i, i + 50));
    }
    const first = hex(ha.digest());
    expect(hex(hb.digest())).toBe(createHash('sha256').update(b).digest('hex'));
    expect(first).toBe(createHash('sha256').update(a).digest('hex'));
  });
});
