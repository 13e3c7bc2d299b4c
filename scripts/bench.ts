/**
 * npm run bench: the dashboard's speed and size, measured in Debian Chromium against the local
 * instance (100,000 accounts, 100 ms added to every API call). Writes bench/results.json and prints
 * a table. `--quick` (2,000 accounts, fewer runs) only checks that the bench still works.
 * What each figure means and how to read it: bench/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { DEFAULT_OPTIONS, startInstance } from '../server/instance.ts';
import { approve, bundleBytes, coldAccounts, scrollRows, signIn, typing, type BenchTarget } from './bench/browser-figures.ts';
import { measureFilterLatency } from './bench/instance-latency.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick;
const config = {
  accounts: quick ? 2_000 : 100_000,
  runs: quick ? 2 : 5,
  scrollRuns: quick ? 1 : 3,
  scrollRows: quick ? 1_500 : 10_000,
  instanceRuns: quick ? 5 : 30,
  latencyMs: 100,
};
const INSTANCE_PORT = 3300;
const APP_PORT = 4300;
const started = Date.now();
const log = (text: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${text}`);

log('building the dashboard');
await build({ logLevel: 'warn' });

log(`starting the instance with ${config.accounts.toLocaleString('en')} accounts`);
const { inst, server, origin } = await startInstance({ ...DEFAULT_OPTIONS, dataDir: null, port: INSTANCE_PORT, seedAccounts: config.accounts, devRoutes: true });
const app = await preview({ logLevel: 'warn', preview: { port: APP_PORT, strictPort: true } });
const target: BenchTarget = { app: `http://127.0.0.1:${APP_PORT}`, instance: origin, instanceHost: new URL(origin).host };
const dev = (path: string, init: RequestInit = {}) =>
  fetch(`${origin}/_dev/${path}`, { ...init, headers: { 'Content-Type': 'application/json' } }).then(async (response) => {
    if (!response.ok) throw new Error(`bench: /_dev/${path} answered ${response.status}`);
    return response.json() as Promise<unknown>;
  });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  log('signing in through the real OAuth flow');
  const state = await signIn(browser, target);
  await dev('faults', { method: 'POST', body: JSON.stringify({ path: '/api/*', latencyMs: config.latencyMs, count: null }) });

  log('1: bundle sizes');
  const bytes = await bundleBytes(browser, target, state);
  log('2, 3: cold /accounts');
  const cold = await coldAccounts(browser, target, state, config.runs);
  log(`4: scrolling ${config.scrollRows.toLocaleString('en')} rows`);
  const scroll = await scrollRows(browser, target, state, config.scrollRows, config.scrollRuns);
  log('5: typing a username');
  const typed = await typing(
    browser,
    target,
    state,
    config.runs,
    () => dev('requests', { method: 'DELETE' }).then(() => undefined),
    async () => ((await dev('requests?path=/api/v2/admin/accounts')) as { method: string; url: string; status: number }[]).filter((r) => r.method === 'GET'),
  );
  log('6: approving an account');
  const approved = await approve(browser, target, state, config.runs, async (n) => {
    const [created] = (await dev('accounts', { method: 'POST', body: JSON.stringify({ username: `bench_pending_${n}`, approved: false }) })) as { id: string }[];
    return created!.id;
  });
  await dev('faults', { method: 'DELETE' });
  // The browser's work is done; closing it keeps it from competing with the instance's timings.
  await browser.close();
  log('7: instance latency per filter');
  const latency = await measureFilterLatency(inst, origin, config.instanceRuns);

  const ratio = (value: number, network: number) => Math.round((value / network) * 1000) / 1000;
  const results = {
    mode: quick ? 'quick' : 'full',
    measuredAt: new Date().toISOString(),
    config,
    figures: {
      bundle: { loginGzipBytes: bytes.login.total, accountsGzipBytes: bytes.accounts.total, chunks: { login: bytes.login.chunks, accounts: bytes.accounts.chunks } },
      waterfall: { ms: cold.waterfallMs, ratioToNetwork: ratio(cold.waterfallMs, cold.networkMs), runs: cold.runs.waterfall },
      render: { ms: cold.renderMs, ratioToNetwork: ratio(cold.renderMs, cold.networkMs), runs: cold.runs.render },
      network: { listRequestMs: cold.networkMs, runs: cold.runs.network },
      scroll,
      typing: typed,
      approve: { ...approved, ratioToRequest: ratio(approved.overheadMs, approved.requestMs) },
      instance: latency,
    },
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const worstP95 = Math.max(...latency.map((row) => row.p95));
  const table: [string, string, string, boolean][] = [
    ['1 gzip JS+CSS, cold /accounts', `${kb(bytes.accounts.total)} (/login ${kb(bytes.login.total)})`, '≤ 150 KB', bytes.accounts.total <= 150 * 1024],
    ['2 waterfall: first API → list request', `${ms(cold.waterfallMs)} (${ratio(cold.waterfallMs, cold.networkMs)}× network)`, '≤ 20 ms', cold.waterfallMs <= 20],
    ['3 render: list response → first row frame', `${ms(cold.renderMs)} (${ratio(cold.renderMs, cold.networkMs)}× network)`, '≤ 50 ms', cold.renderMs <= 50],
    ['4a rows in the DOM while scrolling', String(scroll.maxRows), '≤ 100', scroll.maxRows <= 100],
    ['4b long tasks > 50 ms while scrolling', String(scroll.longTasks), '0', scroll.longTasks === 0],
    ['4c JS heap growth', `${scroll.heapGrowthMb.toFixed(1)} MB`, '≤ 60 MB', scroll.heapGrowthMb <= 60],
    ['5 typing 10 keys: completed / sent / aborted', `${typed.completed} / ${typed.sent} / ${typed.aborted}`, '1 completed', typed.completed === 1],
    ['6 approve: click → badge, minus request', `${ms(approved.overheadMs)} (request ${ms(approved.requestMs)})`, '≤ 30 ms', approved.overheadMs <= 30],
    [`7 instance p95, worst of ${latency.length} filters`, ms(worstP95), '≤ 50 ms', worstP95 <= 50],
  ];
  console.log(`\nModboard bench (${results.mode}): ${config.accounts.toLocaleString('en')} accounts, ${config.latencyMs} ms added per API call, median of ${config.runs} runs (scroll: ${config.scrollRuns})`);
  console.log(`network: the accounts list request took ${ms(cold.networkMs)} (median)\n`);
  console.log('| figure | measured | target | met |');
  console.log('|---|---|---|---|');
  for (const [name, value, goal, met] of table) console.log(`| ${name} | ${value} | ${goal} | ${met ? 'yes' : 'NO'} |`);
  console.log('\n| filter | rows | p50 ms | p95 ms |\n|---|---:|---:|---:|');
  for (const row of latency) console.log(`| ${row.filter} | ${row.rows} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} |`);
  console.log(`\nwrote bench/results.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
  server.close();
}
process.exit(0);
