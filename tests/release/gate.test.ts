// The release gate against a released spec: the bump a change needs is the spec's semantics, not what the
// author typed.
import { afterEach, describe, expect, it } from 'vitest';
import { runReleaseCheck } from '../../scripts/release/release-check.js';
import { releasedRepo, schemas, type Doc, type GateRepo } from './support.js';

let repo: GateRepo | undefined;
afterEach(() => repo?.remove());

const SPECS = '@zhongyuan/specs';
const SDK = '@zhongyuan/sdk';
const check = (r: GateRepo) => runReleaseCheck({ root: r.root, contracts: false });

const addOptionalResponseField = (doc: Doc): void => {
  schemas(doc)['Settlement']!.properties['settledAt'] = { type: 'string', format: 'date-time' };
};
const removeResponseField = (doc: Doc): void => {
  const s = schemas(doc)['Settlement']!;
  delete s.properties['amountFen'];
  s.required = s.required.filter((f) => f !== 'amountFen');
};
const addRequiredRequestField = (doc: Doc): void => {
  const s = schemas(doc)['SettlementRequest']!;
  s.properties['insuranceRegion'] = { type: 'string', pattern: '^\\d{6}$' };
  s.required.push('insuranceRegion');
};

describe('release:check from a released spec', () => {
  it('passes with no change and no changeset', () => {
    repo = releasedRepo();
    const result = check(repo);
    expect(result.report).toContain('✓ release:check passed');
    expect(result.ok).toBe(true);
  });

  it('(a) passes an optional response field with a minor changeset, classified non-breaking', () => {
    repo = releasedRepo();
    repo.editSpec(addOptionalResponseField);
    repo.changeset('settled-at', { [SPECS]: 'minor' });
    const result = check(repo);
    expect(result.ok, result.report).toBe(true);
    const changes = result.diffs[0]?.changes ?? [];
    expect(changes.map((c) => [c.kind, c.operationId, c.field])).toEqual([
      ['non-breaking', 'createSettlement', 'settledAt'],
      ['non-breaking', 'getSettlement', 'settledAt'],
    ]);
    expect(changes[0]?.pointer).toBe('/paths/~1settlements/post/responses/201/content/application~1json/schema/properties/settledAt');
  });

  it('(a) fails a non-breaking change with no changeset at all, naming it and the bump', () => {
    repo = releasedRepo();
    repo.editSpec(addOptionalResponseField);
    const result = check(repo);
    expect(result.ok).toBe(false);
    expect(result.gate.findings.map((f) => [f.packageName, f.needed, f.found])).toEqual([[SPECS, 'minor', 'none']]);
    expect(result.report).toContain('✗ @zhongyuan/specs needs a minor changeset: no changeset releases it');
    expect(result.report).toMatch(/settlement \/paths\/~1settlements\/post\/responses\/201\/.*properties\/settledAt: .*settledAt.* — requires minor/);
  });

  it('(b) fails a removed response field with a minor changeset and names the change', () => {
    repo = releasedRepo();
    repo.editSpec(removeResponseField);
    repo.changeset('drop-amount', { [SPECS]: 'minor', [SDK]: 'minor' });
    const result = check(repo);
    expect(result.ok).toBe(false);
    expect(result.gate.findings.map((f) => [f.packageName, f.needed, f.found])).toEqual([
      [SPECS, 'major', 'minor'],
      [SDK, 'major', 'minor'],
    ]);
    const offending = result.gate.findings[0]?.changes ?? [];
    expect(offending.some((c) => c.operationId === 'getSettlement' && c.field === 'amountFen' && c.action === 'remove')).toBe(true);
    expect(result.report).toContain('/paths/~1settlements~1{settlementId}/get/responses/200/content/application~1json/schema/properties/amountFen');
    expect(result.report).toContain('the changesets give only minor (drop-amount.md)');
    expect(result.report).toMatch(/amountFen.* — requires major/);
  });

  it('(b) fails a new required request field with a minor changeset and names the change', () => {
    repo = releasedRepo();
    repo.editSpec(addRequiredRequestField);
    repo.changeset('region', { [SPECS]: 'minor' });
    const result = check(repo);
    expect(result.ok).toBe(false);
    const offending = result.gate.findings.find((f) => f.packageName === SPECS)?.changes ?? [];
    expect(offending.length).toBeGreaterThan(0);
    expect(offending.every((c) => c.kind === 'breaking' && c.operationId === 'createSettlement' && c.location === 'request')).toBe(true);
    expect(offending.map((c) => c.field)).toContain('insuranceRegion');
    expect(result.report).toContain('/paths/~1settlements/post/requestBody/content/application~1json/schema/');
    expect(result.report).toContain('✗ @zhongyuan/specs needs a major changeset');
  });

  it('(c) passes the same breaking changes with a major changeset for the specs and the SDK', () => {
    repo = releasedRepo();
    repo.editSpec((doc) => {
      removeResponseField(doc);
      addRequiredRequestField(doc);
    });
    repo.changeset('breaking', { [SPECS]: 'major', [SDK]: 'major', '@zhongyuan/mock-server': 'minor' });
    const result = check(repo);
    expect(result.ok, result.report).toBe(true);
    expect([...result.gate.required]).toEqual([
      [SPECS, 'major'],
      [SDK, 'major'],
    ]);
  });

  it('(c) still fails a breaking change whose major changeset leaves out the generated SDK', () => {
    repo = releasedRepo();
    repo.editSpec(removeResponseField);
    repo.changeset('breaking', { [SPECS]: 'major' });
    repo.changeset('sdk-fix', { [SDK]: 'patch' });
    const result = check(repo);
    expect(result.gate.findings.map((f) => [f.packageName, f.needed, f.found])).toEqual([[SDK, 'major', 'patch']]);
  });

  it('needs no release for a description change (annotation)', () => {
    repo = releasedRepo();
    repo.editSpec((doc) => {
      doc['paths']!['/settlements']!['post']!['description'] = 'Settles an encounter in one step.';
    });
    const result = check(repo);
    expect(result.ok, result.report).toBe(true);
    expect(result.diffs[0]?.changes.map((c) => c.kind)).toEqual(['annotation']);
  });

  it('fails a removed operation with a minor changeset', () => {
    repo = releasedRepo();
    repo.editSpec((doc) => {
      delete doc['paths']!['/settlements/{settlementId}'];
    });
    repo.changeset('remove-get', { [SPECS]: 'minor', [SDK]: 'minor' });
    const result = check(repo);
    expect(result.ok).toBe(false);
    expect(result.report).toContain('/paths/~1settlements~1{settlementId}');
  });

  it("classifies an operation's problem types as a set: a registered code added is non-breaking", () => {
    repo = releasedRepo();
    repo.editSpec((doc) => {
      const get = doc['paths']!['/settlements/{settlementId}']!['get']!;
      get['x-problem-types'] = ['INTERNAL', 'NOT_FOUND'];
      (get['responses'] as Record<string, unknown>)['500'] = { description: 'Internal error.' };
    });
    const none = check(repo);
    expect(none.ok).toBe(false);
    expect(none.gate.findings.map((f) => [f.packageName, f.needed])).toEqual([[SPECS, 'minor']]);
    const listed = (none.diffs[0]?.changes ?? []).filter((c) => c.pointer.endsWith('/x-problem-types'));
    expect(listed.map((c) => [c.kind, c.action, c.operationId])).toEqual([['non-breaking', 'add', 'getSettlement']]);
    expect(listed[0]?.reason).toContain('`INTERNAL` (already in the exchange\'s registry)');
    repo.changeset('internal-error', { [SPECS]: 'minor' });
    expect(check(repo).ok, check(repo).report).toBe(true);
  });

  it('sees no change when a problem-type list is only reordered or repeats a code', () => {
    repo = releasedRepo();
    repo.editSpec((doc) => {
      doc['paths']!['/settlements']!['post']!['x-problem-types'] = ['NOT_FOUND', 'INTERNAL'];
      doc['paths']!['/settlements/{settlementId}']!['get']!['x-problem-types'] = ['NOT_FOUND', 'NOT_FOUND'];
    });
    const result = check(repo);
    expect(result.diffs[0]?.changes).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('needs a major release when an operation gains a code new to the exchange', () => {
    repo = releasedRepo();
    repo.editSpec((doc) => {
      (doc['x-problem-registry'] as unknown as unknown[]).push({
        type: 'https://zhongyuan-exchange.org/problems/conflict',
        code: 'CONFLICT',
        status: 409,
        title: 'Conflict',
        titleZh: '冲突',
        retryable: false,
      });
      doc['paths']!['/settlements']!['post']!['x-problem-types'] = ['CONFLICT'];
    });
    repo.changeset('conflict', { [SPECS]: 'minor', [SDK]: 'minor' });
    const result = check(repo);
    expect(result.ok).toBe(false);
    expect(result.gate.findings.map((f) => [f.packageName, f.needed])).toEqual([
      [SPECS, 'major'],
      [SDK, 'major'],
    ]);
    const offending = result.gate.findings[0]?.changes ?? [];
    expect(offending.find((c) => c.operationId === 'createSettlement')?.reason).toContain('`CONFLICT`, new to the exchange');
  });

  it('needs a minor release when an operation no longer raises a code', () => {
    repo = releasedRepo();
    repo.editSpec((doc) => {
      delete doc['paths']!['/settlements/{settlementId}']!['get']!['x-problem-types'];
    });
    const result = check(repo);
    expect(result.diffs[0]?.changes.map((c) => [c.kind, c.action, c.reason])).toEqual([
      ['non-breaking', 'remove', 'removed problem type `NOT_FOUND` from the problems of `getSettlement`'],
    ]);
    expect(result.gate.findings.map((f) => [f.packageName, f.needed])).toEqual([[SPECS, 'minor']]);
  });

  it('needs no release for a component added but not yet used, and a minor one once an added operation uses it', () => {
    repo = releasedRepo();
    repo.editSpec((doc) => {
      doc['components']!['parameters'] = {
        ReceiptIdParam: { name: 'receiptId', in: 'path', required: true, schema: { type: 'string' } },
      } as unknown as Record<string, Record<string, unknown>>;
    });
    const unused = check(repo);
    expect(unused.diffs[0]?.changes.map((c) => [c.kind, c.pointer])).toEqual([['annotation', '/components/parameters']]);
    expect(unused.ok, unused.report).toBe(true);
    repo.editSpec((doc) => {
      doc['paths']!['/receipts/{receiptId}'] = {
        get: {
          operationId: 'getReceipt',
          summary: 'Get a receipt',
          parameters: [{ $ref: '#/components/parameters/ReceiptIdParam' }],
          responses: { '200': { description: 'The receipt.' } },
        },
      } as unknown as Record<string, Record<string, unknown>>;
    });
    const used = check(repo);
    expect(used.gate.findings.map((f) => [f.packageName, f.needed])).toEqual([[SPECS, 'minor']]);
    expect(used.diffs[0]?.changes.filter((c) => c.kind !== 'annotation').map((c) => [c.kind, c.action, c.pointer])).toEqual([
      ['non-breaking', 'add', '/paths/~1receipts~1{receiptId}/get'],
    ]);
  });

  it('needs no release for a changed example, but still rates a property that happens to be named example', () => {
    repo = releasedRepo();
    repo.editSpec((doc) => {
      const settlement = schemas(doc)['Settlement'] as unknown as Record<string, unknown>;
      settlement['examples'] = [{ settlementId: 'S-1' }];
      const get = doc['paths']!['/settlements/{settlementId}']!['get']! as { parameters: Record<string, unknown>[] };
      get.parameters[0]!['example'] = 'S-2';
    });
    const examples = check(repo);
    expect(examples.diffs[0]?.changes.length).toBeGreaterThan(0);
    expect(examples.diffs[0]?.changes.every((c) => c.kind === 'annotation')).toBe(true);
    expect(examples.ok, examples.report).toBe(true);
    repo.editSpec((doc) => {
      const s = schemas(doc)['SettlementRequest']!;
      s.properties['example'] = { type: 'string' };
      s.required.push('example');
    });
    const property = check(repo);
    expect(property.gate.findings.map((f) => [f.packageName, f.needed])).toEqual([
      [SPECS, 'major'],
      [SDK, 'major'],
    ]);
  });

  it('fails when info.version was raised without recording the release', () => {
    repo = releasedRepo();
    repo.editSpec((doc) => {
      (doc['info'] as unknown as Record<string, string>)['version'] = '1.1.0';
    });
    const result = check(repo);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toContain('info.version 1.1.0 has no recorded release');
  });
});

describe('release notes', () => {
  it('group the changes by exchange and say what a city must do', async () => {
    const { releaseNotes } = await import('../../scripts/release/release-notes.js');
    repo = releasedRepo();
    repo.editSpec((doc) => {
      removeResponseField(doc);
      addRequiredRequestField(doc);
      addOptionalResponseField(doc);
    });
    const notes = releaseNotes(check(repo).diffs);
    expect(notes).toContain('### settlement (1.0.0 → major release)');
    expect(notes).toContain('- New required field `insuranceRegion` on `createSettlement`: send it.');
    expect(notes).toContain('- `getSettlement` no longer returns `amountFen`: stop reading it.');
    expect(notes).toContain('- `createSettlement` may return the new field `settledAt`: read it if you need it.');
    expect(notes.indexOf('Must do')).toBeLessThan(notes.indexOf('May do'));
  });
});
