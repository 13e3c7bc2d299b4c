import { request, type Credentials } from './http.ts';
import { ApiError, isApiError } from './errors.ts';
import { nextLink, withRoleIds } from './link.ts';
import { v1Params, v2Params, type AccountFilters, type V1Limitation } from './account-filters.ts';
import type { AdminAccount } from './types.ts';

export interface AccountsPage {
  items: AdminAccount[];
  next: string | null;
  /** Which list the server answered: v2, or v1 on servers older than 3.5 (with what it could not apply). */
  api: 'v2' | 'v1';
  limitations: V1Limitation[];
}

const withQuery = (path: string, params: URLSearchParams) => (params.size > 0 ? `${path}?${params}` : path);

/** Origins whose v2 list answered 404, so later first pages go straight to v1. */
const v1Origins = new Set<string>();

const isAccount = (item: unknown): item is AdminAccount =>
  typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string';

/** A 200 whose JSON is not the shape asked for. */
const badResponse = (credentials: Credentials, url: string) => new ApiError('bad_response', 200, null, new URL(url, credentials.origin).href);

/** A page must be an array; entries that are not accounts (no string id) cannot be shown or acted on, so they are left out. */
async function fetchPage(credentials: Credentials, url: string, signal: AbortSignal | undefined) {
  const response = await request<unknown>(credentials, credentials.origin, url, { signal });
  if (!Array.isArray(response.data)) throw badResponse(credentials, url);
  return { items: response.data.filter(isAccount), next: nextLink(response.link) };
}

/**
 * The first page of accounts for these filters: v2, or v1 when the server has no v2 list.
 * Extra params (such as `limit`) are sent as they are.
 */
export async function listAccounts(
  credentials: Credentials,
  filters: AccountFilters,
  signal?: AbortSignal,
  extra: Record<string, string> = {},
): Promise<AccountsPage> {
  if (!v1Origins.has(credentials.origin)) {
    const params = v2Params(filters);
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    try {
      return { ...(await fetchPage(credentials, withQuery('/api/v2/admin/accounts', params), signal)), api: 'v2', limitations: [] };
    } catch (error) {
      if (!isApiError(error) || error.kind !== 'not_found') throw error;
      v1Origins.add(credentials.origin);
    }
  }
  const { params, limitations } = v1Params(filters);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return { ...(await fetchPage(credentials, withQuery('/api/v1/admin/accounts', params), signal)), api: 'v1', limitations };
}

/** The page at a `next` URL, followed verbatim except for `role_ids[]`, which Mastodon drops from its v2 links. */
export async function listAccountsAt(credentials: Credentials, next: string, filters: AccountFilters, signal?: AbortSignal): Promise<AccountsPage> {
  const api = new URL(next).pathname.startsWith('/api/v1/') ? 'v1' : 'v2';
  const url = api === 'v2' ? withRoleIds(next, filters.role_ids ?? []) : next;
  return { ...(await fetchPage(credentials, url, signal)), api, limitations: api === 'v1' ? v1Params(filters).limitations : [] };
}

export async function getAccount(credentials: Credentials, id: string, signal?: AbortSignal): Promise<AdminAccount> {
  const url = `/api/v1/admin/accounts/${encodeURIComponent(id)}`;
  const { data } = await request<unknown>(credentials, credentials.origin, url, { signal });
  if (!isAccount(data)) throw badResponse(credentials, url);
  return data;
}

export type AccountEndpoint = 'approve' | 'reject' | 'enable' | 'unsilence' | 'unsensitive' | 'unsuspend';

/** approve, reject, enable, unsilence, unsensitive, unsuspend. Returns the Admin::Account, or null for `{}`. */
export async function postAccountEndpoint(credentials: Credentials, id: string, endpoint: AccountEndpoint): Promise<AdminAccount | null> {
  const response = await request<AdminAccount | Record<string, never>>(credentials, credentials.origin, `/api/v1/admin/accounts/${encodeURIComponent(id)}/${endpoint}`, {
    method: 'POST',
  });
  return asAccount(response.data);
}

/** Deletes a suspended account's data; the account record stays. */
export async function deleteAccountData(credentials: Credentials, id: string): Promise<AdminAccount | null> {
  const response = await request<AdminAccount | Record<string, never>>(credentials, credentials.origin, `/api/v1/admin/accounts/${encodeURIComponent(id)}`, {
    method: 'DELETE',
  });
  return asAccount(response.data);
}

export const ACTION_TYPES = ['none', 'sensitive', 'disable', 'silence', 'suspend'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export interface AccountAction {
  type: ActionType;
  text: string;
  warning_preset_id?: string;
  report_id?: string;
  send_email_notification: boolean;
}

export async function performAction(credentials: Credentials, id: string, action: AccountAction): Promise<void> {
  const body: Record<string, unknown> = { type: action.type, text: action.text, send_email_notification: action.send_email_notification };
  if (action.warning_preset_id) body.warning_preset_id = action.warning_preset_id;
  if (action.report_id) body.report_id = action.report_id;
  await request(credentials, credentials.origin, `/api/v1/admin/accounts/${encodeURIComponent(id)}/action`, { method: 'POST', body });
}

/** Current servers answer `{}` where older ones (and the docs) return the account. */
const asAccount = (data: unknown): AdminAccount | null => (isAccount(data) ? data : null);
