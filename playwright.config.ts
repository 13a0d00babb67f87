// Browser tests against the built app: the platform's throwaway-database server (fresh embedded
// PostgreSQL with the bundled reports) running `next start` over the build in NEXT_DIST_DIR
// (build first: `NEXT_DIST_DIR=.next-test npx next build`; `npm test` does). Debian's chromium.

import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 3190);
const distDir = process.env.NEXT_DIST_DIR || '.next-test';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Two cores shared by several people: one browser at a time.
  workers: 1,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npx tsx scripts/serve-test.ts',
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port), NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
