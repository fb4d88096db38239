// One server under test, in its own process so the load generator does not share its event loop:
//   tsx bench/bench-server.ts <bare|mock-auth-off|mock-auth-on> <port>
// The mock and the SDK are loaded from their built dist/ (what `zhongyuan-mock` runs); `pnpm bench mock` builds them.
// Prints `ready <origin>` once listening; stops on SIGTERM.
import { createServer } from 'node:http';
import { createMock } from '@zhongyuan/mock-server';
import { createMockServer } from '@zhongyuan/mock-server/node';
import { ledger } from '../../../tests/fixtures/exchange/mock.js';

const [kind, portText] = process.argv.slice(2);
const port = Number(portText);

if (kind === 'bare') {
  const mock = createMock({ exchanges: [ledger], auth: false });
  const entry = JSON.stringify(mock.state('fixture').entries.get('ent_SEED0000000000000000000000'));
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(entry);
  });
  server.listen(port, '127.0.0.1', () => process.stdout.write(`ready http://127.0.0.1:${port}\n`));
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
} else if (kind === 'mock-auth-off' || kind === 'mock-auth-on') {
  const mock = createMock({ exchanges: [ledger], ...(kind === 'mock-auth-off' ? { auth: false as const } : {}), logCapacity: 50 });
  const server = await createMockServer(mock, { port });
  process.stdout.write(`ready ${server.url}\n`);
  process.once('SIGTERM', () => void server.close(500).then(() => process.exit(0)));
} else {
  process.stderr.write('usage: bench-server.ts <bare|mock-auth-off|mock-auth-on> <port>\n');
  process.exit(2);
}
