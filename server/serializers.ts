import type { Instance } from './context.ts';

/** One row of ACCOUNT_SELECT / ADMIN_ACCOUNT_SELECT. */
export interface AccountRow {
  id: string;
  username: string;
  domain: string | null;
  display_name: string;
  note: string;
  fields: { name: string; value: string; verified_at: string | null }[];
  avatar_url: string | null;
  header_url: string | null;
  avatar_description: string;
  header_description: string;
  locked: boolean;
  bot: boolean;
  group_actor: boolean;
  discoverable: boolean;
  statuses_count: number;
  followers_count: number;
  following_count: number;
  last_status_at: Date | null;
  silenced_at: Date | null;
  suspended_at: Date | null;
  sensitized_at: Date | null;
  created_at: Date;
  roles: { id: string; name: string; color: string }[];
}

export interface AdminAccountRow extends AccountRow {
  user_id: string | null;
  email: string | null;
  confirmed_at: Date | null;
  approved: boolean | null;
  disabled: boolean | null;
  locale: string | null;
  created_by_application_id: string | null;
  invited_by_account_id: string | null;
  invite_request: string | null;
  role: null | {
    id: number; name: string; color: string; position: number; permissions: number; highlighted: boolean;
    created_at: string; updated_at: string;
  };
  ips: { ip: string; used_at: string }[] | null;
}

const HIGHLIGHTED_ROLES = `COALESCE((SELECT json_agg(json_build_object('id', r.id::text, 'name', r.name, 'color', r.color))
  FROM users hu JOIN user_roles r ON r.id = hu.role_id WHERE hu.account_id = a.id AND r.highlighted), '[]') AS roles`;

export const ACCOUNT_COLUMNS = `a.id, a.username, a.domain, a.display_name, a.note, a.fields, a.avatar_url, a.header_url,
  a.avatar_description, a.header_description, a.locked, a.bot, a.group_actor, a.discoverable, a.statuses_count,
  a.followers_count, a.following_count, a.last_status_at, a.silenced_at, a.suspended_at, a.sensitized_at,
  a.created_at, ${HIGHLIGHTED_ROLES}`;

/** Everything REST::Admin::AccountSerializer needs, for accounts `a` joined to their user `u`. */
export const ADMIN_ACCOUNT_COLUMNS = `${ACCOUNT_COLUMNS}, u.id AS user_id, u.email, u.confirmed_at, u.approved,
  u.disabled, u.locale, u.created_by_application_id::text AS created_by_application_id,
  (SELECT iu.account_id::text FROM invites i JOIN users iu ON iu.id = i.user_id WHERE i.id = u.invite_id) AS invited_by_account_id,
  (SELECT text FROM user_invite_requests WHERE user_id = u.id) AS invite_request,
  CASE WHEN u.id IS NULL THEN NULL ELSE (SELECT json_build_object('id', r.id, 'name', r.name, 'color', r.color,
    'position', r.position, 'permissions', r.permissions, 'highlighted', r.highlighted,
    'created_at', to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'updated_at', to_char(r.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    FROM user_roles r WHERE r.id = COALESCE(u.role_id, -99)) END AS role,
  CASE WHEN u.id IS NULL THEN NULL ELSE COALESCE((SELECT json_agg(json_build_object('ip', host(ip.ip),
    'used_at', to_char(ip.used_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY ip.used_at DESC)
    FROM user_ips ip WHERE ip.user_id = u.id), '[]') END AS ips`;

export function mediaUrl(inst: Instance, stored: string | null, kind: 'avatars' | 'headers'): string {
  if (!stored) return `${inst.options.origin}/${kind}/original/missing.png`;
  return stored.startsWith('/') ? `${inst.options.origin}${stored}` : stored;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Account#created_at is serialised at midnight and last_status_at as a bare date (REST::AccountSerializer). */
function midnight(date: Date): string {
  return `${date.toISOString().slice(0, 10)}T00:00:00.000Z`;
}

export function serializeAccount(inst: Instance, row: AccountRow) {
  const local = row.domain === null;
  const host = local ? inst.options.origin : `https://${row.domain}`;
  const suspended = row.suspended_at !== null;
  const avatar = suspended ? mediaUrl(inst, null, 'avatars') : mediaUrl(inst, row.avatar_url, 'avatars');
  const header = suspended ? mediaUrl(inst, null, 'headers') : mediaUrl(inst, row.header_url, 'headers');
  return {
    id: row.id,
    username: row.username,
    acct: local ? row.username : `${row.username}@${row.domain}`,
    display_name: suspended ? '' : row.display_name,
    locked: row.locked,
    bot: row.bot,
    discoverable: row.discoverable,
    indexable: false,
    group: row.group_actor,
    created_at: midnight(row.created_at),
    note: suspended ? '' : row.note,
    url: `${host}/@${row.username}`,
    uri: `${host}/users/${row.username}`,
    avatar,
    avatar_static: avatar,
    ...(row.avatar_description ? { avatar_description: row.avatar_description } : {}),
    header,
    header_static: header,
    ...(row.header_description ? { header_description: row.header_description } : {}),
    followers_count: suspended ? 0 : row.followers_count,
    following_count: suspended ? 0 : row.following_count,
    statuses_count: suspended ? 0 : row.statuses_count,
    last_status_at: row.last_status_at && !suspended ? row.last_status_at.toISOString().slice(0, 10) : null,
    hide_collections: false,
    noindex: false,
    emojis: [],
    roles: suspended ? [] : row.roles,
    fields: suspended ? [] : row.fields,
    ...(suspended ? { suspended: true } : {}),
    ...(row.silenced_at ? { limited: true } : {}),
  };
}

export function serializeAdminAccount(inst: Instance, row: AdminAccountRow) {
  const hasUser = row.user_id !== null;
  return {
    id: row.id,
    username: row.username,
    domain: row.domain,
    created_at: row.created_at.toISOString(),
    email: row.email,
    ip: row.ips?.[0]?.ip ?? null,
    ips: row.ips,
    role: row.role,
    confirmed: hasUser ? row.confirmed_at !== null : null,
    suspended: row.suspended_at !== null,
    silenced: row.silenced_at !== null,
    sensitized: row.sensitized_at !== null,
    disabled: row.disabled,
    approved: row.approved,
    locale: row.locale,
    invite_request: row.invite_request,
    ...(row.created_by_application_id ? { created_by_application_id: row.created_by_application_id } : {}),
    ...(row.invited_by_account_id ? { invited_by_account_id: row.invited_by_account_id } : {}),
    account: serializeAccount(inst, row),
  };
}

export function serializeCredentialAccount(
  inst: Instance,
  row: AccountRow,
  role: { id: string; name: string; color: string; highlighted: boolean; permissions: number },
) {
  const plain = (html: string) => html.replace(/<[^>]*>/g, '');
  return {
    ...serializeAccount(inst, row),
    source: {
      privacy: 'public',
      sensitive: false,
      language: null,
      note: plain(row.note),
      fields: row.fields.map((field) => ({ ...field, value: plain(field.value) })),
      follow_requests_count: 0,
      hide_collections: false,
      discoverable: row.discoverable,
      indexable: false,
      attribution_domains: [],
    },
    role: { id: role.id, name: role.name, permissions: String(role.permissions), color: role.color, highlighted: role.highlighted },
  };
}

export { iso };
