import { describe, expect, it } from 'vitest';
import { deriveTestKeys } from '@zhongyuan/sdk/auth';

describe('test keys belong to the test instance only', () => {
  it('refuses to derive a key for a production identity', async () => {
    await expect(deriveTestKeys('seed', 'ZY/GOV/11410000005184441Q/410000/settlement', 'ES256')).rejects.toThrow(/ZY-TEST/);
  });

  it('derives the same key twice for a test identity', async () => {
    const a = await deriveTestKeys('seed', 'ZY-TEST/GOV/11410000005184441Q/410000/settlement', 'ES256');
    const b = await deriveTestKeys('seed', 'ZY-TEST/GOV/11410000005184441Q/410000/settlement', 'ES256');
    expect(a.publicJwk).toEqual(b.publicJwk);
  });
});
