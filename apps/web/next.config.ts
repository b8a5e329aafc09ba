import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    // Mentor photos are arbitrary http(s) URLs chosen by mentors (validated by the API), so
    // they are served as-is rather than through an allow-list of optimised remote hosts.
    unoptimized: true,
  },
};

export default nextConfig;
