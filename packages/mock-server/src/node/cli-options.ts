/**
 * Command-line options of `zhongyuan-mock`.
 */
import { parseArgs } from 'node:util';

/** Parsed options. */
export interface CliOptions {
  readonly port: number;
  readonly host: string;
  readonly seed: string;
  readonly scenario: string | undefined;
  readonly exchanges: string | undefined;
  readonly auth: boolean;
  readonly help: boolean;
}

/** Usage text. */
export const USAGE = `zhongyuan-mock — stateful mock of the Zhongyuan exchanges

Usage: zhongyuan-mock [--exchanges <names|module>] [options]

  --exchanges <names|module>  comma-separated built-in exchanges (default: all of them), or an ES module
                        exporting \`exchanges\` (and optionally \`scenarios\`)
  --port <n>            port to listen on (default 4010; 0 = any free port)
  --host <addr>         interface to bind (default 127.0.0.1)
  --seed <seed>         seed of all random choices (default 1)
  --scenario <name>     activate a scenario exported by the module
  --no-auth             accept unsigned requests (early integration)
  -h, --help            this text

Control routes: GET /healthz, POST /__mock/reset, PUT /__mock/scenario {"name"},
POST /__mock/clock/advance {"ms"}, GET /__mock/state, GET /__mock/requests,
GET /__mock/versions (the spec version of each exchange served).
Per request: header x-mock-scenario: <name>.`;

/** Parse `argv` (without node and script). Throws `TypeError` with a message for bad input. */
export function parseCliOptions(argv: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string', default: '1' },
      scenario: { type: 'string' },
      exchanges: { type: 'string' },
      'no-auth': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new TypeError('--port must be an integer 0-65535');
  return {
    port,
    host: values.host,
    seed: values.seed,
    scenario: values.scenario,
    exchanges: values.exchanges,
    auth: !values['no-auth'],
    help: values.help,
  };
}
