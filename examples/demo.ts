/**
 * The README's demo: runs every example story (`examples/<exchange>/main.ts`) against the in-process mock,
 * printing a readable account of each step.
 *
 *   npm run demo          (sets up the workspace first)
 *   pnpm demo:run [name…] (only the named stories)
 *
 * @module
 */
import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Story {
  run(print: (line: string) => void): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const stories = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, 'main.ts')))
  .map((entry) => entry.name)
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

if (stories.length === 0) {
  console.error(wanted.length > 0 ? `no example named ${wanted.join(', ')}` : 'no examples found');
  process.exit(1);
}

let failed = 0;
for (const name of stories) {
  console.log(`\n━━ ${name} ${'━'.repeat(Math.max(0, 70 - name.length))}`);
  const story = (await import(pathToFileURL(join(here, name, 'main.ts')).href)) as Story;
  const started = performance.now();
  try {
    await story.run((line) => console.log(`  ${line}`));
    console.log(`  ✓ ${name} finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    failed += 1;
    console.error(`  ✗ ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`\n${stories.length - failed} of ${stories.length} stories ran to the end.`);
process.exit(failed > 0 ? 1 : 0);
