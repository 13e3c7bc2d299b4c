import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { AccountFilters } from '@/api/account-filters.ts';
import type { AccountsPage } from '@/api/admin-accounts.ts';
import type { SignedIn } from '@/api/http.ts';
import type { AdminAccount } from '@/api/types.ts';

/**
 * Query keys for admin accounts, shared by the list, the detail page and the pending count so an
 * action can update every place an account is shown. Every key starts with the session.
 */
export const adminAccountsKey = (session: SignedIn) => [session.origin, session.accountId, 'admin-accounts'] as const;
export const accountListKey = (session: SignedIn, filters: AccountFilters) => [...adminAccountsKey(session), 'list', filters] as const;
export const accountKey = (session: SignedIn, id: string) => [...adminAccountsKey(session), 'account', id] as const;
export const pendingCountKey = (session: SignedIn) => [...adminAccountsKey(session), 'pending-count'] as const;

type ListData = InfiniteData<AccountsPage, string | null>;

/** Whether an account still belongs in a list filtered by this status (reference §3). */
function matchesStatus(account: AdminAccount, status: AccountFilters['status']): boolean {
  switch (status) {
    case 'pending':
      return account.approved === false;
    case 'active':
      return !account.suspended;
    case 'disabled':
      return account.disabled === true;
    case 'silenced':
      return account.silenced;
    case 'suspended':
      return account.suspended;
    case 'sensitized':
      return account.sensitized === true;
    default:
      return true;
  }
}

function updateLists(queryClient: QueryClient, session: SignedIn, update: (items: AdminAccount[], filters: AccountFilters) => AdminAccount[]) {
  for (const [key, data] of queryClient.getQueriesData<ListData>({ queryKey: [...adminAccountsKey(session), 'list'] })) {
    if (!data) continue;
    const filters = key[4] as AccountFilters;
    queryClient.setQueryData<ListData>(key, { ...data, pages: data.pages.map((page) => ({ ...page, items: update(page.items, filters) })) });
  }
}

/**
 * Puts a fresh Admin::Account into the cache: its own entry and every loaded list page. A row that no
 * longer matches its list's status filter (an approved account in "pending") leaves that list.
 */
export function storeAccount(queryClient: QueryClient, session: SignedIn, account: AdminAccount): void {
  queryClient.setQueryData(accountKey(session, account.id), account);
  updateLists(queryClient, session, (items, filters) =>
    items.flatMap((item) => (item.id !== account.id ? [item] : matchesStatus(account, filters.status) ? [account] : [])),
  );
}

export function removeFromLists(queryClient: QueryClient, session: SignedIn, id: string): void {
  updateLists(queryClient, session, (items) => items.filter((item) => item.id !== id));
}

/** Forgets an account that no longer exists (rejected), everywhere. */
export function forgetAccount(queryClient: QueryClient, session: SignedIn, id: string): void {
  queryClient.removeQueries({ queryKey: accountKey(session, id), exact: true });
  removeFromLists(queryClient, session, id);
}

/** The account in any loaded list page, to show at once while its own request runs. */
export function findListedAccount(queryClient: QueryClient, session: SignedIn, id: string): AdminAccount | undefined {
  for (const [, data] of queryClient.getQueriesData<ListData>({ queryKey: [...adminAccountsKey(session), 'list'] })) {
    const found = data?.pages.flatMap((page) => page.items).find((item) => item.id === id);
    if (found) return found;
  }
  return undefined;
}

/** The account listed after this one in a loaded list, among those that pass `keep` (the next pending sign-up). */
export function nextListedAccount(queryClient: QueryClient, session: SignedIn, id: string, keep: (account: AdminAccount) => boolean): AdminAccount | undefined {
  for (const [, data] of queryClient.getQueriesData<ListData>({ queryKey: [...adminAccountsKey(session), 'list'] })) {
    const items = data?.pages.flatMap((page) => page.items) ?? [];
    const index = items.findIndex((item) => item.id === id);
    if (index >= 0) return items.slice(index + 1).find(keep);
  }
  return undefined;
}
