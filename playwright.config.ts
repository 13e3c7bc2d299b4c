import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.ts';

export const INSTANCE_PORT = 3100;
export const APP_PORT = 4173;
/** A second instance that, like Mastodon before 3.5, has no v2 account list. */
export const V1_INSTANCE_PORT = 3101;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  // One instance is shared and reset between tests, so tests run one at a time.
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.PLAYWRIGHT_JSON ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } } }],
  webServer: [
    {
      command: `npx tsx server/main.ts --memory --dev-routes --port ${INSTANCE_PORT} --seed-accounts 2000`,
      url: `http://127.0.0.1:${INSTANCE_PORT}/api/v2/instance`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx tsx server/main.ts --memory --port ${V1_INSTANCE_PORT} --seed-accounts 300 --api v1-only`,
      url: `http://127.0.0.1:${V1_INSTANCE_PORT}/api/v2/instance`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --port ${APP_PORT} --strictPort`,
      url: `http://127.0.0.1:${APP_PORT}/login`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
