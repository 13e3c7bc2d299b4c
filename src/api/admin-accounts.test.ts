import { afterEach, describe, expect, it, vi } from 'vitest';
import { getAccount, listAccounts, listAccountsAt } from './admin-accounts.ts';

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'Content-Type': 'application/json; charset=utf-8', ...init.headers } });

function stubFetch(...responses: Response[]) {
  const fetch = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>();
  for (const response of responses) fetch.mockResolvedValueOnce(response);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('listAccounts', () => {
  it('reads the v2 page and its next link', async () => {
    const fetch = stubFetch(json([{ id: '2' }], { headers: { Link: '<https://a.example/api/v2/admin/accounts?max_id=2&status=pending>; rel="next"' } }));
    const page = await listAccounts({ origin: 'https://a.example', token: 't' }, { status: 'pending', role_ids: ['3'] });
    expect(fetch.mock.calls[0]![0]).toBe('https://a.example/api/v2/admin/accounts?status=pending&role_ids%5B%5D=3');
    expect(page).toEqual({ items: [{ id: '2' }], next: 'https://a.example/api/v2/admin/accounts?max_id=2&status=pending', api: 'v2', limitations: [] });
  });

  it('falls back to v1 on a 404 and remembers that for the instance', async () => {
    const origin = 'https://old.example';
    const fetch = stubFetch(json({ error: 'Not found' }, { status: 404 }), json([]), json([]));
    const page = await listAccounts({ origin, token: 't' }, { status: 'sensitized' });
    expect(fetch.mock.calls.map((call) => call[0])).toEqual([`${origin}/api/v2/admin/accounts?status=sensitized`, `${origin}/api/v1/admin/accounts`]);
    expect(page.api).toBe('v1');
    expect(page.limitations).toEqual(['all_origins', 'sensitized', 'all_statuses']);
    await listAccounts({ origin, token: 't' }, { origin: 'remote' });
    expect(fetch.mock.calls[2]![0]).toBe(`${origin}/api/v1/admin/accounts?remote=true`);
  });

  it('refuses a body that is not a list, and leaves out entries that are not accounts', async () => {
    stubFetch(json({ accounts: [] }));
    await expect(listAccounts({ origin: 'https://c.example', token: 't' }, {})).rejects.toMatchObject({ kind: 'bad_response' });
    stubFetch(json([null, 'x', { id: 7 }, { id: '8', username: 'ok' }]));
    expect((await listAccounts({ origin: 'https://c.example', token: 't' }, {})).items).toEqual([{ id: '8', username: 'ok' }]);
  });

  it('does not fall back on other errors', async () => {
    stubFetch(json({ error: 'This action is not allowed' }, { status: 403 }));
    await expect(listAccounts({ origin: 'https://b.example', token: 't' }, {})).rejects.toMatchObject({ kind: 'forbidden' });
  });
});

describe('listAccountsAt', () => {
  it('follows next verbatim and re-appends role_ids[] on v2', async () => {
    const next = 'https://a.example/api/v2/admin/accounts?max_id=109876543210987654&origin=local';
    const fetch = stubFetch(json([]));
    const page = await listAccountsAt({ origin: 'https://a.example', token: 't' }, next, { origin: 'local', role_ids: ['1', '2'] });
    expect(fetch.mock.calls[0]![0]).toBe(`${next}&role_ids%5B%5D=1&role_ids%5B%5D=2`);
    expect(page).toEqual({ items: [], next: null, api: 'v2', limitations: [] });
  });

  it('keeps v1 links as they are', async () => {
    const next = 'https://old.example/api/v1/admin/accounts?max_id=5&remote=true';
    const fetch = stubFetch(json([]));
    const page = await listAccountsAt({ origin: 'https://old.example', token: 't' }, next, { origin: 'remote', role_ids: ['1'] });
    expect(fetch.mock.calls[0]![0]).toBe(next);
    expect(page.limitations).toEqual(['all_statuses', 'role_ids']);
  });
});

describe('getAccount', () => {
  it('refuses an answer that is not an account', async () => {
    stubFetch(json({ error: null }));
    await expect(getAccount({ origin: 'https://a.example', token: 't' }, '5')).rejects.toMatchObject({ kind: 'bad_response' });
  });
});
