/**
 * Measures the local instance: cold start (open + seed) and p50/p95 latency of
 * GET /api/v2/admin/accounts for each single filter, over real HTTP.
 *   npm run bench:instance -- --accounts 200000 --runs 40
 */
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { DEFAULT_OPTIONS, startInstance } from '../server/instance.ts';
import { SPAM_CLUSTER } from '../server/db/seed.ts';

const { values } = parseArgs({ options: { accounts: { type: 'string', default: '200000' }, runs: { type: 'string', default: '40' } } });
const accounts = Number(values.accounts);
const runs = Number(values.runs);
if (!Number.isInteger(accounts) || accounts < 1 || !Number.isInteger(runs) || runs < 1) throw new Error('--accounts and --runs must be positive integers');

const started = performance.now();
const { inst, server, origin } = await startInstance({ ...DEFAULT_OPTIONS, dataDir: null, port: 3199, seedAccounts: accounts, devRoutes: false });
const coldStartMs = performance.now() - started;

const token = randomBytes(16).toString('hex');
await inst.db.query(
  `INSERT INTO oauth_access_tokens (token, application_id, resource_owner_id, scopes, created_at)
   VALUES ($1, 1, (SELECT id FROM users WHERE email = 'admin@modboard.test'), 'admin:read', now())`,
  [token],
);

const FILTERS: Record<string, string> = {
  '(none)': '',
  'origin=local': 'origin=local',
  'origin=remote': 'origin=remote',
  'status=active': 'status=active',
  'status=pending': 'status=pending',
  'status=disabled': 'status=disabled',
  'status=silenced': 'status=silenced',
  'status=suspended': 'status=suspended',
  'status=sensitized': 'status=sensitized',
  'permissions=staff': 'permissions=staff',
  'role_ids[]=1': 'role_ids[]=1',
  'invited_by': `invited_by=${(await inst.db.query<{ id: string }>(`SELECT id FROM users WHERE email = 'owner@modboard.test'`)).rows[0]!.id}`,
  'username=al': 'username=al',
  'display_name=ali': 'display_name=ali',
  'by_domain': 'by_domain=fosstodon.example',
  'email=%@spam.example': `email=${encodeURIComponent(`%@${SPAM_CLUSTER.emailDomain}`)}`,
  'ip (address)': `ip=${SPAM_CLUSTER.ip}`,
  'ip (CIDR /24)': `ip=${encodeURIComponent(SPAM_CLUSTER.network)}`,
};

// Warm up once for the whole run: seeding leaves garbage for the first GC and cold plan caches.
for (let i = 0; i < 20; i++) await fetch(`${origin}/api/v2/admin/accounts`, { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.text());

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const rows: { filter: string; rows: number; p50: number; p95: number }[] = [];
for (const [name, query] of Object.entries(FILTERS)) {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now();
    const response = await fetch(`${origin}/api/v2/admin/accounts?${query}`, { headers: { Authorization: `Bearer ${token}` } });
    const body = (await response.json()) as unknown[];
    const elapsed = performance.now() - t0;
    if (response.status !== 200) throw new Error(`${name}: HTTP ${response.status}`);
    count = body.length;
    if (i >= 3) times.push(elapsed); // the first three warm the cache
  }
  times.sort((a, b) => a - b);
  rows.push({ filter: name, rows: count, p50: percentile(times, 50), p95: percentile(times, 95) });
}
server.close();

console.log(`\nLocal instance, ${accounts.toLocaleString('en')} generated accounts, ${runs} runs per filter`);
console.log(`cold start (open + seed): ${(coldStartMs / 1000).toFixed(1)} s\n`);
console.log('| filter | rows | p50 ms | p95 ms | p95 ≤ 50 ms |');
console.log('|---|---:|---:|---:|---|');
for (const row of rows) console.log(`| ${row.filter} | ${row.rows} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.p95 <= 50 ? 'yes' : 'NO'} |`);
process.exit(0);
