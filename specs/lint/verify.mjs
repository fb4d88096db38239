#!/usr/bin/env node
// Checks the spec lint setup itself (run from the repository root):
//   1. every exchange `specs/<exchange>/openapi.yaml` is listed under `apis` in redocly.yaml,
//      so a bare `redocly lint` covers it;
//   2. `redocly lint` of every listed API and of tests/fixtures/lint/good.yaml reports
//      no problem at all (errors or warnings);
//   3. each tests/fixtures/lint/bad-<rule>[--<variant>].yaml fails, and only with
//      `zhongyuan/<rule>`; and every rule of the plugin has at least one such fixture.
// Exit code 0 when all hold, 1 otherwise.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import zhongyuanPlugin from './zhongyuan-rules.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const fixtures = join(root, 'tests/fixtures/lint');
const bin = join(root, 'node_modules/.bin', process.platform === 'win32' ? 'redocly.cmd' : 'redocly');
const failures = [];
const fail = (message) => failures.push(message);

/** Runs `redocly lint --format=json` on one API name or file; resolves to its problems. */
function lint(target) {
  return new Promise((resolvePromise) => {
    execFile(
      bin,
      ['lint', target, '--format=json'],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32' },
      (error, stdout, stderr) => {
        const start = stdout.indexOf('{');
        if (start < 0) {
          // Redocly prints no report when the document does not even parse.
          const reason = String(stderr || error?.message || '')
            .split('\n')
            .filter((line) => line.trim() !== '' && !/[║╔╚]/.test(line))
            .join(' ');
          resolvePromise([{ ruleId: 'parse', severity: 'error', message: reason, location: [] }]);
          return;
        }
        resolvePromise(JSON.parse(stdout.slice(start)).problems);
      },
    );
  });
}

// 1. every exchange is listed
const config = parse(readFileSync(join(root, 'redocly.yaml'), 'utf8'));
const roots = new Set(Object.values(config.apis ?? {}).map((api) => api.root.replace(/^\.\//, '')));
const specs = join(root, 'specs');
for (const entry of readdirSync(specs, { withFileTypes: true })) {
  const doc = `specs/${entry.name}/openapi.yaml`;
  if (entry.isDirectory() && existsSync(join(root, doc)) && !roots.has(doc)) {
    fail(`${doc} is not listed under \`apis\` in redocly.yaml`);
  }
}

// 2. listed APIs and the good fixture are clean
const clean = [...Object.keys(config.apis ?? {}), 'tests/fixtures/lint/good.yaml'];
const bad = readdirSync(fixtures).filter((f) => /^bad-.+\.yaml$/.test(f)).sort();
const [cleanResults, badResults] = await Promise.all([
  Promise.all(clean.map(lint)),
  Promise.all(bad.map((f) => lint(`tests/fixtures/lint/${f}`))),
]);
clean.forEach((target, i) => {
  for (const problem of cleanResults[i]) {
    const where = problem.location?.[0];
    fail(`${target}: unexpected ${problem.severity} ${problem.ruleId} at ${where?.source?.ref}${where?.pointer ?? ''}: ${problem.message}`);
  }
  console.log(`${cleanResults[i].length === 0 ? 'ok  ' : 'FAIL'} ${target} → ${cleanResults[i].length} problems`);
});

// 3. each bad fixture fails with its rule only
const covered = new Set();
bad.forEach((file, i) => {
  const rule = `zhongyuan/${file.slice(4, -5).split('--')[0]}`;
  const rules = [...new Set(badResults[i].map((p) => p.ruleId))];
  const others = rules.filter((r) => r !== rule);
  if (!rules.includes(rule)) fail(`${file}: expected ${rule} to fire; got ${rules.join(', ') || 'no problem'}`);
  if (others.length > 0) fail(`${file}: other rules fired too: ${others.join(', ')}`);
  if (rules.includes(rule)) covered.add(rule);
  console.log(`${rules.includes(rule) && others.length === 0 ? 'ok  ' : 'FAIL'} ${file} → ${rules.join(', ') || '(none)'}`);
});
for (const id of Object.keys(zhongyuanPlugin().rules.oas3)) {
  if (!covered.has(`zhongyuan/${id}`)) fail(`rule zhongyuan/${id} has no tests/fixtures/lint/bad-${id}.yaml that makes it fire`);
}

if (failures.length > 0) {
  console.error(`\n${failures.length} failure(s):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nspec lint verified: ${bad.length} bad fixtures, ${covered.size} rules.`);
