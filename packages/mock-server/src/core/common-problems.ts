/**
 * The shared problem types of specs/common/problem-types.yaml that the mock core itself answers with (before or
 * outside any exchange's handlers: unknown route, oversize body, wrong media type, invalid token …). Each
 * exchange's generated registry contains the same entries; this copy serves routes that belong to no exchange.
 */
import type { ProblemRegistry } from '@zhongyuan/sdk';

/** The common problem registry, keyed by type URI. */
export const commonProblems = {
  "https://zhongyuan-exchange.org/problems/validation-failed": { type: "https://zhongyuan-exchange.org/problems/validation-failed", code: "VALIDATION_FAILED", title: "Request validation failed", titleZh: "请求校验失败", status: 400, retryable: false },
  "https://zhongyuan-exchange.org/problems/invalid-token": { type: "https://zhongyuan-exchange.org/problems/invalid-token", code: "INVALID_TOKEN", title: "Request token missing or invalid", titleZh: "请求令牌缺失或无效", status: 401, retryable: false },
  "https://zhongyuan-exchange.org/problems/forbidden": { type: "https://zhongyuan-exchange.org/problems/forbidden", code: "FORBIDDEN", title: "Operation not permitted for this client", titleZh: "调用方无权执行此操作", status: 403, retryable: false },
  "https://zhongyuan-exchange.org/problems/not-found": { type: "https://zhongyuan-exchange.org/problems/not-found", code: "NOT_FOUND", title: "Resource not found", titleZh: "资源不存在", status: 404, retryable: false },
  "https://zhongyuan-exchange.org/problems/illegal-transition": { type: "https://zhongyuan-exchange.org/problems/illegal-transition", code: "ILLEGAL_TRANSITION", title: "State transition not allowed", titleZh: "当前状态不允许此操作", status: 409, retryable: false },
  "https://zhongyuan-exchange.org/problems/request-in-progress": { type: "https://zhongyuan-exchange.org/problems/request-in-progress", code: "REQUEST_IN_PROGRESS", title: "Request with this idempotency key is in progress", titleZh: "相同幂等键的请求正在处理中", status: 409, retryable: true },
  "https://zhongyuan-exchange.org/problems/idempotency-key-reused": { type: "https://zhongyuan-exchange.org/problems/idempotency-key-reused", code: "IDEMPOTENCY_KEY_REUSED", title: "Idempotency key reused with a different request", titleZh: "幂等键已用于不同的请求", status: 422, retryable: false },
  "https://zhongyuan-exchange.org/problems/payload-too-large": { type: "https://zhongyuan-exchange.org/problems/payload-too-large", code: "PAYLOAD_TOO_LARGE", title: "Request body too large", titleZh: "请求体过大", status: 413, retryable: false },
  "https://zhongyuan-exchange.org/problems/unsupported-media-type": { type: "https://zhongyuan-exchange.org/problems/unsupported-media-type", code: "UNSUPPORTED_MEDIA_TYPE", title: "Unsupported media type", titleZh: "不支持的媒体类型", status: 415, retryable: false },
  "https://zhongyuan-exchange.org/problems/rate-limited": { type: "https://zhongyuan-exchange.org/problems/rate-limited", code: "RATE_LIMITED", title: "Too many requests", titleZh: "请求过于频繁", status: 429, retryable: true },
  "https://zhongyuan-exchange.org/problems/internal": { type: "https://zhongyuan-exchange.org/problems/internal", code: "INTERNAL", title: "Internal error", titleZh: "服务内部错误", status: 500, retryable: false },
  "https://zhongyuan-exchange.org/problems/service-unavailable": { type: "https://zhongyuan-exchange.org/problems/service-unavailable", code: "SERVICE_UNAVAILABLE", title: "Service temporarily unavailable", titleZh: "服务暂时不可用", status: 503, retryable: true },
} as const satisfies ProblemRegistry;

/** A code of the common registry. */
export type CommonProblemCode = (typeof commonProblems)[keyof typeof commonProblems]['code'];
