import { infiniteQueryOptions } from '@tanstack/react-query';
import type { AccountFilters } from '@/api/account-filters.ts';
import { listAccounts, listAccountsAt, type AccountsPage } from '@/api/admin-accounts.ts';
import type { SignedIn } from '@/api/http.ts';
import { accountListKey } from '@/lib/account-cache.ts';

/** Pages of the admin account list; each page param is the server's `next` URL. */
export const accountsQuery = (session: SignedIn, filters: AccountFilters) =>
  infiniteQueryOptions({
    queryKey: accountListKey(session, filters),
    queryFn: ({ pageParam, signal }) => (pageParam ? listAccountsAt(session, pageParam, filters, signal) : listAccounts(session, filters, signal)),
    initialPageParam: null as string | null,
    getNextPageParam: (page: AccountsPage) => page.next,
    staleTime: 30_000,
  });
