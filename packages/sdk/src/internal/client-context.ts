// ClientOptions resolved once per client (and once per `withOptions`), so calls only read plain fields.
import type {
  ClientOptions,
  DriftReport,
  IdentifierValidator,
  LogFields,
  Logger,
  LogLevel,
  ValidationMode,
} from '../core/client-options.js';
import type { AuthStrategy } from '../core/auth-strategy.js';
import type { ProblemRegistry } from '../core/operation.js';
import { redact, type PiiPatterns } from './redact.js';
import { resolveRetry, RETRY_DEFAULTS, type ResolvedRetry } from './retry-policy.js';
import { createTransport, type Transport } from './transport.js';

/** The resolved configuration a call runs with. */
export interface ClientContext {
  readonly options: ClientOptions;
  readonly baseUrl: string;
  readonly transport: Transport;
  readonly auth: AuthStrategy | undefined;
  readonly timeout: number;
  readonly attemptTimeout: number;
  readonly retry: ResolvedRetry;
  readonly baseHeaders: Readonly<Record<string, string>>;
  readonly validate: ValidationMode;
  readonly identifierValidator: IdentifierValidator | undefined;
  readonly problems: ProblemRegistry;
  readonly log: ((level: LogLevel, message: string, fields: LogFields, pii: PiiPatterns) => void) | undefined;
  readonly drift: (drift: DriftReport) => void;
}

/** Default `timeout`, `attemptTimeout`, `validate` and `userAgent`. */
export const DEFAULTS = { timeout: 60_000, attemptTimeout: 20_000, validate: 'warn', userAgent: 'zhongyuan-sdk' } as const;

/**
 * Resolves options into a context. `fixedHeaders` (such as the spec version of a generated client) are sent on
 * every request and win over `options.headers`.
 */
export function resolveContext(
  options: ClientOptions,
  problems: ProblemRegistry,
  fixedHeaders: Readonly<Record<string, string>> = {},
): ClientContext {
  if (typeof options.baseUrl !== 'string' || !/^https?:\/\//i.test(options.baseUrl)) {
    throw new TypeError('baseUrl must be an absolute http(s) URL');
  }
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    'user-agent': options.userAgent ?? DEFAULTS.userAgent,
  };
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
  for (const [name, value] of Object.entries(fixedHeaders)) headers[name.toLowerCase()] = value;
  const logger = options.logger;
  const log = logger === undefined ? undefined : createLog(logger);
  const onDrift = options.onDrift;
  return {
    options,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    transport: createTransport(options.fetch),
    auth: options.auth,
    timeout: positive(options.timeout, DEFAULTS.timeout),
    attemptTimeout: positive(options.attemptTimeout, DEFAULTS.attemptTimeout),
    retry: resolveRetry(RETRY_DEFAULTS, options.retry),
    baseHeaders: headers,
    validate: options.validate ?? DEFAULTS.validate,
    identifierValidator: options.identifierValidator,
    problems,
    log,
    drift:
      onDrift ??
      ((drift) => {
        log?.('warn', 'response drift', { ...drift }, []);
      }),
  };
}

/** Merges a partial over options: `undefined` leaves a value as it was; `retry` and `headers` merge key by key. */
export function mergeOptions(base: ClientOptions, over: Partial<ClientOptions>): ClientOptions {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) if (value !== undefined) merged[key] = value;
  merged['retry'] = { ...base.retry, ...defined(over.retry) };
  merged['headers'] = { ...base.headers, ...defined(over.headers) };
  return merged as unknown as ClientOptions;
}

function defined<T extends object>(value: T | undefined): Partial<T> {
  if (value === undefined) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

// Timers overflow (and fire at once) beyond 2^31 - 1 ms, about 24.8 days.
const MAX_TIMER = 2_147_483_647;

/** A positive timer duration in ms, capped at the timer maximum; otherwise `fallback`. */
export function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.min(value, MAX_TIMER) : fallback;
}

function createLog(logger: Logger): ClientContext['log'] {
  return (level, message, fields, pii) => {
    const write = logger[level];
    if (write === undefined) return;
    // Everything logged passes the one redaction function.
    write.call(logger, redact(message) as string, redact(fields, pii) as LogFields);
  };
}
