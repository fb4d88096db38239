import type { SpecModel } from './model.js';

const pascal = (name: string) =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/** The exported names of an exchange's client: `createMedicalSettlementClient`, `MedicalSettlementClient`. */
export function clientNames(exchange: string): { factory: string; type: string } {
  return { factory: `create${pascal(exchange)}Client`, type: `${pascal(exchange)}Client` };
}

/**
 * The exchange's client module: one call of the runtime's `createClient` with the generated table, problem
 * registry and types. No per-operation code: the methods come from the table.
 */
export function emitClient(model: SpecModel, sdkImport: string, validatorsImport: string): string {
  const { factory, type } = clientNames(model.exchange);
  const q = JSON.stringify;
  return [
    `import { createClient, type Client, type ClientOptions } from ${q(sdkImport)};`,
    `import { isValidIdentifier } from ${q(validatorsImport)};`,
    `import { exchange, operations as table } from './operations.gen.js';`,
    `import { problemTypes } from './problems.gen.js';`,
    `import type { operations } from './types.gen.js';`,
    ``,
    `/** A client of the ${model.title} exchange (spec ${model.version}): one method per operation. */`,
    `export type ${type} = Client<operations, typeof table, typeof problemTypes>;`,
    ``,
    `/**`,
    ` * Creates a client of the ${model.title} exchange, generated from spec version ${model.version}.`,
    ` *`,
    ` * Identifier fields (\`x-identifier\`) are checked before sending with the SDK's validators in strict mode`,
    ` * unless \`options.identifierValidator\` says otherwise. Every request carries`,
    ` * \`X-Spec-Version: ${model.exchange}/${model.version}\`.`,
    ` *`,
    ` * @example`,
    ` * const client = ${factory}({ baseUrl: 'https://exchange.example/${model.exchange}', auth });`,
    ` */`,
    `export function ${factory}(options: ClientOptions): ${type} {`,
    `  return createClient<operations, typeof table, typeof problemTypes>(table, {`,
    `    identifierValidator: (kind, value) => isValidIdentifier(kind, value),`,
    `    ...options,`,
    `    problems: problemTypes,`,
    `    exchange,`,
    `  });`,
    `}`,
    ``,
  ].join('\n');
}
