import { randomBytes } from 'node:crypto';
import { buildInstance, DEFAULT_OPTIONS, type StartOptions } from '../instance.ts';

export const ORIGIN = 'http://127.0.0.1:3000';

/** An in-memory instance driven through app.request, with helpers to mint tokens for seeded users. */
export async function createHarness(overrides: Partial<StartOptions> = {}) {
  const { inst, app } = await buildInstance(
    { ...DEFAULT_OPTIONS, dataDir: null, seedAccounts: 400, devRoutes: true, ...overrides },
    ORIGIN,
  );

  async function tokenFor(email: string | null, scopes = 'read write admin:read admin:write'): Promise<string> {
    const token = randomBytes(16).toString('hex');
    await inst.db.query(
      `INSERT INTO oauth_access_tokens (token, application_id, resource_owner_id, scopes, created_at)
       VALUES ($1, 1, (SELECT id FROM users WHERE email = $2), $3, now())`,
      [token, email, scopes],
    );
    return token;
  }

  async function request(path: string, init: RequestInit & { token?: string; json?: unknown } = {}) {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(init.json);
    }
    const response = await app.request(path.startsWith('http') ? path : `${ORIGIN}${path}`, { ...init, headers, body });
    const text = await response.text();
    let json: unknown = undefined;
    try {
      json = JSON.parse(text);
    } catch {
      // HTML pages and empty bodies stay as text.
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: response.status, headers: response.headers, text, json: json as any };
  }

  async function accountIdOf(where: string, values: unknown[] = []): Promise<string> {
    const result = await inst.db.query<{ id: string }>(
      `SELECT a.id FROM accounts a LEFT JOIN users u ON u.account_id = a.id WHERE ${where} ORDER BY a.id DESC LIMIT 1`,
      values,
    );
    if (!result.rows[0]) throw new Error(`no account matches ${where}`);
    return result.rows[0].id;
  }

  return { inst, app, tokenFor, request, accountIdOf };
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;
