// Generated from packages/codegen/test/fixtures/golden/openapi.yaml (version 1.2.3) by `pnpm generate`.
// Do not edit: change the spec and run `pnpm generate` again.

import { createClient, type Client, type ClientOptions } from "@zhongyuan/sdk";
import { isValidIdentifier } from "@zhongyuan/sdk/validators";
import { exchange, operations as table } from './operations.gen.js';
import { problemTypes } from './problems.gen.js';
import type { operations } from './types.gen.js';

/** A client of the Golden fixture exchange (spec 1.2.3): one method per operation. */
export type GoldenClient = Client<operations, typeof table, typeof problemTypes>;

/**
 * Creates a client of the Golden fixture exchange, generated from spec version 1.2.3.
 *
 * Identifier fields (`x-identifier`) are checked before sending with the SDK's validators in strict mode
 * unless `options.identifierValidator` says otherwise. Every request carries
 * `X-Spec-Version: golden/1.2.3`.
 *
 * @example
 * const client = createGoldenClient({ baseUrl: 'https://exchange.example/golden', auth });
 */
export function createGoldenClient(options: ClientOptions): GoldenClient {
  return createClient<operations, typeof table, typeof problemTypes>(table, {
    identifierValidator: (kind, value) => isValidIdentifier(kind, value),
    ...options,
    problems: problemTypes,
    exchange,
  });
}
