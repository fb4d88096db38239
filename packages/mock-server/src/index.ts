/**
 * `@zhongyuan/mock-server`: the stateful mock of the Zhongyuan exchanges (runtime-neutral core). The Node HTTP
 * adapter and CLI live in `@zhongyuan/mock-server/node`.
 *
 * @module
 */
export * from './core/index.js';
