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
}

export type HighlightedRoles = { id: string; name: string; color: string }[];

export interface AdminAccountBaseRow extends AccountRow {
  user_id: string | null;
  email: string | null;
  confirmed_at: Date | null;
  approved: boolean | null;
  disabled: boolean | null;
  locale: string | null;
  created_by_application_id: string | null;
  invite_id: string | null;
  role_id: string | null;
}

/** The base row with the batched extras filled in. */
export interface AdminAccountRow extends AdminAccountBaseRow {
  invited_by_account_id: string | null;
  invite_request: string | null;
  role: null | {
    id: number; name: string; color: string; position: number; permissions: number; highlighted: boolean;
    created_at: string; updated_at: string;
  };
  ips: { ip: string; used_at: string }[] | null;
}

export const ACCOUNT_COLUMNS = `a.id, a.username, a.domain, a.display_name, a.note, a.fields, a.avatar_url, a.header_url,
  a.avatar_description, a.header_description, a.locked, a.bot, a.group_actor, a.discoverable, a.statuses_count,
  a.followers_count, a.following_count, a.last_status_at, a.silenced_at, a.suspended_at, a.sensitized_at,
  a.created_at`;

/** The account and user columns of REST::Admin::AccountSerializer; the rest is loaded in batches. */
export const ADMIN_ACCOUNT_COLUMNS = `${ACCOUNT_COLUMNS}, u.id AS user_id, u.email, u.confirmed_at, u.approved,
  u.disabled, u.locale, u.created_by_application_id::text AS created_by_application_id, u.invite_id::text AS invite_id,
  u.role_id::text AS role_id`;

export function mediaUrl(inst: Instance, stored: string | null, kind: 'avatars' | 'headers'): string {
  if (!stored) return `${inst.options.origin}/${kind}/original/missing.png`;
  return stored.startsWith('/') ? `${inst.options.origin}${stored}` : stored;
}

/** Account#created_at is serialised at midnight and last_status_at as a bare date (REST::AccountSerializer). */
function midnight(date: Date): string {
  return `${date.toISOString().slice(0, 10)}T00:00:00.000Z`;
}

export function serializeAccount(inst: Instance, row: AccountRow, roles: HighlightedRoles) {
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
    roles: suspended ? [] : roles,
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
    account: serializeAccount(inst, row, row.role?.highlighted ? [{ id: String(row.role.id), name: row.role.name, color: row.role.color }] : []),
  };
}

export function serializeCredentialAccount(
  inst: Instance,
  row: AccountRow,
  role: { id: string; name: string; color: string; highlighted: boolean; permissions: number },
) {
  const plain = (html: string) => html.replace(/<[^>]*>/g, '');
  return {
    ...serializeAccount(inst, row, role.highlighted ? [{ id: role.id, name: role.name, color: role.color }] : []),
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

