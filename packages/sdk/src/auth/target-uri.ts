/**
 * The `htu` (target URI) normalisation shared by minting and verifying.
 */

/**
 * Normalise a target URI for the `htu` claim: WHATWG URL parsing (so scheme and host are lower-cased, IDNs are
 * punycoded, default ports are dropped and dot segments resolved), then `scheme://host[:port]` + path + query
 * exactly as the parser serialises them; the fragment and any userinfo are dropped.
 *
 * @example
 * normalizeTargetUri('HTTPS://Exchange.Example.CN:443/v1/settlements?page=2#x')
 * // 'https://exchange.example.cn/v1/settlements?page=2'
 */
export function normalizeTargetUri(target: URL | string): string {
  const url = typeof target === 'string' ? new URL(target) : target;
  return `${url.protocol}//${url.host}${url.pathname}${url.search}`;
}

/** True when `hostname` (as `URL.hostname` spells it) is a loopback host. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}
