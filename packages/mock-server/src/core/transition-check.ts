/**
 * The generic state-machine check (状态机校验): before a handler runs, the record named by the path is looked
 * up among the caller's own records (another client's record is 404, like an unknown id) and its state must be
 * one the operation's `transition.from` allows; otherwise 409 naming `currentState` and `allowedActions`.
 * After a 2xx, the record (or the answer) must be in `transition.to`.
 */
import type { OperationDescriptor } from '@zhongyuan/sdk';
import type { Collection } from './collection.js';
import { MockContractError } from './errors.js';
import type { ExchangeRuntime } from './exchange-runtime.js';
import { handlerResult, type HandlerResult } from './handler-result.js';
import { problemBody } from './problem.js';

/** The refusal for an unknown, foreign or wrongly-stated record, or `undefined` to proceed. */
export function checkTransition(
  rt: ExchangeRuntime,
  op: OperationDescriptor,
  params: unknown,
  clientId: string,
  requestId: string,
): HandlerResult | undefined {
  const t = op.transition;
  if (t === undefined || t.from.length === 0) return undefined;
  const binding = rt.definition.machines[t.machine]!;
  const id = (params as Record<string, unknown>)[binding.idParam];
  const coll = (rt.store as Record<string, Collection<Record<string, unknown>>>)[binding.collection]!;
  const found = typeof id === 'string' ? coll.get(id) : undefined;
  const visible =
    found !== undefined && typeof id === 'string' && (binding.visibleTo !== undefined ? binding.visibleTo(found, clientId) : coll.ownerOf(id) === clientId);
  const record = visible ? found : undefined;
  const refuse = (code: string, extras?: Record<string, unknown>, detail?: string): HandlerResult => {
    const body = problemBody(rt.catalog, code, requestId, detail, extras);
    return handlerResult(body['status'] as number, body, {}, true);
  };
  if (record === undefined) return refuse('NOT_FOUND');
  const state = String(record[binding.stateField]);
  const special = binding.refuse?.({ record, state, clientId, operationId: op.operationId, transition: t });
  if (special !== undefined) return refuse(special.code, special.extras, special.detail);
  if (t.from.includes(state)) return undefined;
  return refuse(binding.stateProblems?.[state] ?? 'ILLEGAL_TRANSITION', {
    currentState: state,
    allowedActions: binding.allowedActions !== undefined ? [...binding.allowedActions(record, clientId)] : allowedActions(rt, t.machine, state),
  });
}

/** The actions of `machine` allowed from `state`, in table order. */
export function allowedActions(rt: ExchangeRuntime, machine: string, state: string): string[] {
  const out: string[] = [];
  for (const op of Object.values(rt.definition.operations)) {
    const t = op.transition;
    if (t !== undefined && t.machine === machine && t.from.includes(state) && !out.includes(t.action)) out.push(t.action);
  }
  return out;
}

/** After a 2xx: a contract error when the record (or the answered record) is not in the target state. */
export function checkTransitionOutcome(
  rt: ExchangeRuntime,
  op: OperationDescriptor,
  params: unknown,
  result: HandlerResult,
): MockContractError | undefined {
  const t = op.transition;
  if (t === undefined) return undefined;
  const binding = rt.definition.machines[t.machine]!;
  const accepted = [t.to, ...(binding.automatic?.[t.to] ?? [])];
  const id = (params as Record<string, unknown>)[binding.idParam];
  if (typeof id !== 'string') {
    // A creating operation answers the machine's record. With an id in the path the answer may be another
    // resource (an interim settlement answers the settlement, not the encounter): the stored record decides.
    const body = result.body as Record<string, unknown> | undefined;
    const answered = typeof body === 'object' && body !== null && !Array.isArray(body) ? body[binding.stateField] : undefined;
    if (answered !== undefined && !accepted.includes(String(answered))) {
      return new MockContractError(op.operationId, result.status, `/${binding.stateField}`, `state must be ${t.to} after ${t.action}`);
    }
    return undefined;
  }
  const coll = (rt.store as Record<string, Collection<Record<string, unknown>>>)[binding.collection]!;
  const record = coll.get(id);
  if (record !== undefined && !accepted.includes(String(record[binding.stateField]))) {
    return new MockContractError(op.operationId, result.status, `/${binding.stateField}`, `stored state must be ${t.to} after ${t.action}`);
  }
  return undefined;
}
