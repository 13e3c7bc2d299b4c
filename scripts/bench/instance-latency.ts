import { randomBytes } from 'node:crypto';
import type { Instance } from '../../server/context.ts';
import { SPAM_CLUSTER } from '../../server/db/seed.ts';

export interface FilterLatency {
  filter: string;
  rows: number;
  p50: number;
  p95: number;
}

export const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export const median = (values: readonly number[]) => percentile(values, 50);

/** A token for the seeded admin, written straight into the database (no browser needed). */
export async function adminToken(inst: Instance): Promise<string> {
  const token = randomBytes(16).toString('hex');
  await inst.db.query(
    `INSERT INTO oauth_access_tokens (token, application_id, resource_owner_id, scopes, created_at)
     VALUES ($1, 1, (SELECT id FROM users WHERE email = 'admin@modboard.test'), 'admin:read', now())`,
    [token],
  );
  return token;
}

/** One query string per single v2 filter, with values that match seeded accounts. */
async function singleFilters(inst: Instance): Promise<Record<string, string>> {
  const owner = (await inst.db.query<{ id: string }>(`SELECT id FROM users WHERE email = 'owner@modboard.test'`)).rows[0]!.id;
  return {
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
    invited_by: `invited_by=${owner}`,
    'username=al': 'username=al',
    'display_name=ali': 'display_name=ali',
    by_domain: 'by_domain=fosstodon.example',
    'email=%@spam.example': `email=${encodeURIComponent(`%@${SPAM_CLUSTER.emailDomain}`)}`,
    'ip (address)': `ip=${SPAM_CLUSTER.ip}`,
    'ip (CIDR /24)': `ip=${encodeURIComponent(SPAM_CLUSTER.network)}`,
  };
}

/**
 * p50/p95 of GET /api/v2/admin/accounts (100 rows per page) for each single filter, over real HTTP,
 * after a warm-up. Any non-200 answer throws: no number is reported that was not measured.
 */
export async function measureFilterLatency(inst: Instance, origin: string, runs: number): Promise<FilterLatency[]> {
  const token = await adminToken(inst);
  const get = (query: string) => fetch(`${origin}/api/v2/admin/accounts${query ? `?${query}` : ''}`, { headers: { Authorization: `Bearer ${token}` } });
  // Seeding leaves garbage for the first GC and cold plan caches.
  for (let i = 0; i < 20; i++) await get('').then((r) => r.text());

  const results: FilterLatency[] = [];
  for (const [filter, query] of Object.entries(await singleFilters(inst))) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs + 3; i++) {
      const t0 = performance.now();
      const response = await get(query);
      const body = (await response.json()) as unknown[];
      const elapsed = performance.now() - t0;
      if (response.status !== 200) throw new Error(`${filter}: HTTP ${response.status}`);
      rows = body.length;
      if (i >= 3) times.push(elapsed);
    }
    results.push({ filter, rows, p50: percentile(times, 50), p95: percentile(times, 95) });
  }
  return results;
}
