import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { env, setRuntimeEnv } from './lib/env';
import { publicCsp } from './lib/security/csp';

/** Where the build records its deployment id: Next's BUILD_ID (generateBuildId below returns it). */
const BUILD_ID_FILE = path.join(__dirname, '.next', 'BUILD_ID');

/**
 * One id per build, the same on every instance started from it: Next stamps it on asset URLs and
 * navigations, and a browser holding pages of another deployment reloads instead of mixing the
 * two. NEXT_DEPLOYMENT_ID names it when set at build; otherwise the build makes one up and
 * publishes it through the environment, so Next's other loads of this file and its build workers
 * agree. A running instance reads the one its build recorded.
 */
function deploymentId(phase: string): string | undefined {
  if (phase === PHASE_PRODUCTION_BUILD) {
    // Digits only: Next puts the build id in asset paths, and ad blockers drop paths containing "ad".
    const id = env().deploymentId ?? `b${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${String(randomInt(1e9)).padStart(9, '0')}`;
    setRuntimeEnv({ NEXT_DEPLOYMENT_ID: id });
    return id;
  }
  if (phase === PHASE_PRODUCTION_SERVER) return readFileSync(BUILD_ID_FILE, 'utf8').trim();
  return undefined;
}

const base: NextConfig = {
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

export default function nextConfig(phase: string): NextConfig {
  const id = deploymentId(phase);
  // Without generateBuildId Next fixes the build id to one constant whenever deploymentId is set;
  // naming the build after its deployment keeps BUILD_ID telling builds apart.
  return id ? { ...base, deploymentId: id, generateBuildId: () => id } : base;
}
