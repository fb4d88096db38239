// The changesets setting `onlyUpdatePeerDependentsWhenOutOfRange`: a minor release of a package does not force
// a major release of the packages that peer-depend on it (changesets' default does), while a major one still
// does. Checked by running `changeset version` with the repository's config on a throw-away workspace.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8')) as Record<string, unknown>;
const FLAG = '___experimentalUnsafeOptions_WILL_CHANGE_IN_PATCH';

/** Versions after `changeset version` of an SDK bump, with the mock peer-depending on the SDK. */
function versionAfter(bump: 'minor' | 'major', onlyWhenOutOfRange: boolean): { sdk: string; mock: string } {
  const dir = mkdtempSync(join(tmpdir(), 'zy-changesets-'));
  try {
    const write = (file: string, value: unknown): void => {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    };
    write('package.json', { name: 'root', private: true });
    write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
    write('packages/sdk/package.json', { name: '@zhongyuan/sdk', version: '1.0.0' });
    write('packages/mock-server/package.json', { name: '@zhongyuan/mock-server', version: '1.0.0', peerDependencies: { '@zhongyuan/sdk': 'workspace:^' } });
    write('.changeset/config.json', { ...config, [FLAG]: { onlyUpdatePeerDependentsWhenOutOfRange: onlyWhenOutOfRange } });
    write('.changeset/sdk-change.md', `---\n"@zhongyuan/sdk": ${bump}\n---\n\nSDK change.\n`);
    const r = spawnSync(join(root, 'node_modules/.bin/changeset'), ['version'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    const version = (pkg: string): string => (JSON.parse(readFileSync(join(dir, 'packages', pkg, 'package.json'), 'utf8')) as { version: string }).version;
    return { sdk: version('sdk'), mock: version('mock-server') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('changesets peer-dependent bumps', () => {
  it('the repository config sets onlyUpdatePeerDependentsWhenOutOfRange', () => {
    expect((config[FLAG] as Record<string, unknown>)['onlyUpdatePeerDependentsWhenOutOfRange']).toBe(true);
  });

  it('a minor SDK release leaves a peer dependent alone (the default would make it major)', () => {
    expect(versionAfter('minor', true)).toEqual({ sdk: '1.1.0', mock: '1.0.0' });
    expect(versionAfter('minor', false).mock).toBe('2.0.0');
  });

  it('a major SDK release, out of the peer range, still releases the dependent', () => {
    const after = versionAfter('major', true);
    expect(after.sdk).toBe('2.0.0');
    expect(after.mock).not.toBe('1.0.0');
  });
});
