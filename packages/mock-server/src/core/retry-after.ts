/**
 * `Retry-After` on the answers a scenario injects (an error fault, a commit-then-fail): where the spec requires
 * the header for the status (`RetryAfterHeader` on 429 and 503), the answer always carries it.
 */
import type { OperationDescriptor } from '@zhongyuan/sdk';

/** How an injected answer states its `Retry-After`. */
export interface RetryAfterChoice {
  /** Seconds to wait, as the fault configures them. @default 0 where the spec requires the header, else none */
  readonly seconds?: number | undefined;
  /** Write an HTTP date this many seconds after `dateFrom` (epoch ms, the virtual clock) instead of seconds. */
  readonly dateFrom?: number | undefined;
}

/** The `Retry-After` header (or none) of an injected answer of `status` to `op`. */
export function injectedRetryAfter(op: OperationDescriptor, status: number, choice: RetryAfterChoice = {}): Record<string, string> {
  const required = op.responses[String(status)]?.requiredHeaders?.includes('retry-after') === true;
  const seconds = choice.seconds ?? (required ? 0 : undefined);
  if (seconds === undefined) return {};
  const value = choice.dateFrom === undefined ? String(seconds) : new Date(choice.dateFrom + seconds * 1000).toUTCString();
  return { 'retry-after': value };
}
