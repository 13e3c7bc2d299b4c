import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './test/harness.ts';

let h: Harness;
let token: string;
beforeAll(async () => {
  h = await createHarness({ seedAccounts: 50, rateLimit: true });
  token = await h.tokenFor('admin@modboard.test');
});

describe('/_dev control routes', () => {
  it('injects a status for N requests and then stops', async () => {
    await h.request('/_dev/faults', { method: 'POST', json: { path: '/api/v2/admin/accounts', status: 503, count: 2 } });
    expect((await h.request('/api/v2/admin/accounts', { token })).status).toBe(503);
    expect((await h.request('/api/v2/admin/accounts', { token })).json.error).toContain('temporary problem');
    expect((await h.request('/api/v2/admin/accounts', { token })).status).toBe(200);
  });

  it('injects latency and malformed bodies on glob patterns', async () => {
    await h.request('/_dev/faults', { method: 'POST', json: { path: '/api/v1/admin/accounts/*', latencyMs: 120 } });
    const started = performance.now();
    await h.request('/api/v1/admin/accounts/1', { token });
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
    await h.request('/_dev/faults', { method: 'POST', json: { path: '/api/v2/instance', malformed: true } });
    const broken = await h.request('/api/v2/instance');
    expect(broken.status).toBe(200);
    expect(broken.json).toBeUndefined();
  });

  it('logs requests with their query and redacted bodies', async () => {
    await h.request('/_dev/requests', { method: 'DELETE' });
    await h.request('/api/v2/admin/accounts?status=pending&email=%25%40spam.example', { token });
    await h.request('/oauth/token', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&client_id=a&client_secret=topsecret' });
    const log = (await h.request('/_dev/requests')).json as { url: string; status: number; body: string | null }[];
    expect(log[0]).toMatchObject({ url: '/api/v2/admin/accounts?status=pending&email=%25%40spam.example', status: 200 });
    expect(log[1]!.body).toBe('grant_type=client_credentials&client_id=a&client_secret=[redacted]');
  });

  it('moves the clock forward', async () => {
    const before = (await h.request('/_dev/clock', { method: 'POST', json: { advance_seconds: 0 } })).json.now;
    const after = (await h.request('/_dev/clock', { method: 'POST', json: { advance_seconds: 3600 } })).json.now;
    expect(Date.parse(after) - Date.parse(before)).toBeGreaterThanOrEqual(3_600_000);
  });

  it('resets to the same seed data', async () => {
    const first = (await h.request('/api/v2/admin/accounts?limit=5', { token })).json;
    await h.request(`/api/v1/admin/accounts/${first[0].id}/action`, { method: 'POST', token, json: { type: 'suspend' } });
    expect((await h.request('/_dev/reset', { method: 'POST' })).status).toBe(200);
    token = await h.tokenFor('admin@modboard.test');
    expect((await h.request('/api/v2/admin/accounts?limit=5', { token })).json).toEqual(first);
  });
});

describe('rate limits with --rate-limit', () => {
  it('sends X-RateLimit headers with an ISO reset and answers 429 after 300 requests per token', async () => {
    const limited = await h.tokenFor('moderator@modboard.test');
    let response = await h.request('/api/v1/accounts/verify_credentials', { token: limited });
    expect(response.headers.get('x-ratelimit-limit')).toBe('300');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('299');
    expect(response.headers.get('x-ratelimit-reset')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    for (let i = 0; i < 300; i++) response = await h.request('/api/v2/instance', { token: limited });
    expect(response).toMatchObject({ status: 429, json: { error: 'Too many requests' } });
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(response.headers.get('retry-after')).toBeNull();
  });

  it('limits paging requests to 300 per 15 minutes', async () => {
    // The paging throttle counts per user, so a second token of the same user sees it as the tightest.
    const first = await h.tokenFor('owner@modboard.test');
    for (let i = 0; i < 5; i++) await h.request('/api/v2/admin/accounts?limit=1&max_id=1', { token: first });
    const second = await h.tokenFor('owner@modboard.test');
    const response = await h.request('/api/v2/admin/accounts?limit=1&max_id=1', { token: second });
    expect(response.headers.get('x-ratelimit-limit')).toBe('300');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('294');
    expect(Date.parse(response.headers.get('x-ratelimit-reset')!) % (15 * 60_000)).toBe(0);
  });
});
