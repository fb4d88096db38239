import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SpecError, buildModel, bundleSpec, compareOutput, dereference, generateTarget, writeOutput } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const goldenDir = join(here, 'golden');
const target = {
  exchange: 'golden',
  spec: 'packages/codegen/test/fixtures/golden/openapi.yaml',
  outDir: 'packages/codegen/test/golden',
  sdkImport: '@zhongyuan/sdk',
  validatorsImport: '@zhongyuan/sdk/validators',
};

async function specError(spec: string): Promise<SpecError> {
  try {
    await generateTarget({ ...target, spec }, repoRoot);
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error(`expected ${spec} to be refused`);
}

describe('generate', () => {
  it('emits exactly the golden files for the fixture spec', async () => {
    const files = await generateTarget(target, repoRoot);
    if (process.env['UPDATE_GOLDEN'] === '1') writeOutput(goldenDir, files);
    expect([...files.keys()].sort()).toEqual(readdirSync(goldenDir).sort());
    for (const [name, content] of files) {
      expect(content, name).toBe(readFileSync(join(goldenDir, name), 'utf8'));
    }
  });

  it('is deterministic: two runs produce identical output', async () => {
    const a = await generateTarget(target, repoRoot);
    const b = await generateTarget(target, repoRoot);
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it('marks every generated file as generated and names its spec and version', async () => {
    const files = await generateTarget(target, repoRoot);
    for (const [name, content] of files) {
      if (name.endsWith('.ts')) {
        expect(content.startsWith(`// Generated from ${target.spec} (version 1.2.3)`), name).toBe(true);
        expect(content).toContain('Do not edit');
      }
    }
  });

  it('leaves runtime-managed headers out of the method parameters but keeps the others', async () => {
    const table = (await generateTarget(target, repoRoot)).get('operations.gen.ts') ?? '';
    expect(table).not.toMatch(/name: "Idempotency-Key"/);
    expect(table).toMatch(/name: "X-Priority", in: "header"/);
  });

  it('lists per response the headers the spec marks required, lower-cased and through $refs, and no optional ones', () => {
    const { document, file } = bundleSpec(join(repoRoot, target.spec), repoRoot);
    const model = buildModel(document, file, target.exchange);
    const requiredHeaders = (operationId: string) =>
      Object.fromEntries((model.operations.find((o) => o.operationId === operationId)?.responses ?? []).map((r) => [r.status, r.requiredHeaders]));
    // Location inline, X-Request-Id from another file, Idempotent-Replayed optional.
    expect(requiredHeaders('createParcel')).toEqual({ '201': ['location', 'x-request-id'], '404': [] });
    // The 429 is a components/responses $ref whose Retry-After is a components/headers $ref.
    expect(requiredHeaders('listParcels')).toEqual({ '200': ['x-request-id'], '429': ['retry-after', 'x-request-id'] });
    expect(requiredHeaders('deleteParcel')).toEqual({ '204': [] });
  });
});

describe('generated zod schemas', () => {
  it('accept RFC 3339 date-times in UTC and with an offset such as Beijing time, and nothing else', async () => {
    const { zParcel } = await import('./golden/zod.gen.js');
    const parcel = { parcelId: 'p1', status: 'sent', recipientId: '410105198001011239', postage: 100 };
    expect(zParcel.safeParse({ ...parcel, sentAt: '2026-11-29T08:00:00Z' }).success).toBe(true);
    expect(zParcel.safeParse({ ...parcel, sentAt: '2026-11-29T16:00:00+08:00' }).success).toBe(true);
    expect(zParcel.safeParse({ ...parcel, sentAt: '2026-11-29T16:00:00' }).success).toBe(false);
    expect(zParcel.safeParse({ ...parcel, sentAt: '2026-11-29' }).success).toBe(false);
  });

  it('refuse fractional and out-of-range fen', async () => {
    const { zFen } = await import('./golden/zod.gen.js');
    expect(zFen.safeParse(1).success).toBe(true);
    expect(zFen.safeParse(1.5).success).toBe(false);
    expect(zFen.safeParse(-1).success).toBe(false);
    expect(zFen.safeParse(Number.MAX_SAFE_INTEGER + 1).success).toBe(false);
  });
});

describe('check mode', () => {
  it('reports a changed, a missing and a stray file', async () => {
    const files = await generateTarget(target, repoRoot);
    const dir = mkdtempSync(join(tmpdir(), 'zy-golden-'));
    writeOutput(dir, files);
    expect(compareOutput(dir, files)).toEqual({ changed: [], missing: [], extra: [] });
    writeFileSync(join(dir, 'types.gen.ts'), '// edited by hand\n');
    writeFileSync(join(dir, 'stray.gen.ts'), '');
    const fewer = new Map(files);
    fewer.set('new.gen.ts', '');
    expect(compareOutput(dir, fewer)).toEqual({ changed: ['types.gen.ts'], missing: ['new.gen.ts'], extra: ['stray.gen.ts'] });
  });
});

describe('bad specs get an error naming the file and the JSON pointer', () => {
  it('a $ref to a schema that does not exist', async () => {
    const error = await specError('packages/codegen/test/fixtures/broken/missing-ref.yaml');
    expect(error.file).toBe('packages/codegen/test/fixtures/broken/missing-ref.yaml');
    expect(error.pointer).toBe('/paths/~1things/get/responses/200/content/application~1json/schema');
    expect(error.message).toContain('NoSuchSchema');
    expect(error.message).toContain('packages/codegen/test/fixtures/shared/common.yaml');
  });

  it('a $ref to a file that does not exist', async () => {
    const error = await specError('packages/codegen/test/fixtures/broken/missing-file.yaml');
    expect(error.pointer).toBe('/paths/~1things/post/requestBody/content/application~1json/schema');
    expect(error.reason).toContain('nowhere.yaml cannot be read');
  });

  it('an operation without operationId', async () => {
    const error = await specError('packages/codegen/test/fixtures/broken/missing-operation-id.yaml');
    expect(error.pointer).toBe('/paths/~1things~1{thingId}/delete');
    expect(error.reason).toMatch(/DELETE \/things\/\{thingId\} has no operationId/);
  });

  it('a problem code that is not registered', async () => {
    const error = await specError('packages/codegen/test/fixtures/broken/unknown-problem.yaml');
    expect(error.pointer).toBe('/paths/~1things/get/x-problem-types/0');
  });

  it('a duplicate key in the YAML', async () => {
    const error = await specError('packages/codegen/test/fixtures/broken/duplicate-key.yaml');
    expect(error.reason).toMatch(/invalid YAML at line 3/);
  });
});

describe('bundle and dereference', () => {
  it('hoists schemas from other files under their own names and keeps sibling annotations', () => {
    const { document } = bundleSpec(join(repoRoot, target.spec), repoRoot);
    const schemas = (document['components'] as { schemas: Record<string, unknown> }).schemas;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['Fen', 'CitizenId', 'Problem', 'Parcel']));
    const postage = (schemas['NewParcel'] as { properties: Record<string, unknown> }).properties['postage'];
    expect(postage).toEqual({ $ref: '#/components/schemas/Fen', 'x-source-field': 'yjje', 'x-source-unit': 'YUAN' });
  });

  it('flattens the problem registry list of lists', () => {
    const { document } = bundleSpec(join(repoRoot, target.spec), repoRoot);
    expect((document['x-problem-registry'] as { code: string }[]).map((p) => p.code)).toEqual(['NOT_FOUND', 'PARCEL_LOST']);
  });

  it('dereferences into a document without any $ref', () => {
    const { document, file } = bundleSpec(join(repoRoot, target.spec), repoRoot);
    const text = JSON.stringify(dereference(document, file));
    expect(text).not.toContain('$ref');
    expect(text).toContain('"x-source-unit":"YUAN"');
  });
});
