/**
 * `@zhongyuan/mock-server/node`: the node:http adapter that serves a mock over real sockets.
 *
 * @module
 */
export { createMockServer, type FetchServable, type MockServer, type MockServerOptions } from './server.js';
