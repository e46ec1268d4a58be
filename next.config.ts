import path from 'node:path';
import type { NextConfig } from 'next';
import { env } from './lib/env';
import { publicCsp } from './lib/security/csp';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native or WASM modules that must be loaded by Node at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'sharp', '@node-rs/argon2', 'pg'],
  turbopack: { root: __dirname },
  // Rendered pages live in memory only. Every start expires all cached pages anyway (content may have
  // changed while the server was down), so writing them to disk would only cost I/O, let two
  // processes on one build serve each other's pages, and let junk URLs fill the disk.
  experimental: { isrFlushToDisk: false },
  cacheMaxMemorySize: env().pageCacheBytes,
  // Next's cache, refusing to store a render that began before a change to what it shows.
  cacheHandler: path.join(__dirname, 'runtime/server/next-cache-handler.cjs'),
  logging: {
    // `npm run dev` logs every request; the scheduler's tick every 2 s would drown the rest.
    incomingRequests: { ignore: [/^\/api\/internal\/publish-due$/] },
    // Development would log every server action's arguments: sign-in and staff passwords included.
    serverFunctions: false,
  },
  // No page uses next/image: images come pre-sized from the media library. The optimizer would
  // only be anonymous, uncached image work on demand (runtime/server/request-guards.ts refuses it too).
  images: { unoptimized: true },
  async headers() {
    // HSTS is added at run time by runtime/server/http-server.ts, only when served over HTTPS.
    const everywhere = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ];
    return [
      { source: '/:path*', headers: everywhere },
      // The newsroom gets a stricter, nonce-based policy from proxy.ts instead, and media answers keep
      // their own "default-src 'none'; sandbox" (app/media/[key]/[file]/route.ts): headers set here
      // replace a route's own header of the same name.
      { source: '/((?!dashboard|login|media/).*)', headers: [{ key: 'Content-Security-Policy', value: publicCsp() }] },
    ];
  },
};

export default nextConfig;
