/**
 * Strict mode: checks a handler's answer against the spec before it is sent — the status must be declared for
 * the operation, the body must match that status's schema, and a state-machine operation must leave its record
 * in the declared target state.
 */
import type { OperationDescriptor } from '@zhongyuan/sdk';
import { MockContractError } from './errors.js';
import type { HandlerResult } from './handler-result.js';
import { toPointer } from './json-pointer.js';

/** The first violation of `result` against `op`, or `undefined` when it is on-spec. */
export function checkResponse(op: OperationDescriptor, result: HandlerResult): MockContractError | undefined {
  const declared = op.responses[String(result.status)] ?? op.responses['default'];
  if (declared === undefined) return new MockContractError(op.operationId, result.status, '', 'status not declared by the spec');
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
