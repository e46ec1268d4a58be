// Relative import: next.config.ts loads this file (through the CSP), and the @/ alias does not exist there.
import { env, HOST_NAME } from '../env';

/**
 * Hosts an operator allows images from besides our own uploads (`ALLOWED_IMAGE_HOSTS`, comma
 * separated, validated at start by lib/env.ts). Shared by the body sanitizer and the
 * Content-Security-Policy, so an allowed image is never stripped by one and blocked by the other.
 * Given a list, only plain host names count: anything else (a path, a port, a `;`) is ignored, so
 * a list can never inject a CSP directive.
 */
export function allowedImageHosts(raw?: string): string[] {
  if (raw === undefined) return env().allowedImageHosts;
  return raw
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => HOST_NAME.test(h));
}
