/**
 * Hosts an operator allows images from besides our own uploads (`ALLOWED_IMAGE_HOSTS`, comma
 * separated). Shared by the body sanitizer and the Content-Security-Policy, so an allowed image
 * is never stripped by one and blocked by the other. Only plain host names count: anything else
 * (a path, a port, a `;`) is ignored, so the list can never inject a CSP directive.
 */
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export function allowedImageHosts(raw = process.env.ALLOWED_IMAGE_HOSTS ?? ''): string[] {
  return raw
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => HOST.test(h));
}
