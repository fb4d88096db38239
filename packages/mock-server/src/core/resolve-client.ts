/**
 * With auth off, which client a request acts for: `X-Client-Id` as a canonical identity
 * (`<instance>/<memberClass>/<uscc>/<region>/<subsystem>`), or one of the 30 cities by code or name; otherwise the
 * default client (Zhengzhou's).
 */
import { parseClientIdentity } from '@zhongyuan/sdk/auth';
import { findCity } from '@zhongyuan/sdk/validators';
import type { MockContext } from './mock-context.js';

/** The client a request without verification acts for. */
export function resolveClient(header: string | null, mock: Pick<MockContext, 'clients' | 'defaultClient'>): { readonly id: string } {
  if (header === null || header.length > 100) return mock.defaultClient;
  if (parseClientIdentity(header) !== undefined) return mock.clients.get(header) ?? { id: header };
  const city = findCity(header);
  if (city !== undefined) {
    for (const c of mock.clients.values()) if (c.region === city.code) return c;
  }
  return mock.defaultClient;
}
