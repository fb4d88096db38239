// Redocly CLI plugin with the Zhongyuan spec conventions (specs/README.md).
// Plain ESM so `redocly lint` loads it without a build step.
//
// Rules (configure as `zhongyuan/<rule>` in redocly.yaml):
//   operation-id-camel-case   operationId present, lowerCamelCase
//   operation-summaries       English `summary` + Chinese `x-summary-zh` (CJK)
//   operation-examples        request example (when a body) + example for each response body
//   problem-json-errors       4xx/5xx responses have an application/problem+json body only
//   problem-types-registered  x-problem-types ⊆ x-problem-registry; statuses and examples agree
//   operation-security        non-empty `security` on every operation
//   money-integer             x-money / x-source-unit only on `type: integer`; valid values
//   money-source-unit         every $ref to a money schema carries `x-source-unit`
//   idempotency               x-idempotency is `required` only, with its header and problem types
//   flow-and-pagination       x-flow and x-pagination agree with the operation
//   no-pii-in-url             no x-pii parameter in a query string or path
//   identifier-examples       example identifiers pass their check digits
//   schema-marks              x-pii and x-identifier take known values
//   document-metadata         info.version (semver), info.x-exchange, x-source-standard
//
// The type extension teaches Redocly the shape of `x-problem-registry` (so its `$ref`s are
// resolved, linted by `struct` and inlined by `redocly bundle`), `x-flow` and `x-pagination`.
import DocumentMetadata from './rules/document-metadata.js';
import Idempotency from './rules/idempotency.js';
import FlowAndPagination from './rules/flow-and-pagination.js';
import IdentifierExamples from './rules/identifier-examples.js';
import MoneyInteger from './rules/money-integer.js';
import MoneySourceUnit from './rules/money-source-unit.js';
import NoPiiInUrl from './rules/no-pii-in-url.js';
import OperationExamples from './rules/operation-examples.js';
import OperationIdCamelCase from './rules/operation-id-camel-case.js';
import OperationSecurity from './rules/operation-security.js';
import OperationSummaries from './rules/operation-summaries.js';
import ProblemJsonErrors from './rules/problem-json-errors.js';
import ProblemTypesRegistered from './rules/problem-types-registered.js';
import SchemaMarks from './rules/schema-marks.js';

const ZyProblemTypeEntry = {
  properties: {
    type: { type: 'string' },
    code: { type: 'string' },
    status: { type: 'integer' },
    title: { type: 'string' },
    titleZh: { type: 'string' },
    retryable: { type: 'boolean' },
    extensionMembers: { type: 'array', items: { type: 'string' } },
    description: { type: 'string' },
  },
  required: ['type', 'code', 'status', 'title', 'titleZh', 'retryable'],
};

const ZyFlow = {
  properties: {
    machine: { type: 'string' },
    from: { type: 'array', items: { type: 'string' } },
    to: { type: 'string' },
    action: { type: 'string' },
  },
  required: ['machine', 'from', 'to', 'action'],
};

const ZyPagination = {
  properties: {
    cursorParam: { type: 'string' },
    itemsField: { type: 'string' },
    nextCursorField: { type: 'string' },
  },
  required: ['cursorParam', 'itemsField', 'nextCursorField'],
};

function extendOas3(types) {
  return {
    ...types,
    ZyProblemTypeEntry,
    ZyProblemRegistry: { properties: {}, items: 'ZyProblemTypeEntry' },
    ZyProblemRegistryList: { properties: {}, items: 'ZyProblemRegistry' },
    ZyFlow,
    ZyPagination,
    Root: {
      ...types.Root,
      properties: { ...types.Root.properties, 'x-problem-registry': 'ZyProblemRegistryList' },
    },
    Operation: {
      ...types.Operation,
      properties: { ...types.Operation.properties, 'x-flow': 'ZyFlow', 'x-pagination': 'ZyPagination' },
    },
  };
}

export default function zhongyuanPlugin() {
  return {
    id: 'zhongyuan',
    rules: {
      oas3: {
        'operation-id-camel-case': OperationIdCamelCase,
        'operation-summaries': OperationSummaries,
        'operation-examples': OperationExamples,
        'problem-json-errors': ProblemJsonErrors,
        'problem-types-registered': ProblemTypesRegistered,
        'operation-security': OperationSecurity,
        'money-integer': MoneyInteger,
        'money-source-unit': MoneySourceUnit,
        idempotency: Idempotency,
        'flow-and-pagination': FlowAndPagination,
        'no-pii-in-url': NoPiiInUrl,
        'identifier-examples': IdentifierExamples,
        'schema-marks': SchemaMarks,
        'document-metadata': DocumentMetadata,
      },
    },
    typeExtension: { oas3: extendOas3 },
  };
}
