/**
 * `zhongyuan-mock`: serve exchanges over HTTP from the command line, with graceful shutdown on SIGINT/SIGTERM.
 * Environment variables are not read; everything comes from the arguments.
 */
import { exchanges as builtInExchanges } from '../exchanges/index.js';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { createMock, type MockExchange, type Scenario } from '../core/index.js';
import { parseCliOptions, USAGE } from './cli-options.js';
import { createMockServer } from './server.js';

async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseCliOptions(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const mod = await loadExchanges(options.exchanges);
  if (typeof mod === 'string') {
    process.stderr.write(`${mod}\n\n${USAGE}\n`);
    return 2;
  }
  const scenarios = mod.scenarios ?? [];
  const mock = createMock({
    exchanges: mod.exchanges,
    seed: options.seed,
    scenarios,
    ...(options.auth ? {} : { auth: false as const }),
  });
  if (options.scenario !== undefined) {
    const s = scenarios.find((x) => x.name === options.scenario);
    if (s === undefined) {
      process.stderr.write(`unknown scenario ${options.scenario}\n`);
      return 2;
    }
    mock.use(s);
  }
  const server = await createMockServer(mock, { port: options.port, host: options.host });
  const names = mod.exchanges.map((x) => x.name).join(', ');
  process.stdout.write(`zhongyuan-mock listening on ${server.url} (exchanges: ${names}; auth ${options.auth ? 'on' : 'off'})\n`);
  await new Promise<void>((done) => {
    const stop = (signal: string): void => {
      process.stdout.write(`${signal}: shutting down\n`);
      server.close().then(done, done);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`zhongyuan-mock: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

/**
 * The exchanges to serve: every built-in exchange by default, the named ones for `--exchanges a,b`, or those a
 * module exports (`--exchanges ./my-exchanges.js`, exporting `exchanges` and optionally `scenarios`).
 */
async function loadExchanges(
  value: string | undefined,
): Promise<{ readonly exchanges: readonly MockExchange[]; readonly scenarios?: readonly Scenario[] } | string> {
  const builtIn: readonly MockExchange[] = builtInExchanges;
  if (value === undefined) return { exchanges: builtIn };
  if (/^[a-z][a-z0-9-]*(,[a-z][a-z0-9-]*)*$/.test(value)) {
    const names = value.split(',');
    const unknown = names.filter((name) => !builtIn.some((x) => x.name === name));
    if (unknown.length > 0) return `unknown exchange ${unknown.join(', ')}; built in: ${builtIn.map((x) => x.name).join(', ')}`;
    return { exchanges: builtIn.filter((x) => names.includes(x.name)) };
  }
  const mod = (await import(pathToFileURL(resolve(value)).href)) as {
    exchanges?: readonly MockExchange[];
    scenarios?: readonly Scenario[];
  };
  if (!Array.isArray(mod.exchanges) || mod.exchanges.length === 0) {
    return 'the --exchanges module must export a non-empty `exchanges` array';
  }
  return { exchanges: mod.exchanges, ...(mod.scenarios !== undefined ? { scenarios: mod.scenarios } : {}) };
}
