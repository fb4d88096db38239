// The mock core's own copy of the common problem registry (for answers outside any exchange: unknown route,
// oversize body, invalid token …) is written by hand; it must say exactly what specs/common/problem-types.yaml
// says, and agree with every exchange's generated registry.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { problemTypes as medicalSettlement } from '@zhongyuan/sdk/medical-settlement';
import { problemTypes as pensionTransfer } from '@zhongyuan/sdk/pension-transfer';
import { commonProblems } from '../../packages/mock-server/src/core/common-problems.js';
import { problemTypes as fixture } from '../fixtures/exchange/generated/problems.gen.js';

interface Entry {
  readonly type: string;
  readonly code: string;
  readonly title: string;
  readonly titleZh: string;
  readonly status: number;
  readonly retryable: boolean;
}

const specFile = fileURLToPath(new URL('../../specs/common/problem-types.yaml', import.meta.url));
const spec = (parse(readFileSync(specFile, 'utf8')) as Entry[]).map(({ type, code, title, titleZh, status, retryable }) => ({
  type,
  code,
  title,
  titleZh,
  status,
  retryable,
}));

describe("the mock core's common problem registry", () => {
  it('holds every common problem type of the spec, as the spec states it', () => {
    expect(Object.values(commonProblems)).toEqual(spec);
    for (const [type, entry] of Object.entries(commonProblems)) expect(entry.type).toBe(type);
  });

  it.each([
    ['medical-settlement', medicalSettlement],
    ['pension-transfer', pensionTransfer],
    ['the fixture exchange', fixture],
  ] as const)("agrees with %s's generated registry", (_name, registry) => {
    for (const [type, entry] of Object.entries(commonProblems)) expect((registry as Record<string, unknown>)[type]).toEqual(entry);
  });
});
