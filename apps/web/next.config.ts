import { resolve } from 'node:path';
import type { NextConfig } from 'next';

/**
 * Where the web server reaches the API. Rewrites are resolved by `next build` and written to the
 * routes manifest, so API_URL must be set at build time (server code also reads it at run time).
 */
const apiUrl = (process.env.API_URL ?? 'http://localhost:3001').replace(/\/+$/, '');

const nextConfig: NextConfig = {
  // The browser journeys (scripts/e2e.mjs) build into their own folder, leaving `.next` alone.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Container images (infra/docker/web.Dockerfile) build a self-contained server with its traced
  // dependencies; the monorepo root is the tracing root so @ladder/domain is included.
  ...(process.env.NEXT_OUTPUT === 'standalone'
    ? { output: 'standalone' as const, outputFileTracingRoot: resolve(__dirname, '../..') }
    : {}),
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    // Mentor photos are arbitrary https URLs chosen by mentors (validated by the API), so
    // they are served as-is rather than through an allow-list of optimised remote hosts.
    unoptimized: true,
  },
  async rewrites() {
    return [
      // The browser talks to the API through the web origin, so the API's httpOnly session
      // cookies are first-party and SameSite=Lax just works. Server code calls API_URL directly.
      { source: '/api/v1/:path*', destination: `${apiUrl}/api/v1/:path*` },
    ];
  },
};

export default nextConfig;
