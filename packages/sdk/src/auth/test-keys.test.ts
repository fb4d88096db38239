import { describe, expect, it } from 'vitest';
import { deriveTestKeys, SIGNATURE_ALGORITHMS } from '@zhongyuan/sdk/auth';

const CITY_REGIONS = [
  '410100', '410200', '410300', '410400', '410500', '410600', '410700', '410800', '410900', '411000',
  '411100', '411200', '411300', '411400', '411500', '411600', '411700', '419001', '130400', '130500',
  '140400', '140500', '340600', '341200', '341300', '341600', '370900', '371500', '371600', '371700',
];

describe('deriveTestKeys (TEST-ONLY)', () => {
  it.each(SIGNATURE_ALGORITHMS)('is deterministic and distinct for the 30 cities (%s)', async (alg) => {
    const kids = new Set<string>();
    for (const region of CITY_REGIONS) {
      const id = `ZY-TEST/GOV/11${region}MB000000X0/${region}/settlement`;
      const a = await deriveTestKeys('zhongyuan-mock', id, alg);
      const b = await deriveTestKeys('zhongyuan-mock', id, alg);
      expect(b.publicJwk).toEqual(a.publicJwk);
      expect(b.privateJwk).toEqual(a.privateJwk);
      kids.add(a.kid);
      const sig = await a.signer.sign(new Uint8Array([1, 2, 3]));
      expect(sig.length).toBe(64);
    }
    expect(kids.size).toBe(30);
  });

  it('changes with the seed', async () => {
    const id = 'ZY-TEST/GOV/11410100MB000000X0/410100/settlement';
    expect((await deriveTestKeys('a', id, 'ES256')).kid).not.toBe((await deriveTestKeys('b', id, 'ES256')).kid);
  });
});
