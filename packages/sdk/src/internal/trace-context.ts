// W3C Trace Context: one trace per call, a fresh span (parent-id) per attempt.
import { randomHex } from './random.js';

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** A call's trace: continues the caller's `traceparent` when it is valid, otherwise starts a new trace. */
export interface CallTrace {
  readonly traceId: string;
  /** The `traceparent` header value for a new span of this trace. */
  nextSpan(): string;
}

/** Starts (or continues) the trace of one call. */
export function startTrace(parent: string | undefined): CallTrace {
  const match = parent === undefined ? null : TRACEPARENT.exec(parent.trim().toLowerCase());
  const valid =
    match !== null &&
    match[1] !== 'ff' &&
    !/^0+$/.test(match[2] as string) &&
    !/^0+$/.test(match[3] as string);
  const traceId = valid ? (match[2] as string) : randomHex(16);
  const flags = valid ? (match[4] as string) : '01';
  return { traceId, nextSpan: () => `00-${traceId}-${randomHex(8)}-${flags}` };
}
