// Following a 201's `Location` the way a caller would: resolved against the base URL it called, sent through the
// same fetch and, when the caller signs, signed with the same key.
import type { AuthStrategy, FetchFunction } from '@zhongyuan/sdk';

/** GET `location` as resolved against `baseUrl`, through `fetchFn`, signed by `auth` when given. */
export async function getLocation(fetchFn: FetchFunction, baseUrl: string, location: string, auth?: AuthStrategy): Promise<Response> {
  const url = new URL(location, baseUrl);
  const headers = new Headers();
  if (auth !== undefined) await auth.apply({ method: 'GET', url, headers, body: undefined, operationId: 'getLocation', attempt: 1 });
  return fetchFn(url, { method: 'GET', headers });
}
