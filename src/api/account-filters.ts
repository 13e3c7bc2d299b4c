/** The v2 admin account filters (behaviour reference §2–3), as the dashboard holds them. */
export const ORIGINS = ['local', 'remote'] as const;
export const STATUSES = ['active', 'pending', 'disabled', 'silenced', 'suspended', 'sensitized'] as const;
export const TEXT_FILTERS = ['username', 'display_name', 'email', 'ip', 'by_domain'] as const;

export interface AccountFilters {
  origin?: (typeof ORIGINS)[number];
  status?: (typeof STATUSES)[number];
  permissions?: 'staff';
  role_ids?: string[];
  invited_by?: string;
  username?: string;
  display_name?: string;
  email?: string;
  ip?: string;
  by_domain?: string;
}

export type FilterName = keyof AccountFilters;

/** Query parameters for GET /api/v2/admin/accounts, in a fixed order so equal filters give equal URLs. */
export function v2Params(filters: AccountFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['origin', 'status', 'permissions', 'invited_by', ...TEXT_FILTERS] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  for (const id of filters.role_ids ?? []) params.append('role_ids[]', id);
  return params;
}

/** What a v1-only server cannot do with these filters, so the UI can say so. */
export type V1Limitation = 'role_ids' | 'invited_by' | 'sensitized' | 'all_origins' | 'all_statuses';

/**
 * The closest v1 query (reference §1): v1 starts from local + not suspended, its flags are "present
 * means on", and `by_domain` needs `remote`. Filters v1 lacks are dropped and reported.
 */
export function v1Params(filters: AccountFilters): { params: URLSearchParams; limitations: V1Limitation[] } {
  const params = new URLSearchParams();
  const limitations: V1Limitation[] = [];
  const origin = filters.origin ?? (filters.by_domain ? 'remote' : undefined);
  if (origin) params.set(origin, 'true');
  else limitations.push('all_origins');

  if (filters.status === 'sensitized') limitations.push('sensitized', 'all_statuses');
  else if (filters.status) params.set(filters.status, 'true');
  else limitations.push('all_statuses');

  if (filters.permissions === 'staff') params.set('staff', 'true');
  else if (filters.role_ids?.length) limitations.push('role_ids');
  if (filters.invited_by) limitations.push('invited_by');
  for (const name of TEXT_FILTERS) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  return { params, limitations };
}
