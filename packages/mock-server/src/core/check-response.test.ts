// Strict mode's check of response headers: an answer lacking a header the spec requires for its status is a
// contract error naming the header; headers the spec makes optional are never demanded.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { OperationDescriptor } from '@zhongyuan/sdk';
import { operations } from '@zhongyuan/sdk/medical-settlement';
import { checkResponse } from './check-response.js';
import { MockContractError } from './errors.js';
import { handlerResult } from './handler-result.js';
import { createProblemCatalog, problemBody } from './problem.js';

const createThing: OperationDescriptor = {
  operationId: 'createThing',
  method: 'POST',
  path: '/things',
  summary: 'Create a thing',
  summaryZh: '新建',
  parameters: [],
  requestBody: undefined,
  paramsSchema: z.object({}),
  responses: {
    '201': { contentType: 'application/json', schema: z.object({ id: z.string() }), requiredHeaders: ['location', 'x-request-id'] },
    // As a hand-written table may have it: no requiredHeaders at all.
    '200': { contentType: 'application/json', schema: z.object({ id: z.string() }) },
  },
  idempotency: 'required',
  problemTypes: [],
  pagination: undefined,
  transition: undefined,
  requestPii: [],
  responsePii: [],
};

const PIPELINE = { 'x-request-id': 'req-1' };
const created = (headers: Record<string, string>) => handlerResult(201, { id: 't1' }, headers, false);

describe('checkResponse: required response headers', () => {
  it('refuses an answer without a header the spec requires for its status, naming operation, status and header', () => {
    const violation = checkResponse(createThing, created({}), PIPELINE);
    expect(violation).toBeInstanceOf(MockContractError);
    expect(violation).toMatchObject({ operationId: 'createThing', status: 201, pointer: '/location' });
    expect(violation?.message).toContain('location');
  });

  it('accepts the answer once the header is there, in any letter case', () => {
    expect(checkResponse(createThing, created({ location: '/v1/things/t1' }), PIPELINE)).toBeUndefined();
    expect(checkResponse(createThing, created({ Location: '/v1/things/t1' }), PIPELINE)).toBeUndefined();
  });

  it('counts the headers the pipeline adds to every answer as present, and only those', () => {
    expect(checkResponse(createThing, created({ location: '/v1/things/t1' }), {})).toMatchObject({ pointer: '/x-request-id' });
    expect(checkResponse(createThing, created({ location: '/v1/things/t1', 'X-Request-Id': 'req-1' }))).toBeUndefined();
  });

  it('demands no header of a status whose descriptor lists none', () => {
    expect(checkResponse(createThing, handlerResult(200, { id: 't1' }, {}, false), PIPELINE)).toBeUndefined();
  });

  it('still reports an off-spec body first', () => {
    expect(checkResponse(createThing, handlerResult(201, { id: 1 }, {}, false), PIPELINE)).toMatchObject({ pointer: '/id' });
  });
});

describe('checkResponse with a generated table: only what the spec marks required', () => {
  const catalog = createProblemCatalog();
  const problem = (code: string, headers: Record<string, string> = {}) => {
    const body = problemBody(catalog, code, 'req-1');
    return handlerResult(body['status'] as number, body, headers, true);
  };
  const op = operations.registerOutpatientEncounter;

  it('requires Retry-After on a 503 (RetryAfterHeader)', () => {
    expect(checkResponse(op, problem('SERVICE_UNAVAILABLE'), PIPELINE)).toMatchObject({ status: 503, pointer: '/retry-after' });
    expect(checkResponse(op, problem('SERVICE_UNAVAILABLE', { 'retry-after': '1' }), PIPELINE)).toBeUndefined();
  });

  it('does not demand Retry-After on a 409, where the spec makes it optional (OptionalRetryAfterHeader)', () => {
    expect(op.responses['409'].requiredHeaders).toEqual(['x-request-id']);
    expect(checkResponse(op, problem('REQUEST_IN_PROGRESS'), PIPELINE)).toBeUndefined();
  });

  it('lists Location for the 201 but not Idempotent-Replayed, which is optional', () => {
    expect(op.responses['201'].requiredHeaders).toEqual(['location', 'x-request-id']);
  });
});
