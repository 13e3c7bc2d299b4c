import { isIP } from 'node:net';
import { badRequest } from './errors.ts';
import { FLAGS } from './roles.ts';

/** The internal AccountFilter params that both API versions translate into. */
export interface AccountFilter {
  origin?: string;
  status?: string;
  permissions?: string;
  role_ids?: string[];
  invited_by?: string;
  /** Resolved from invited_by before querying: the ids of that user's invites. */
  invite_ids?: string[];
  username?: string;
  display_name?: string;
  email?: string;
  ip?: string;
  by_domain?: string;
}

export const V1_FILTER_PARAMS = [
  'local', 'remote', 'by_domain', 'active', 'pending', 'disabled', 'sensitized', 'silenced', 'suspended',
  'username', 'display_name', 'email', 'ip', 'staff',
] as const;
export const V2_FILTER_PARAMS = [
  'origin', 'status', 'permissions', 'username', 'by_domain', 'display_name', 'email', 'ip', 'invited_by', 'role_ids',
] as const;

const STATUSES = ['active', 'pending', 'disabled', 'silenced', 'suspended', 'sensitized'];

/** Api::V1::Admin::AccountsController#translated_filter_params: local + active, "present means on". */
export function translateV1(get: (key: string) => string | undefined): AccountFilter {
  const present = (key: string) => (get(key) ?? '') !== '';
  const filter: AccountFilter = { origin: 'local', status: 'active' };
  if (present('remote')) filter.origin = 'remote';
  for (const status of ['active', 'pending', 'disabled', 'silenced', 'suspended']) {
    if (present(status)) filter.status = status;
  }
  if (present('staff')) filter.permissions = 'staff';
  for (const key of ['username', 'display_name', 'by_domain', 'email', 'ip'] as const) {
    const value = get(key);
    if (value !== undefined) filter[key] = value;
  }
  return filter;
}

export function readV2(get: (key: string) => string | undefined, roleIds: string[]): AccountFilter {
  const filter: AccountFilter = {};
  for (const key of ['origin', 'status', 'permissions', 'invited_by', 'username', 'display_name', 'email', 'ip', 'by_domain'] as const) {
    const value = get(key);
    if (value !== undefined) filter[key] = value;
  }
  if (roleIds.length > 0) filter.role_ids = roleIds;
  return filter;
}

export interface FilterSql {
  conditions: string[];
  values: unknown[];
  /** An unparsable IP gives an empty list, not an error. */
  empty: boolean;
}

/** Roles that count as staff: every role with manage_reports (administrator implies it). */
export const STAFF_ROLES_SQL = `SELECT id::text AS id FROM user_roles WHERE (permissions & ${FLAGS.manage_reports | FLAGS.administrator}) <> 0`;

/** AccountFilter#scope_for, as SQL over `accounts a LEFT JOIN users u`. Blank values are skipped. */
export function filterSql(filter: AccountFilter): FilterSql {
  const out: FilterSql = { conditions: [], values: [], empty: false };
  const bind = (value: unknown) => {
    out.values.push(value);
    return `$${out.values.length}`;
  };
  const blank = (value: string | undefined): value is undefined => value === undefined || value.trim() === '';

  if (!blank(filter.origin)) {
    if (filter.origin === 'local') out.conditions.push('a.domain IS NULL');
    else if (filter.origin === 'remote') out.conditions.push('a.domain IS NOT NULL');
    else throw badRequest(`Unknown origin: ${filter.origin}`);
  }
  if (!blank(filter.status)) {
    const status = filter.status;
    if (!STATUSES.includes(status)) throw badRequest(`Unknown status: ${status}`);
    out.conditions.push(
      {
        active: 'a.suspended_at IS NULL',
        pending: 'u.approved = false',
        disabled: 'u.disabled = true',
        silenced: 'a.silenced_at IS NOT NULL',
        suspended: 'a.suspended_at IS NOT NULL',
        sensitized: 'a.sensitized_at IS NOT NULL',
      }[status]!,
    );
  }
  // permissions=staff has been resolved into role_ids (it overrides them), and invited_by into invite_ids.
  if (filter.role_ids && filter.role_ids.some((id) => id !== '')) {
    const ids = filter.role_ids.filter((id) => /^-?\d+$/.test(id));
    out.conditions.push(`u.role_id = ANY(${bind(ids)}::bigint[])`);
  }
  if (filter.invite_ids) out.conditions.push(`u.invite_id = ANY(${bind(filter.invite_ids)}::bigint[])`);
  if (!blank(filter.username)) out.conditions.push(`lower(a.username) LIKE lower(${bind(filter.username.trim())}) || '%'`);
  if (!blank(filter.display_name)) {
    out.conditions.push(`lower(a.display_name) LIKE lower(${bind(filter.display_name.trim())}) || '%'`);
  }
  if (!blank(filter.email)) out.conditions.push(`lower(u.email) LIKE lower(${bind(filter.email.trim())}) || '%'`);
  if (!blank(filter.by_domain)) out.conditions.push(`a.domain = lower(${bind(filter.by_domain.trim())})`);
  if (!blank(filter.ip)) {
    const ip = filter.ip.trim();
    if (!isIpOrCidr(ip)) out.empty = true;
    else out.conditions.push(`EXISTS (SELECT 1 FROM user_ips i WHERE i.user_id = u.id AND i.ip <<= ${bind(ip)}::inet)`);
  }
  return out;
}

export function isIpOrCidr(value: string): boolean {
  const [address, bitsText, ...rest] = value.split('/');
  if (rest.length > 0 || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bitsText === undefined) return true;
  if (!/^\d{1,3}$/.test(bitsText)) return false;
  return Number(bitsText) <= (family === 4 ? 32 : 128);
}
