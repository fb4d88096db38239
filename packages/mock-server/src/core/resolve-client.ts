/**
 * With auth off, which client a request acts for: `X-Client-Id` as a canonical identity (`ZY:<uscc>:<region>:
 * <subsystem>`), in the spec's form (`ZY/<class>/<uscc>/<region>/<subsystem>`), or one of the 30 cities by code
 * or name; otherwise the default client (Zhengzhou's).
 */
import { formatClientIdentity, parseClientIdentity } from '@zhongyuan/sdk/auth';
import { findCity } from '@zhongyuan/sdk/validators';
import type { MockContext } from './mock-context.js';

const SPEC_FORM = /^(?:ZY|ZY-TEST)\/(?:GOV|PUB|COM|NGO)\/([0-9A-HJ-NPQRTUWXY]{18})\/([1-9][0-9]{5})\/([a-z][a-z0-9-]{0,31})$/;

/** The client a request without verification acts for. */
export function resolveClient(header: string | null, mock: Pick<MockContext, 'clients' | 'defaultClient'>): { readonly id: string } {
  if (header === null || header.length > 100) return mock.defaultClient;
  if (parseClientIdentity(header) !== undefined) return mock.clients.get(header) ?? { id: header };
  const m = SPEC_FORM.exec(header);
  if (m !== null) {
    try {
      const id = formatClientIdentity({ uscc: m[1]!, region: m[2]!, subsystem: m[3]! });
      return mock.clients.get(id) ?? { id };
    } catch {
      return mock.defaultClient;
    }
  }
  const city = findCity(header);
  if (city !== undefined) {
    for (const c of mock.clients.values()) if (c.region === city.code) return c;
  }
  return mock.defaultClient;
}
