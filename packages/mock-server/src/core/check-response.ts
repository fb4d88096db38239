/**
 * Strict mode: checks a handler's answer against the spec before it is sent — the status must be declared for
 * the operation, the body must match that status's schema, the headers the spec requires for that status must
 * be there, and a state-machine operation must leave its record in the declared target state.
 */
import type { OperationDescriptor, ResponseDescriptor } from '@zhongyuan/sdk';
import { MockContractError } from './errors.js';
import type { HandlerResult } from './handler-result.js';
import { toPointer } from './json-pointer.js';

/**
 * The first violation of `result` against `op`, or `undefined` when it is on-spec. `pipelineHeaders` are the
 * headers the pipeline adds to every answer it sends whatever the handler returned (`X-Request-Id`); they count
 * as present.
 */
export function checkResponse(
  op: OperationDescriptor,
  result: HandlerResult,
  pipelineHeaders: Readonly<Record<string, string>> = {},
): MockContractError | undefined {
  const declared = op.responses[String(result.status)] ?? op.responses['default'];
  if (declared === undefined) return new MockContractError(op.operationId, result.status, '', 'status not declared by the spec');
  return checkBody(op, result, declared) ?? checkHeaders(op, result, declared, pipelineHeaders);
}

function checkBody(op: OperationDescriptor, result: HandlerResult, declared: ResponseDescriptor): MockContractError | undefined {
  if (declared.schema === undefined) {
    return result.body === undefined
      ? undefined
      : new MockContractError(op.operationId, result.status, '', 'the spec declares no body for this status');
  }
  if (declared.contentType === 'application/x-ndjson') {
    // An NDJSON stream: the schema describes one line.
    if (!Array.isArray(result.body)) return new MockContractError(op.operationId, result.status, '', 'an NDJSON answer is a list of lines');
    for (const [i, line] of (result.body as unknown[]).entries()) {
      const parsed = declared.schema.safeParse(line);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return new MockContractError(op.operationId, result.status, toPointer([i, ...(issue?.path ?? [])]), issue?.code ?? 'invalid');
      }
    }
    return undefined;
  }
  const parsed = declared.schema.safeParse(result.body);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return new MockContractError(op.operationId, result.status, toPointer(issue?.path ?? []), issue?.code ?? 'invalid');
}

// A required header missing from the answer is reported at `/<header name>` (as request headers are in problems).
function checkHeaders(
  op: OperationDescriptor,
  result: HandlerResult,
  declared: ResponseDescriptor,
  pipelineHeaders: Readonly<Record<string, string>>,
): MockContractError | undefined {
  const present = new Set([...Object.keys(pipelineHeaders), ...Object.keys(result.headers)].map((name) => name.toLowerCase()));
  const missing = (declared.requiredHeaders ?? []).find((name) => !present.has(name.toLowerCase()));
  return missing === undefined
    ? undefined
    : new MockContractError(op.operationId, result.status, toPointer([missing]), `the spec requires the response header ${missing}`);
}
