import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const INSTANCE = 'http://127.0.0.1:3100';
export const INSTANCE_HOST = '127.0.0.1:3100';

export interface LoggedRequest {
  id: number;
  method: string;
  url: string;
  status: number;
  body: string | null;
}

/** The local instance's /_dev control routes. Real HTTP, no mocks. */
export const instance = {
  async reset() {
    const response = await fetch(`${INSTANCE}/_dev/reset`, { method: 'POST' });
    expect(response.ok).toBe(true);
  },
  async fault(fault: { path: string; method?: string; status?: number; latencyMs?: number; count?: number | null; drop?: boolean; malformed?: boolean; body?: unknown }) {
    await fetch(`${INSTANCE}/_dev/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fault) });
  },
  async clearFaults() {
    await fetch(`${INSTANCE}/_dev/faults`, { method: 'DELETE' });
  },
  async requests(path?: string): Promise<LoggedRequest[]> {
    const response = await fetch(`${INSTANCE}/_dev/requests${path ? `?path=${encodeURIComponent(path)}` : ''}`);
    return (await response.json()) as LoggedRequest[];
  },
  async clearRequests() {
    await fetch(`${INSTANCE}/_dev/requests`, { method: 'DELETE' });
  },
  async revokeTokens(email: string) {
    await fetch(`${INSTANCE}/_dev/revoke-tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email }) });
  },
  async api<T>(path: string, token: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
    const response = await fetch(`${INSTANCE}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, ...init.headers } });
    return { status: response.status, body: (await response.json()) as T };
  },
};

/** Counts what the instance itself lists for a v2 query, following Link headers, to compare with the UI. */
export async function countAccounts(token: string, query = ''): Promise<number> {
  let url: string | null = `${INSTANCE}/api/v2/admin/accounts?limit=200${query ? `&${query}` : ''}`;
  let total = 0;
  while (url) {
    const response: Response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    total += ((await response.json()) as unknown[]).length;
    url = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1] ?? null;
  }
  return total;
}

const PENDING_COUNT = '/api/v2/admin/accounts?origin=local&status=pending&limit=200';

/** GET requests for account list pages, as `path?query`: no preflights, no single accounts, no pending-count badge. */
export async function listRequests(version: 'v1' | 'v2' = 'v2'): Promise<string[]> {
  return (await instance.requests(`/api/${version}/admin/accounts`))
    .filter((r) => r.method === 'GET' && !/accounts\/\d/.test(r.url) && r.url !== PENDING_COUNT)
    .map((r) => r.url);
}

export interface AdminAccountBody {
  id: string;
  username: string;
  approved: boolean | null;
  disabled: boolean | null;
  silenced: boolean;
  suspended: boolean;
  sensitized: boolean;
}

/** Creates accounts through the instance's dev route; each starts in exactly the state a test needs. */
export async function createAccount(input: Record<string, unknown> & { username: string }): Promise<AdminAccountBody> {
  const response = await fetch(`${INSTANCE}/_dev/accounts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  expect(response.status).toBe(200);
  return ((await response.json()) as AdminAccountBody[])[0]!;
}

export const PASSWORDS: Record<string, string> = {
  'owner@modboard.test': 'owner-password',
  'admin@modboard.test': 'admin-password',
  'moderator@modboard.test': 'moderator-password',
  'triage@modboard.test': 'triage-password',
  'user@modboard.test': 'user-password',
};

/** Goes through the real flow: Modboard's login page → the instance's sign-in and authorize pages → back. */
export async function signIn(page: Page, email: string, options: { fromLogin?: boolean; password?: string; host?: string } = {}) {
  if (options.fromLogin !== false) {
    await page.goto('/login');
    await page.getByLabel('Your instance').fill(options.host ?? INSTANCE_HOST);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(options.password ?? PASSWORDS[email]!);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Authorize' }).click();
  await expect(page.locator('header nav')).toBeVisible();
}

/** The stored token of the active session, read the way the app stores it. */
export async function activeToken(page: Page): Promise<string> {
  return page.evaluate(() => {
    const sessions = JSON.parse(localStorage.getItem('modboard.sessions.v1') ?? '[]') as { id: string; token: string }[];
    const active = JSON.parse(localStorage.getItem('modboard.active.v1') ?? 'null') as string | null;
    return (sessions.find((s) => s.id === active) ?? sessions[0])!.token;
  });
}

export async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
