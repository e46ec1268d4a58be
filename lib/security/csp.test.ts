import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rereadEnv } from '../env';
import { allowedImageHosts } from '../media/image-hosts';
import { sanitizeBody } from '../rich-text/sanitize';
import { PAGE_SCRIPTS } from '../site-scripts';
import { dashboardCsp, imageSources, publicCsp } from './csp';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

// Configuration is parsed once per process; a stubbed variable counts only once it is re-read.
function stubEnv(name: string, value: string) {
  vi.stubEnv(name, value);
  rereadEnv();
}

afterEach(() => {
  vi.unstubAllEnvs();
  rereadEnv();
});

describe('image hosts in the Content-Security-Policy', () => {
  it('allows exactly the hosts the sanitizer keeps images from, on public pages and in the newsroom', () => {
    stubEnv('ALLOWED_IMAGE_HOSTS', 'images.example.org, CDN.Example.com');
    const kept = sanitizeBody('<p>x</p><img src="https://cdn.example.com/a.jpg" alt="a"><img src="https://other.example.net/b.jpg" alt="b">');
    expect(kept).toContain('https://cdn.example.com/a.jpg');
    expect(kept).not.toContain('other.example.net');
    expect(directive(publicCsp(), 'img-src')).toBe("img-src 'self' data: https://images.example.org https://cdn.example.com");
    expect(directive(dashboardCsp('n0nce'), 'img-src')).toBe("img-src 'self' data: https://images.example.org https://cdn.example.com blob:");
  });

  it('ignores entries that are not plain host names, so the list cannot inject a directive', () => {
    expect(allowedImageHosts("evil.example; script-src *, https://x.example/a, host:8080, localhost, ok.example")).toEqual(['ok.example']);
    expect(imageSources(allowedImageHosts("a.example 'unsafe-inline'"))).toBe("'self' data:");
  });

  it('is only our own images when no host is configured', () => {
    stubEnv('ALLOWED_IMAGE_HOSTS', '');
    expect(directive(publicCsp(), 'img-src')).toBe("img-src 'self' data:");
  });
});

describe('eval', () => {
  it('is allowed only in the newsroom in development, where React needs it; public pages run no React', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(publicCsp()).not.toContain('unsafe-eval');
    expect(directive(dashboardCsp('n0nce'), 'script-src')).toMatch(/^script-src 'self' 'nonce-n0nce' 'strict-dynamic' .* 'unsafe-eval'$/);
    vi.stubEnv('NODE_ENV', 'production');
    expect(publicCsp()).not.toContain('unsafe-eval');
    expect(dashboardCsp('n0nce')).not.toContain('unsafe-eval');
  });
});

describe('public script policy', () => {
  it('allows exactly our page scripts, by hash, and nothing inline or from anywhere else', () => {
    const scriptSrc = directive(publicCsp(), 'script-src')!;
    expect(scriptSrc.split(' ').slice(1)).toEqual(PAGE_SCRIPTS.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`));
    expect(scriptSrc).not.toMatch(/unsafe|'self'|\*|https?:/);
  });
});
