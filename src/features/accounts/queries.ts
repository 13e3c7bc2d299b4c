import { infiniteQueryOptions } from '@tanstack/react-query';
import { listAccounts, type AccountsPage } from '@/api/admin-accounts.ts';
import type { SignedIn } from '@/api/http.ts';

/** Pages of the v2 admin list; each page param is the server's `next` URL, followed verbatim. */
export const accountsQuery = (session: SignedIn, filters: Record<string, string>) =>
  infiniteQueryOptions({
    queryKey: [session.origin, session.accountId, 'admin-accounts', filters],
    queryFn: ({ pageParam, signal }) => listAccounts(session, pageParam ?? new URLSearchParams(filters), signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page: AccountsPage) => page.next,
    staleTime: 30_000,
  });
