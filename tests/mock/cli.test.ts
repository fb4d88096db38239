// The `zhongyuan-mock` CLI, run from source with tsx: it serves the exchanges module, answers /healthz, applies
// --scenario, and shuts down gracefully on SIGTERM and SIGINT.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;
const cli = `${root}packages/mock-server/src/node/cli.ts`;
const module = `${root}tests/fixtures/exchange/mock-module.ts`;

function start(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(tsx, ['--conditions=@zhongyuan/source', cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`CLI did not start: ${out}`)), 20_000);
    child.stdout!.on('data', () => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m !== null) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output: () => out });
      }
    });
    child.on('exit', () => reject(new Error(`CLI exited: ${out}`)));
  });
}

const exited = (child: ChildProcess): Promise<number | null> => new Promise((r) => child.on('exit', (code) => r(code)));

describe('zhongyuan-mock', () => {
  it('serves on 127.0.0.1 with a scenario, then stops on SIGTERM with exit code 0', async () => {
    const { child, url, output } = await start(['--exchanges', module, '--port', '0', '--seed', '9', '--scenario', 'no-auth']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok', specVersions: { fixture: '1.0.0' } });
    const entry = await fetch(`${url}/ledger-fixture/v1/entries/ent_SEED0000000000000000000000`);
    expect(entry.status).toBe(200);
    const done = exited(child);
    child.kill('SIGTERM');
    expect(await done).toBe(0);
    expect(output()).toContain('SIGTERM: shutting down');
  });

  it('requires signed requests unless told otherwise, and stops on SIGINT', async () => {
    const { child, url } = await start(['--exchanges', module, '--port', '0']);
    expect((await fetch(`${url}/ledger-fixture/v1/entries/ent_SEED0000000000000000000000`)).status).toBe(401);
    const done = exited(child);
    child.kill('SIGINT');
    expect(await done).toBe(0);
  });

  it('explains its usage on bad arguments', async () => {
    const child = spawn(tsx, ['--conditions=@zhongyuan/source', cli, '--port', 'nope'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    expect(await exited(child)).toBe(2);
    expect(err).toContain('Usage: zhongyuan-mock');
  });
});
