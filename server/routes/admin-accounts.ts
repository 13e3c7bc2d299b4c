import { Hono, type Context } from 'hono';
import type { Instance } from '../context.ts';
import { actorCan, authorize, overrides, scopesIfToken, type Actor, type Env } from '../auth.ts';
import { ApiError, MESSAGES, notFound, unprocessable } from '../errors.ts';
import { filterSql, readV2, STAFF_ROLES_SQL, translateV1, V1_FILTER_PARAMS, V2_FILTER_PARAMS, type AccountFilter } from '../account-filter.ts';
import { castBoolean, formOrJson, stringParam } from '../body.ts';
import { linkHeader, pageParams, pageSql, param } from '../pagination.ts';
import { routeNotFound } from '../html.ts';
import { ADMIN_ACCOUNT_COLUMNS, serializeAdminAccount, type AdminAccountBaseRow, type AdminAccountRow } from '../serializers.ts';
import { EVERYONE_ROLE_ID } from '../roles.ts';

const READ = ['admin:read', 'admin:read:accounts'];
const WRITE = ['admin:write', 'admin:write:accounts'];
const ACTION_TYPES = ['none', 'sensitive', 'disable', 'silence', 'suspend'] as const;

interface Target {
  id: string;
  domain: string | null;
  user_id: string | null;
  approved: boolean | null;
  suspended_at: Date | null;
  suspension_origin: number | null;
  silenced_at: Date | null;
  sensitized_at: Date | null;
  deletion_requested: boolean;
  role_position: number | null;
}

const UTC_ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * Admin::Account rows for `where`: one query for accounts and users (LATERAL keeps the user lookup on its
 * index), then one batch each for roles, IPs, sign-up reasons and inviters instead of a subquery per row.
 */
export async function findAdminAccounts(inst: Instance, where: string, values: unknown[], order = 'a.id DESC'): Promise<AdminAccountRow[]> {
  const base = await inst.db.query<AdminAccountBaseRow>(
    `SELECT ${ADMIN_ACCOUNT_COLUMNS} FROM accounts a LEFT JOIN LATERAL (SELECT * FROM users WHERE users.account_id = a.id LIMIT 1) u ON true
      WHERE ${where} ORDER BY ${order}`,
    values,
  );
  const userIds = base.rows.flatMap((row) => (row.user_id ? [row.user_id] : []));
  const inviteIds = base.rows.flatMap((row) => (row.invite_id ? [row.invite_id] : []));
  const roles = await inst.db.query<{ id: string; name: string; color: string; position: number; permissions: string; highlighted: boolean; created_at: Date; updated_at: Date }>(
    'SELECT * FROM user_roles',
  );
  const ips = userIds.length
    ? await inst.db.query<{ user_id: string; ip: string; used_at: string }>(
        `SELECT user_id, host(ip) AS ip, to_char(used_at AT TIME ZONE 'UTC', ${UTC_ISO}) AS used_at
           FROM user_ips WHERE user_id = ANY($1::bigint[]) ORDER BY used_at DESC`,
        [userIds],
      )
    : { rows: [] };
  const reasons = userIds.length
    ? await inst.db.query<{ user_id: string; text: string }>('SELECT user_id, text FROM user_invite_requests WHERE user_id = ANY($1::bigint[])', [userIds])
    : { rows: [] };
  const inviters = inviteIds.length
    ? await inst.db.query<{ id: string; account_id: string }>(
        'SELECT i.id::text AS id, iu.account_id::text AS account_id FROM invites i JOIN users iu ON iu.id = i.user_id WHERE i.id = ANY($1::bigint[])',
        [inviteIds],
      )
    : { rows: [] };

  const roleByKey = new Map(
    roles.rows.map((role) => [
      role.id,
      { ...role, id: Number(role.id), permissions: Number(role.permissions), created_at: role.created_at.toISOString(), updated_at: role.updated_at.toISOString() },
    ]),
  );
  const ipsByUser = new Map<string, { ip: string; used_at: string }[]>();
  for (const { user_id, ip, used_at } of ips.rows) ipsByUser.set(user_id, [...(ipsByUser.get(user_id) ?? []), { ip, used_at }]);
  const reasonByUser = new Map(reasons.rows.map((row) => [row.user_id, row.text]));
  const inviterById = new Map(inviters.rows.map((row) => [row.id, row.account_id]));
  return base.rows.map((row) => ({
    ...row,
    role: row.user_id ? (roleByKey.get(row.role_id ?? EVERYONE_ROLE_ID) ?? null) : null,
    ips: row.user_id ? (ipsByUser.get(row.user_id) ?? []) : null,
    invite_request: row.user_id ? (reasonByUser.get(row.user_id) ?? null) : null,
    invited_by_account_id: row.invite_id ? (inviterById.get(row.invite_id) ?? null) : null,
  }));
}

export async function findAdminAccount(inst: Instance, id: string) {
  const [row] = await findAdminAccounts(inst, 'a.id = $1', [id]);
  if (!row) throw notFound();
  return serializeAdminAccount(inst, row);
}

async function loadTarget(inst: Instance, id: string): Promise<Target> {
  if (!/^\d{1,19}$/.test(id)) throw notFound();
  const result = await inst.db.query<Target>(
    `SELECT a.id, a.domain, u.id AS user_id, u.approved, a.suspended_at, a.suspension_origin, a.silenced_at,
            a.sensitized_at, EXISTS (SELECT 1 FROM account_deletion_requests d WHERE d.account_id = a.id) AS deletion_requested,
            CASE WHEN u.id IS NULL THEN NULL ELSE (SELECT position FROM user_roles WHERE id = COALESCE(u.role_id, -99)) END AS role_position
       FROM accounts a LEFT JOIN users u ON u.account_id = a.id WHERE a.id = $1`,
    [id],
  );
  const target = result.rows[0];
  if (!target) throw notFound();
  return target;
}

/** require_local_account!: approve, reject and enable only work on local accounts with a user. */
function requireLocal(target: Target): void {
  if (target.domain !== null || target.user_id === null) throw new ApiError(403, MESSAGES.forbidden);
}

/** Turns permissions=staff into role ids and invited_by (a user id) into invite ids, as AccountFilter does. */
async function resolveFilter(inst: Instance, filter: AccountFilter): Promise<AccountFilter> {
  const resolved = { ...filter };
  if (filter.permissions === 'staff') {
    resolved.role_ids = (await inst.db.query<{ id: string }>(STAFF_ROLES_SQL)).rows.map((row) => row.id);
  }
  const invitedBy = filter.invited_by?.trim();
  if (invitedBy) {
    const invites = /^\d+$/.test(invitedBy) ? await inst.db.query<{ id: string }>('SELECT id::text AS id FROM invites WHERE user_id = $1', [invitedBy]) : { rows: [] };
    resolved.invite_ids = invites.rows.map((row) => row.id);
  }
  return resolved;
}

async function listAccounts(inst: Instance, c: Context<Env>, version: 'v1' | 'v2') {
  const get = (key: string) => param(c, key);
  const filter: AccountFilter =
    version === 'v1' ? translateV1(get) : readV2(get, [...(c.req.queries('role_ids[]') ?? []), ...(c.req.queries('role_ids') ?? [])]);
  const sql = filterSql(await resolveFilter(inst, filter));
  const actor = scopesIfToken(c, ...READ);
  authorize(actor, actorCan(actor, 'manage_users'));

  const page = pageParams(c);
  let rows: AdminAccountRow[] = [];
  if (!sql.empty && page.limit > 0) {
    const paging = pageSql(page, 'a.id', sql.values.length + 1);
    const where = [...sql.conditions, ...paging.conditions].join(' AND ') || 'true';
    rows = await findAdminAccounts(
      inst,
      `a.id IN (SELECT a.id FROM accounts a LEFT JOIN users u ON u.account_id = a.id WHERE ${where} ORDER BY ${paging.order} LIMIT ${page.limit})`,
      [...sql.values, ...paging.values],
    );
  } else if (page.limit === 0) {
    // Mastodon dereferences the last item of the empty page while building the Link header.
    throw new ApiError(500, 'Internal Server Error');
  }
  const body = rows.map((row) => serializeAdminAccount(inst, row));
  const link = linkHeader(
    c,
    `${inst.options.origin}/api/${version}/admin/accounts`,
    body,
    page,
    version === 'v1' ? V1_FILTER_PARAMS : V2_FILTER_PARAMS,
  );
  if (link) c.header('Link', link);
  return c.json(body);
}

async function accountAction(inst: Instance, actor: Actor, target: Target, input: Record<string, unknown>) {
  const type = typeof input.type === 'string' ? input.type : '';
  if (!type) throw unprocessable("Validation failed: Type can't be blank, Type is not included in the list");
  if (!(ACTION_TYPES as readonly string[]).includes(type)) throw unprocessable('Validation failed: Type is not included in the list');

  const reportId = stringParam(input.report_id);
  const presetId = stringParam(input.warning_preset_id);
  const text = stringParam(input.text) ?? '';
  const sendEmail = castBoolean(input.send_email_notification, true);

  let presetText = '';
  if (reportId && !/^\d+$/.test(reportId)) throw notFound();
  if (reportId && (await inst.db.query('SELECT 1 FROM reports WHERE id = $1', [reportId])).rows.length === 0) throw notFound();
  if (presetId) {
    if (!/^\d+$/.test(presetId)) throw notFound();
    const preset = await inst.db.query<{ text: string }>('SELECT text FROM account_warning_presets WHERE id = $1', [presetId]);
    if (!preset.rows[0]) throw notFound();
    presetText = preset.rows[0].text;
  }

  const moderates = actorCan(actor, 'manage_users') || actorCan(actor, 'manage_reports');
  const permitted = {
    none: true,
    sensitive: moderates && overrides(actor, target.role_position),
    silence: moderates && overrides(actor, target.role_position),
    suspend: moderates && overrides(actor, target.role_position),
    disable: actorCan(actor, 'manage_users') && target.user_id !== null && overrides(actor, target.role_position),
  }[type as (typeof ACTION_TYPES)[number]];
  authorize(actor, permitted);

  const now = inst.clock.now();
  await inst.db.transaction(async (tx) => {
    if (type === 'sensitive') await tx.query('UPDATE accounts SET sensitized_at = $2 WHERE id = $1', [target.id, now]);
    if (type === 'silence') await tx.query('UPDATE accounts SET silenced_at = $2 WHERE id = $1', [target.id, now]);
    if (type === 'disable') await tx.query('UPDATE users SET disabled = true WHERE id = $1', [target.user_id]);
    if (type === 'suspend') {
      await tx.query('UPDATE accounts SET suspended_at = $2, suspension_origin = 0 WHERE id = $1', [target.id, now]);
      await tx.query(
        'INSERT INTO account_deletion_requests (account_id, created_at) VALUES ($1, $2) ON CONFLICT (account_id) DO NOTHING',
        [target.id, now],
      );
    }
    await tx.query(
      `INSERT INTO account_warnings (id, account_id, target_account_id, action, text, report_id, send_email, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [inst.ids.next(now), actor.accountId, target.id, type, [presetText, text].filter(Boolean).join('\n\n'), reportId, sendEmail, now],
    );
    // type=none resolves only the cited report; every other type resolves all open reports on the account.
    const open = await tx.query<{ id: string }>(
      type === 'none'
        ? 'SELECT id FROM reports WHERE id = $1 AND action_taken_at IS NULL'
        : 'SELECT id FROM reports WHERE target_account_id = $1 AND action_taken_at IS NULL',
      [type === 'none' ? reportId : target.id],
    );
    if (open.rows.length > 0) {
      authorize(actor, actorCan(actor, 'manage_reports'));
      await tx.query(
        'UPDATE reports SET action_taken_at = $2, action_taken_by_account_id = $3, updated_at = $2 WHERE id = ANY($1::bigint[])',
        [open.rows.map((row) => row.id), now, actor.accountId],
      );
    }
  });
}

export function adminAccountsRoutes(inst: Instance) {
  const app = new Hono<Env>();

  app.get('/api/v1/admin/accounts', (c) => listAccounts(inst, c, 'v1'));
  app.get('/api/v2/admin/accounts', (c) => {
    if (inst.options.apiMode === 'v1-only') return routeNotFound(c);
    return listAccounts(inst, c, 'v2');
  });

  app.get('/api/v1/admin/accounts/:id', async (c) => {
    const actor = scopesIfToken(c, ...READ);
    const target = await loadTarget(inst, c.req.param('id'));
    authorize(actor, actorCan(actor, 'manage_users'));
    return c.json(await findAdminAccount(inst, target.id));
  });

  const simple = (
    name: string,
    opts: { local?: boolean; allowed: (actor: Actor, target: Target) => boolean; apply: (target: Target) => Promise<unknown> },
  ) =>
    app.post(`/api/v1/admin/accounts/:id/${name}`, async (c) => {
      const actor = scopesIfToken(c, ...WRITE);
      const target = await loadTarget(inst, c.req.param('id'));
      if (opts.local) requireLocal(target);
      authorize(actor, opts.allowed(actor, target));
      await opts.apply(target);
      return c.json(await findAdminAccount(inst, target.id));
    });
  const manageUsers = (actor: Actor) => actorCan(actor, 'manage_users');

  simple('approve', {
    local: true,
    allowed: (actor, target) => manageUsers(actor) && target.approved === false,
    apply: (target) => inst.db.query('UPDATE users SET approved = true WHERE id = $1', [target.user_id]),
  });
  simple('enable', {
    local: true,
    allowed: manageUsers,
    apply: (target) => inst.db.query('UPDATE users SET disabled = false WHERE id = $1', [target.user_id]),
  });
  simple('unsilence', {
    allowed: manageUsers,
    apply: (target) => inst.db.query('UPDATE accounts SET silenced_at = NULL WHERE id = $1', [target.id]),
  });
  simple('unsensitive', {
    allowed: manageUsers,
    apply: (target) => inst.db.query('UPDATE accounts SET sensitized_at = NULL WHERE id = $1', [target.id]),
  });
  simple('unsuspend', {
    allowed: (actor, target) => manageUsers(actor) && target.suspended_at !== null && target.suspension_origin === 0,
    apply: (target) =>
      inst.db.transaction(async (tx) => {
        await tx.query('UPDATE accounts SET suspended_at = NULL, suspension_origin = NULL WHERE id = $1', [target.id]);
        await tx.query('DELETE FROM account_deletion_requests WHERE account_id = $1', [target.id]);
      }),
  });

  app.post('/api/v1/admin/accounts/:id/reject', async (c) => {
    const actor = scopesIfToken(c, ...WRITE);
    const target = await loadTarget(inst, c.req.param('id'));
    requireLocal(target);
    authorize(actor, manageUsers(actor) && target.approved === false);
    await inst.db.query('DELETE FROM accounts WHERE id = $1', [target.id]);
    return c.json({});
  });

  app.delete('/api/v1/admin/accounts/:id', async (c) => {
    const actor = scopesIfToken(c, ...WRITE);
    const target = await loadTarget(inst, c.req.param('id'));
    authorize(actor, actorCan(actor, 'delete_user_data') && target.suspended_at !== null && target.deletion_requested);
    await inst.db.transaction(async (tx) => {
      await tx.query('DELETE FROM account_deletion_requests WHERE account_id = $1', [target.id]);
      await tx.query(
        `UPDATE accounts SET display_name = '', note = '', fields = '[]', avatar_url = NULL, header_url = NULL,
                statuses_count = 0, followers_count = 0, following_count = 0, last_status_at = NULL WHERE id = $1`,
        [target.id],
      );
    });
    return c.json({});
  });

  app.post('/api/v1/admin/accounts/:id/action', async (c) => {
    const actor = scopesIfToken(c, ...WRITE);
    const target = await loadTarget(inst, c.req.param('id'));
    authorize(actor, manageUsers(actor));
    await accountAction(inst, actor, target, await formOrJson(c));
    return c.json({});
  });

  return app;
}
