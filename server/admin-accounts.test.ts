import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './test/harness.ts';
import { entityErrors } from './test/schemas.ts';
import { SPAM_CLUSTER } from './db/seed.ts';

let h: Harness;
const tokens = {} as Record<'owner' | 'admin' | 'moderator' | 'triage' | 'user', string>;

beforeAll(async () => {
  h = await createHarness();
  for (const role of ['owner', 'admin', 'moderator', 'triage', 'user'] as const) tokens[role] = await h.tokenFor(`${role}@modboard.test`);
});

const list = (query: string, token = tokens.admin) => h.request(`/api/v2/admin/accounts?${query}`, { token });
const ids = (body: { id: string }[]) => body.map((a) => a.id);

async function createAccount(attrs: Record<string, unknown>) {
  const response = await h.request('/_dev/accounts', { method: 'POST', json: attrs });
  return response.json[0] as { id: string };
}

async function countWhere(where: string, values: unknown[] = []) {
  const result = await h.inst.db.query<{ count: string }>(
    `SELECT count(*) FROM accounts a LEFT JOIN users u ON u.account_id = a.id WHERE ${where}`,
    values,
  );
  return Number(result.rows[0]!.count);
}

describe('GET /api/v2/admin/accounts', () => {
  it('returns every account, newest first, each valid against the AdminAccount schema', async () => {
    const response = await list('limit=200');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = response.json as { id: string; domain: string | null }[];
    expect(body).toHaveLength(200);
    const sorted = [...ids(body)].sort((a, b) => (BigInt(b) > BigInt(a) ? 1 : -1));
    expect(ids(body)).toEqual(sorted);
    expect(body.some((a) => a.domain !== null)).toBe(true);
    expect(BigInt(body[0]!.id) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    for (const account of body) expect(entityErrors('AdminAccount', account)).toEqual([]);
  });

  it('gives remote accounts null user fields', async () => {
    const [remote] = (await list('origin=remote&limit=1')).json;
    expect(remote).toMatchObject({ email: null, ip: null, ips: null, role: null, confirmed: null, approved: null, disabled: null, locale: null });
  });

  it('follows next links to the end and counts every account once', async () => {
    let url: string | null = '/api/v2/admin/accounts?limit=150&origin=local';
    const seen: string[] = [];
    while (url) {
      const response = await h.request(url, { token: tokens.admin });
      seen.push(...ids(response.json));
      url = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1] ?? null;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await countWhere('a.domain IS NULL'));
  });

  it('supports min_id (the page just above, newest first) and since_id', async () => {
    const all = ids((await list('limit=10')).json);
    const above = ids((await list(`limit=3&min_id=${all[6]}`)).json);
    expect(above).toEqual(all.slice(3, 6));
    const since = ids((await list(`limit=3&since_id=${all[6]}`)).json);
    expect(since).toEqual(all.slice(0, 3));
    const empty = await list(`min_id=${all[0]}`);
    expect(empty.json).toEqual([]);
    expect(empty.headers.get('link')).toBeNull();
  });

  it('clamps limit at 200 and answers 500 for limit=0, as Mastodon does', async () => {
    expect((await list('limit=1000')).json).toHaveLength(200);
    expect((await list('limit=0')).status).toBe(500);
  });

  it.each([
    ['status=pending', 'u.approved = false'],
    ['status=disabled', 'u.disabled = true'],
    ['status=silenced', 'a.silenced_at IS NOT NULL'],
    ['status=suspended', 'a.suspended_at IS NOT NULL'],
    ['status=sensitized', 'a.sensitized_at IS NOT NULL'],
    ['status=active', 'a.suspended_at IS NULL'],
    ['origin=remote', 'a.domain IS NOT NULL'],
    ['permissions=staff', 'u.role_id IN (1, 2, 3, 4)'],
    ['role_ids[]=1&role_ids[]=3', 'u.role_id IN (1, 3)'],
    ['role_ids=2', 'u.role_id = 2'],
    [`email=%25@${SPAM_CLUSTER.emailDomain}`, `u.email LIKE '%@${SPAM_CLUSTER.emailDomain}'`],
    [`ip=${SPAM_CLUSTER.ip}`, `EXISTS (SELECT 1 FROM user_ips i WHERE i.user_id = u.id AND i.ip = '${SPAM_CLUSTER.ip}')`],
    ['ip=198.51.100.0/24', `EXISTS (SELECT 1 FROM user_ips i WHERE i.user_id = u.id AND i.ip << '198.51.100.0/24')`],
    ['by_domain=FOSSTODON.example', `a.domain = 'fosstodon.example'`],
    ['username=CHEAP', `a.username LIKE 'cheap%'`],
    ['display_name=ali', `a.display_name ILIKE 'ali%'`],
    ['origin=local&status=pending&email=%25@spam', `a.domain IS NULL AND u.approved = false AND u.email LIKE '%@spam%'`],
  ])('filter %s matches exactly the accounts where %s', async (query, where) => {
    const body = (await list(`${query}&limit=200`)).json as { id: string }[];
    const expected = await countWhere(where);
    expect(expected).toBeGreaterThan(0);
    expect(body.length).toBe(Math.min(expected, 200));
  });

  it('matches prefixes only: the middle of a display name finds nothing', async () => {
    await createAccount({ username: 'prefixprobe', display_name: 'Johnathan Probe' });
    expect(ids((await list('display_name=john')).json)).toHaveLength(1);
    expect((await list('display_name=ohnathan')).json).toEqual([]);
  });

  it('returns an empty list for an unparsable IP, and 400 for unknown enums', async () => {
    const bad = await list('ip=999.1.1.1');
    expect(bad.status).toBe(200);
    expect(bad.json).toEqual([]);
    expect(await list('status=banned')).toMatchObject({ status: 400, json: { error: 'Unknown status: banned' } });
    expect(await list('origin=mars')).toMatchObject({ status: 400, json: { error: 'Unknown origin: mars' } });
  });

  it('filters by invited_by user id', async () => {
    const owner = await h.inst.db.query<{ id: string }>(`SELECT id FROM users WHERE email = 'owner@modboard.test'`);
    const expected = await countWhere(`u.invite_id IS NOT NULL`);
    expect(expected).toBeGreaterThan(0);
    expect((await list(`invited_by=${owner.rows[0]!.id}&limit=200`)).json).toHaveLength(expected);
  });
});

describe('GET /api/v1/admin/accounts', () => {
  it('defaults to local, not suspended accounts, pending and disabled included', async () => {
    const body = (await h.request('/api/v1/admin/accounts?limit=200', { token: tokens.admin })).json as {
      domain: string | null; suspended: boolean;
    }[];
    expect(body.every((a) => a.domain === null && !a.suspended)).toBe(true);
    const total = await countWhere('a.domain IS NULL AND a.suspended_at IS NULL');
    expect(body.length).toBe(Math.min(total, 200));
  });

  it('needs remote=true for by_domain, and carries v1 filters in links', async () => {
    expect((await h.request('/api/v1/admin/accounts?by_domain=fosstodon.example', { token: tokens.admin })).json).toEqual([]);
    const remote = await h.request('/api/v1/admin/accounts?remote=true&by_domain=fosstodon.example&limit=1', { token: tokens.admin });
    expect(remote.json).toHaveLength(1);
    expect(remote.headers.get('link')).toMatch(/\/api\/v1\/admin\/accounts\?by_domain=fosstodon.example&limit=1&max_id=\d+&remote=true>; rel="next"/);
  });

  it('does not 404 in v1-only mode while v2 does', async () => {
    const old = await createHarness({ apiMode: 'v1-only', seedAccounts: 20 });
    const token = await old.tokenFor('admin@modboard.test');
    expect((await old.request('/api/v2/admin/accounts', { token })).status).toBe(404);
    expect((await old.request('/api/v1/admin/accounts', { token })).status).toBe(200);
  });
});

describe('authorization', () => {
  const revoked = async () => {
    const token = await h.tokenFor('admin@modboard.test');
    await h.inst.db.query('UPDATE oauth_access_tokens SET revoked_at = now() WHERE token = $1', [token]);
    return token;
  };

  it.each([
    ['owner', 200],
    ['admin', 200],
    ['moderator', 200],
    ['triage', 403],
    ['user', 403],
  ] as const)('%s listing accounts gets %i', async (role, status) => {
    expect((await list('limit=1', tokens[role])).status).toBe(status);
  });

  it('answers 403 "not allowed" with no or an unknown token, but 401 for a revoked one', async () => {
    expect(await h.request('/api/v2/admin/accounts')).toMatchObject({ status: 403, json: { error: 'This action is not allowed' } });
    expect(await list('', 'nonsense')).toMatchObject({ status: 403, json: { error: 'This action is not allowed' } });
    expect(await list('', await revoked())).toMatchObject({ status: 401, json: { error: 'The access token was revoked' } });
  });

  it('refuses a token without an admin read scope, and admin:write does not imply admin:read', async () => {
    const readOnly = await h.tokenFor('admin@modboard.test', 'read write');
    expect(await list('', readOnly)).toMatchObject({ status: 403, json: { error: 'This action is outside the authorized scopes' } });
    const writeOnly = await h.tokenFor('admin@modboard.test', 'read read:accounts admin:write admin:write:accounts');
    expect((await list('', writeOnly)).status).toBe(403);
    const granular = await h.tokenFor('admin@modboard.test', 'admin:read:accounts');
    expect((await list('limit=1', granular)).status).toBe(200);
  });

  it('checks the record before the policy: an unknown id is 404 even without a token', async () => {
    expect(await h.request('/api/v1/admin/accounts/1')).toMatchObject({ status: 404, json: { error: 'Record not found' } });
    expect((await h.request('/api/v1/admin/accounts/abc', { token: tokens.admin })).status).toBe(404);
  });

  it('answers CORS preflights and errors with Mastodon headers', async () => {
    const preflight = await h.request('/api/v2/admin/accounts', {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:5173', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const error = await h.request('/api/v2/admin/accounts', { headers: { Origin: 'http://127.0.0.1:5173' } });
    expect(error.headers.get('access-control-allow-origin')).toBe('*');
    expect(error.headers.get('access-control-expose-headers')).toContain('Link');
  });
});

describe('per-account actions', () => {
  const post = (id: string, action: string, token = tokens.admin, json?: unknown) =>
    h.request(`/api/v1/admin/accounts/${id}/${action}`, { method: 'POST', token, json });

  it('approves a pending account once, then refuses a second approve', async () => {
    const { id } = await createAccount({ username: 'waiting1', approved: false, invite_request: 'please' });
    const approved = await post(id, 'approve');
    expect(approved.status).toBe(200);
    expect(approved.json).toMatchObject({ id, approved: true });
    expect(entityErrors('AdminAccount', approved.json)).toEqual([]);
    expect(await post(id, 'approve')).toMatchObject({ status: 403, json: { error: 'This action is not allowed' } });
  });

  it('rejects by deleting the account, freeing the username', async () => {
    const { id } = await createAccount({ username: 'waiting2', approved: false });
    expect(await post(id, 'reject')).toMatchObject({ status: 200, json: {} });
    expect((await h.request(`/api/v1/admin/accounts/${id}`, { token: tokens.admin })).status).toBe(404);
    expect((await createAccount({ username: 'waiting2' })).id).toBeTruthy();
  });

  it('answers 403 Forbidden for approve, reject and enable on a remote account', async () => {
    const { id } = await createAccount({ username: 'faraway', domain: 'mastodon.example' });
    for (const action of ['approve', 'reject', 'enable']) {
      expect(await post(id, action)).toMatchObject({ status: 403, json: { error: 'Forbidden' } });
    }
  });

  it('enable, unsilence and unsensitive clear their flag and are idempotent', async () => {
    const { id } = await createAccount({ username: 'flagged', disabled: true, silenced: true, sensitized: true });
    expect((await post(id, 'enable')).json.disabled).toBe(false);
    expect((await post(id, 'unsilence')).json.silenced).toBe(false);
    expect((await post(id, 'unsensitive')).json.sensitized).toBe(false);
    expect((await post(id, 'unsilence')).status).toBe(200);
  });

  it('unsuspends only local suspensions', async () => {
    const { id } = await createAccount({ username: 'suspendedhere', suspended: true });
    expect((await post(id, 'unsuspend')).json.suspended).toBe(false);
    expect((await post(id, 'unsuspend')).status).toBe(403);
    const remote = await createAccount({ username: 'suspendedthere', domain: 'mastodon.example' });
    await h.inst.db.query('UPDATE accounts SET suspended_at = now(), suspension_origin = 1 WHERE id = $1', [remote.id]);
    expect((await post(remote.id, 'unsuspend')).status).toBe(403);
  });

  it('deletes data of a suspended account once, with delete_user_data only', async () => {
    const { id } = await createAccount({ username: 'purgeme', suspended: true, display_name: 'Purge Me' });
    const del = (token: string) => h.request(`/api/v1/admin/accounts/${id}`, { method: 'DELETE', token });
    expect((await del(tokens.moderator)).status).toBe(403);
    expect(await del(tokens.admin)).toMatchObject({ status: 200, json: {} });
    expect((await del(tokens.admin)).status).toBe(403);
    const after = await h.request(`/api/v1/admin/accounts/${id}`, { token: tokens.admin });
    expect(after.json.suspended).toBe(true);
    const notSuspended = await createAccount({ username: 'notsuspended' });
    expect((await h.request(`/api/v1/admin/accounts/${notSuspended.id}`, { method: 'DELETE', token: tokens.admin })).status).toBe(403);
  });

  it('applies each action type, records a strike and defaults send_email_notification to true', async () => {
    for (const type of ['none', 'sensitive', 'disable', 'silence', 'suspend']) {
      const { id } = await createAccount({ username: `act_${type}` });
      expect(await post(id, 'action', tokens.admin, { type, text: 'because' })).toMatchObject({ status: 200, json: {} });
      const account = (await h.request(`/api/v1/admin/accounts/${id}`, { token: tokens.admin })).json;
      expect(account.sensitized).toBe(type === 'sensitive');
      expect(account.disabled).toBe(type === 'disable');
      expect(account.silenced).toBe(type === 'silence');
      expect(account.suspended).toBe(type === 'suspend');
      const strike = await h.inst.db.query<{ action: string; text: string; send_email: boolean }>(
        'SELECT action, text, send_email FROM account_warnings WHERE target_account_id = $1',
        [id],
      );
      expect(strike.rows).toEqual([{ action: type, text: 'because', send_email: true }]);
    }
  });

  it('sends send_email_notification=false through, as form data too', async () => {
    const { id } = await createAccount({ username: 'quietwarn' });
    const response = await h.request(`/api/v1/admin/accounts/${id}/action`, {
      method: 'POST',
      token: tokens.admin,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'type=none&send_email_notification=false&warning_preset_id=1&text=extra',
    });
    expect(response.status).toBe(200);
    const strike = await h.inst.db.query<{ text: string; send_email: boolean }>('SELECT text, send_email FROM account_warnings WHERE target_account_id = $1', [id]);
    expect(strike.rows[0]).toEqual({ text: 'Your account was used to send spam.\n\nextra', send_email: false });
  });

  it('answers 422 for a missing or unknown type and 404 for unknown report or preset ids', async () => {
    const { id } = await createAccount({ username: 'badaction' });
    expect(await post(id, 'action', tokens.admin, {})).toMatchObject({
      status: 422,
      json: { error: "Validation failed: Type can't be blank, Type is not included in the list" },
    });
    expect(await post(id, 'action', tokens.admin, { type: 'ban' })).toMatchObject({ status: 422, json: { error: 'Validation failed: Type is not included in the list' } });
    expect((await post(id, 'action', tokens.admin, { type: 'none', report_id: '12345' })).status).toBe(404);
    expect((await post(id, 'action', tokens.admin, { type: 'none', warning_preset_id: '999' })).status).toBe(404);
  });

  it('resolves every open report on a non-warning action, only the cited one on a warning', async () => {
    const target = await h.accountIdOf('a.id IN (SELECT target_account_id FROM reports WHERE action_taken_at IS NULL) AND a.domain IS NULL AND u.role_id IS NULL');
    const open = () => h.request(`/api/v1/admin/reports?target_account_id=${target}`, { token: tokens.admin });
    const reports = (await open()).json as { id: string }[];
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) expect(entityErrors('AdminReport', report)).toEqual([]);
    await post(target, 'action', tokens.admin, { type: 'none', report_id: reports[0]!.id });
    expect((await open()).json).toHaveLength(reports.length - 1);
    await post(target, 'action', tokens.admin, { type: 'silence' });
    expect((await open()).json).toEqual([]);
    const resolved = await h.request(`/api/v1/admin/reports?target_account_id=${target}&resolved=true`, { token: tokens.admin });
    expect(resolved.json.length).toBeGreaterThanOrEqual(reports.length);
  });

  it('enforces role overrides and the manage_users requirement', async () => {
    const admin = await h.accountIdOf(`u.email = 'admin@modboard.test'`);
    const moderator = await h.accountIdOf(`u.email = 'moderator@modboard.test'`);
    expect((await post(admin, 'action', tokens.moderator, { type: 'silence' })).status).toBe(403);
    expect((await post(moderator, 'action', tokens.moderator, { type: 'silence' })).status).toBe(403);
    const { id } = await createAccount({ username: 'triagetarget' });
    expect((await post(id, 'action', tokens.triage, { type: 'silence' })).status).toBe(403);
    expect((await post(id, 'action', tokens.moderator, { type: 'silence', send_email_notification: false })).status).toBe(200);
  });
});
