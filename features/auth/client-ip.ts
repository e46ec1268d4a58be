/**
 * Set by runtime/server/http-server.ts on every request from the socket (or, with TRUST_PROXY, from
 * the proxy's X-Forwarded-For), overwriting anything the client sent, so it cannot be spoofed.
 */
export const CLIENT_IP_HEADER = 'x-northgate-client-ip';

export function clientIpFrom(headers: Headers | Record<string, string | string[] | undefined>): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  const ip = Array.isArray(value) ? value[0] : value;
  return ip && ip.length <= 64 ? ip : 'unknown';
}
