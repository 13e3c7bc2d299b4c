import { request, type Credentials } from './http.ts';
import { nextLink } from './link.ts';
import type { AdminAccount } from './types.ts';

export interface AccountsPage {
  items: AdminAccount[];
  next: string | null;
}

/** One page of GET /api/v2/admin/accounts, or the page at a `next` URL the server gave. */
export async function listAccounts(
  credentials: Credentials,
  params: URLSearchParams | string,
  signal?: AbortSignal,
): Promise<AccountsPage> {
  const path = typeof params === 'string' ? params : `/api/v2/admin/accounts?${params.toString()}`;
  const response = await request<AdminAccount[]>(credentials, credentials.origin, path, { signal });
  return { items: Array.isArray(response.data) ? response.data : [], next: nextLink(response.link) };
}
