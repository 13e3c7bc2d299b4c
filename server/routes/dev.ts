import { Hono } from 'hono';
import type { Instance } from '../context.ts';
import { DATA_TABLES } from '../db/schema.ts';
import { seed } from '../db/seed.ts';
import { hashPassword } from '../passwords.ts';
import { badRequest } from '../errors.ts';
import { findAdminAccount } from './admin-accounts.ts';
import type { FaultInput } from '../dev/faults.ts';

interface NewAccount {
  username: string;
  domain?: string | null;
  display_name?: string;
  note?: string;
  email?: string;
  password?: string;
  approved?: boolean;
  confirmed?: boolean;
  disabled?: boolean;
  silenced?: boolean;
  suspended?: boolean;
  sensitized?: boolean;
  role_id?: string | null;
  invite_request?: string;
  ips?: string[];
  avatar?: boolean;
  header?: boolean;
}

export async function resetInstance(inst: Instance): Promise<void> {
  await inst.db.exec(`TRUNCATE ${DATA_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
  await seed(inst.db, { accounts: inst.options.seedAccounts, seed: inst.options.seed });
  inst.clock.reset();
  inst.faults.clear();
  inst.requests.clear();
  inst.limiter.reset();
}

async function createAccount(inst: Instance, input: NewAccount): Promise<string> {
  if (!input.username || !/^[a-z0-9_]+$/i.test(input.username)) throw badRequest('username must match [a-z0-9_]+');
  const now = inst.clock.now();
  const id = inst.ids.next(now);
  const domain = input.domain ?? null;
  const flag = (on: boolean | undefined) => (on ? now : null);
  await inst.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO accounts (id, username, domain, display_name, note, avatar_url, header_url, silenced_at, suspended_at,
         suspension_origin, sensitized_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)`,
      [id, input.username, domain, input.display_name ?? '', input.note ?? '',
        input.avatar ? `/system/generated/avatars/${id}.svg` : null, input.header ? `/system/generated/headers/${id}.svg` : null,
        flag(input.silenced), flag(input.suspended), input.suspended ? 0 : null, flag(input.sensitized), now],
    );
    if (input.suspended) await tx.query('INSERT INTO account_deletion_requests (account_id, created_at) VALUES ($1, $2)', [id, now]);
    if (domain !== null) return;
    await tx.query(
      `INSERT INTO users (id, account_id, email, encrypted_password, confirmed_at, approved, disabled, locale, role_id, created_at)
       VALUES ($1, $1, $2, $3, $4, $5, $6, 'en', $7, $8)`,
      [id, input.email ?? `${input.username}@example.com`, input.password ? hashPassword(input.password) : '',
        input.confirmed === false ? null : now, input.approved ?? true, input.disabled ?? false, input.role_id ?? null, now],
    );
    if (input.invite_request) await tx.query('INSERT INTO user_invite_requests (user_id, text) VALUES ($1, $2)', [id, input.invite_request]);
    for (const ip of input.ips ?? []) await tx.query('INSERT INTO user_ips (user_id, ip, used_at) VALUES ($1, $2, $3)', [id, ip, now]);
  });
  return id;
}

/** Test control, mounted only with --dev-routes. */
export function devRoutes(inst: Instance) {
  const app = new Hono();

  app.post('/_dev/reset', async (c) => {
    const started = performance.now();
    await resetInstance(inst);
    return c.json({ ok: true, ms: Math.round(performance.now() - started) });
  });

  app.post('/_dev/accounts', async (c) => {
    const body = (await c.req.json()) as NewAccount | { accounts: NewAccount[] };
    const inputs = 'accounts' in body ? body.accounts : [body];
    const created = [];
    for (const input of inputs) created.push(await findAdminAccount(inst, await createAccount(inst, input)));
    return c.json(created);
  });

  app.patch('/_dev/accounts/:id', async (c) => {
    const body = (await c.req.json()) as { avatar?: boolean; header?: boolean };
    const id = c.req.param('id');
    for (const kind of ['avatar', 'header'] as const) {
      if (body[kind] === undefined) continue;
      await inst.db.query(`UPDATE accounts SET ${kind}_url = $2 WHERE id = $1`, [id, body[kind] ? `/system/generated/${kind}s/${id}.svg` : null]);
    }
    return c.json(await findAdminAccount(inst, id));
  });

  app.post('/_dev/faults', async (c) => c.json(inst.faults.add((await c.req.json()) as FaultInput)));
  app.get('/_dev/faults', (c) => c.json(inst.faults.list()));
  app.delete('/_dev/faults', (c) => {
    inst.faults.clear();
    return c.json({});
  });

  app.get('/_dev/requests', (c) => {
    const since = c.req.query('since');
    return c.json(inst.requests.list({ since: since ? Number(since) : undefined, path: c.req.query('path') }));
  });
  app.delete('/_dev/requests', (c) => {
    inst.requests.clear();
    return c.json({ lastId: inst.requests.lastId() });
  });

  app.post('/_dev/clock', async (c) => {
    const body = (await c.req.json()) as { advance_ms?: number; advance_seconds?: number };
    inst.clock.advance((body.advance_ms ?? 0) + (body.advance_seconds ?? 0) * 1000);
    return c.json({ now: inst.clock.now().toISOString() });
  });

  /** Revokes every token of one user, as if they signed out elsewhere: the next API call gets 401. */
  app.post('/_dev/revoke-tokens', async (c) => {
    const body = (await c.req.json()) as { email: string };
    const result = await inst.db.query(
      `UPDATE oauth_access_tokens SET revoked_at = $2 WHERE revoked_at IS NULL
         AND resource_owner_id = (SELECT id FROM users WHERE lower(email) = lower($1))`,
      [body.email, inst.clock.now()],
    );
    return c.json({ revoked: result.affectedRows ?? 0 });
  });

  return app;
}
