// Generated from specs/pension-transfer/openapi.yaml (version 0.1.0) by `pnpm generate`.
// Do not edit: change the spec and run `pnpm generate` again.

import { createClient, type Client, type ClientOptions } from "../../../index.js";
import { isValidIdentifier } from "../../../validators/index.js";
import { exchange, operations as table } from './operations.gen.js';
import { problemTypes } from './problems.gen.js';
import type { operations } from './types.gen.js';

/** A client of the Pension-insurance transfer and continuation (养老保险关系转移接续) exchange (spec 0.1.0): one method per operation. */
export type PensionTransferClient = Client<operations, typeof table, typeof problemTypes>;

/**
 * Creates a client of the Pension-insurance transfer and continuation (养老保险关系转移接续) exchange, generated from spec version 0.1.0.
 *
 * Identifier fields (`x-identifier`) are checked before sending with the SDK's validators in strict mode
 * unless `options.identifierValidator` says otherwise. Every request carries
 * `X-Spec-Version: pension-transfer/0.1.0`.
 *
 * @example
 * const client = createPensionTransferClient({ baseUrl: 'https://exchange.example/pension-transfer', auth });
 */
export function createPensionTransferClient(options: ClientOptions): PensionTransferClient {
  return createClient<operations, typeof table, typeof problemTypes>(table, {
    identifierValidator: (kind, value) => isValidIdentifier(kind, value),
    ...options,
    problems: problemTypes,
    exchange,
  });
}
