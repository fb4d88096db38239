#!/usr/bin/env node
// The README's two commands: `npm run demo` and `npm test`.
//
// Works on a machine with only Node (>= 20.19) and npm: brings the pinned pnpm from the npm registry into
// .cache/toolchain (once; later runs reuse it), installs the workspace from the lockfile (no download when
// already installed), provisions the services the tests need, then runs the demo or the whole test suite.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = manifest.packageManager.replace(/^pnpm@/, '');
const [major, minor] = process.versions.node.split('.').map(Number);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function output(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

/** The pinned pnpm: the one on PATH when it is that exact version, else a private copy under .cache. */
function pnpmCommand() {
  if (output('pnpm', ['--version']) === pnpmVersion) return ['pnpm', []];
  const prefix = join(root, '.cache', 'toolchain');
  const entry = join(prefix, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  if (!existsSync(entry)) {
    console.log(`Fetching pnpm ${pnpmVersion} from the npm registry into .cache/toolchain (once) …`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const status = run(npm, ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `pnpm@${pnpmVersion}`]);
    if (status !== 0 || !existsSync(entry)) fail(`Could not install pnpm ${pnpmVersion} with npm; install it with: npm install -g pnpm@${pnpmVersion}`);
  }
  return [process.execPath, [entry]];
}

/** Debian's redis-server backs the shared replay-store tests; install it when missing and we may. */
function ensureRedis() {
  if (output('sh', ['-c', 'command -v redis-server'])) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !output('sh', ['-c', 'command -v apt-get'])) {
    fail('redis-server is needed by the replay-store tests and is not installed: install Debian\'s redis-server package (apt-get install redis-server) and run again.');
  }
  console.log('Installing redis-server (Debian package) for the replay-store tests …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['install', '-y', '-q', 'redis-server'], { env }) !== 0) {
    run('apt-get', ['update', '-q'], { env });
    if (run('apt-get', ['install', '-y', '-q', 'redis-server'], { env }) !== 0) fail('apt-get could not install redis-server.');
  }
}

/**
 * Debian's chromium (and a CJK font, so the Chinese in the reference pages renders in screenshots) for the
 * browser check of the generated docs; installed when missing and we may.
 */
function ensureChromium() {
  const haveChromium = Boolean(output('sh', ['-c', 'command -v chromium']));
  const haveCjkFont = Boolean(output('sh', ['-c', 'fc-list :lang=zh family 2>/dev/null | head -n 1']));
  if (haveChromium && haveCjkFont) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !output('sh', ['-c', 'command -v apt-get'])) {
    if (!haveChromium) fail('chromium is needed by the reference-site browser test and is not installed: install Debian\'s chromium package (apt-get install chromium) and run again.');
    return;
  }
  console.log('Installing chromium and a CJK font (Debian packages) for the reference-site browser test …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const packages = ['chromium', 'fonts-wqy-microhei'];
  if (run('apt-get', ['install', '-y', '-q', ...packages], { env }) !== 0) {
    run('apt-get', ['update', '-q'], { env });
    if (run('apt-get', ['install', '-y', '-q', ...packages], { env }) !== 0) fail('apt-get could not install chromium.');
  }
}

const task = process.argv[2];
if (task !== 'demo' && task !== 'test') fail('usage: node scripts/toolchain.mjs demo|test');
if (major < 20 || (major === 20 && minor < 19)) fail(`Node ${process.versions.node} is too old: Zhongyuan Exchange needs Node 20.19 or newer.`);

const [pnpm, pnpmArgs] = pnpmCommand();
const pn = (...args) => run(pnpm, [...pnpmArgs, ...args]);
if (pn('install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent') !== 0) fail('pnpm install failed.');
if (task === 'test') {
  ensureRedis();
  ensureChromium();
}
process.exit(pn('run', '--silent', task === 'demo' ? 'demo:run' : 'check'));
