/**
 * Measures the local instance alone: cold start (open + seed) and p50/p95 latency of
 * GET /api/v2/admin/accounts for each single filter, over real HTTP.
 *   npm run bench:instance -- --accounts 200000 --runs 40
 */
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, startInstance } from '../server/instance.ts';
import { measureFilterLatency } from './bench/instance-latency.ts';

const { values } = parseArgs({ options: { accounts: { type: 'string', default: '200000' }, runs: { type: 'string', default: '40' } } });
const accounts = Number(values.accounts);
const runs = Number(values.runs);
if (!Number.isInteger(accounts) || accounts < 1 || !Number.isInteger(runs) || runs < 1) throw new Error('--accounts and --runs must be positive integers');

const started = performance.now();
const { inst, server, origin } = await startInstance({ ...DEFAULT_OPTIONS, dataDir: null, port: 3199, seedAccounts: accounts, devRoutes: false });
const coldStartMs = performance.now() - started;
const rows = await measureFilterLatency(inst, origin, runs);
server.close();

console.log(`\nLocal instance, ${accounts.toLocaleString('en')} generated accounts, ${runs} runs per filter`);
console.log(`cold start (open + seed): ${(coldStartMs / 1000).toFixed(1)} s\n`);
console.log('| filter | rows | p50 ms | p95 ms | p95 ≤ 50 ms |');
console.log('|---|---:|---:|---:|---|');
for (const row of rows) console.log(`| ${row.filter} | ${row.rows} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.p95 <= 50 ? 'yes' : 'NO'} |`);
process.exit(0);
