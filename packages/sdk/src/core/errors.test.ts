import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ConflictError,
  RequestValidationError,
  SdkError,
  TimeoutError,
  isApiError,
  isRequestValidationError,
  isSdkError,
  isTimeoutError,
} from './errors.js';

const request = { operationId: 'op', method: 'GET', path: '/x', queryParams: [], attempts: 1 };

describe('error hierarchy', () => {
  it('subclasses ApiError per status family and keeps transport errors beside it', () => {
    const conflict = new ConflictError('409 Conflict: GET /x', {
      code: 'ERR_HTTP_409',
      status: 409,
      problem: { type: 'about:blank' },
      request,
      headers: new Headers(),
    });
    expect(conflict).toBeInstanceOf(ApiError);
    expect(conflict).toBeInstanceOf(SdkError);
    expect(conflict.name).toBe('ConflictError');
    expect([isSdkError(conflict), isApiError(conflict), isTimeoutError(conflict)]).toEqual([true, true, false]);

    const timeout = new TimeoutError('t', 'call', 10);
    expect(timeout).not.toBeInstanceOf(ApiError);
    expect([timeout.code, timeout.name, isApiError(timeout), isTimeoutError(timeout)]).toEqual(['ERR_TIMEOUT', 'TimeoutError', false, true]);

    const invalid = new RequestValidationError('r', [{ pointer: '/a', code: 'invalid_type' }]);
    expect([invalid.code, isRequestValidationError(invalid), isApiError(invalid)]).toEqual(['ERR_REQUEST_VALIDATION', true, false]);
  });

  it('the brand is not enumerable and survives structured inspection', () => {
    const error = new TimeoutError('t', 'attempt', 5);
    expect(Object.keys(error)).not.toContain(Symbol.for('@zhongyuan/sdk/error-kinds'));
    expect(isTimeoutError(Object.create(Object.getPrototypeOf(error) as object))).toBe(true);
  });
});
