/**
 * `npm test`: type check, lint, unit and server tests, then end-to-end tests in headless Chromium.
 * Installs Debian's chromium first when it is missing and we are root; otherwise says what to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DEBIAN_CHROMIUM, chromiumPath } from './chromium.ts';

const APT_COMMAND = 'apt-get update && apt-get install -y chromium';

function run(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function ensureChromium(): void {
  if (chromiumPath()) return;
  if (existsSync(chromium.executablePath())) return;
  const isRoot = process.getuid?.() === 0;
  const debian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (isRoot && debian) {
    console.log(`Chromium is missing; installing Debian's package: ${APT_COMMAND}`);
    if (run('install chromium', 'sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${APT_COMMAND}`]) && existsSync(DEBIAN_CHROMIUM)) return;
  }
  console.error(`\nChromium is needed for the end-to-end tests and was not found.\nInstall it with:\n  sudo sh -c '${APT_COMMAND}'\nor point CHROMIUM_PATH at a Chromium or Chrome binary.`);
  process.exit(1);
}

ensureChromium();
const reports = mkdtempSync(join(tmpdir(), 'modboard-test-'));
const vitestJson = join(reports, 'vitest.json');
const playwrightJson = join(reports, 'playwright.json');

const steps: [string, string, string[], NodeJS.ProcessEnv?][] = [
  ['build (also generates the route tree)', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['type check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit and server tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]],
  ['end-to-end tests', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON: playwrightJson }],
];

let failedStep: string | null = null;
for (const [title, command, args, env] of steps) {
  if (!run(title, command, args, env)) {
    failedStep = title;
    break;
  }
}

function counts(): { passed: number; failed: number; skipped: number } {
  const total = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(vitestJson)) {
    const report = JSON.parse(readFileSync(vitestJson, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
    total.passed += report.numPassedTests;
    total.failed += report.numFailedTests;
    total.skipped += report.numPendingTests;
  }
  if (existsSync(playwrightJson)) {
    const stats = (JSON.parse(readFileSync(playwrightJson, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
    total.passed += stats.expected;
    total.failed += stats.unexpected + stats.flaky;
    total.skipped += stats.skipped;
  }
  return total;
}

const total = counts();
if (failedStep) console.error(`\n✖ ${failedStep} failed`);
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedStep || total.failed > 0 || total.skipped > 0 ? 1 : 0);
