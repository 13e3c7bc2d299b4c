import { queryOptions } from '@tanstack/react-query';
import { getAccount } from '@/api/admin-accounts.ts';
import type { SignedIn } from '@/api/http.ts';
import { accountKey } from '@/lib/account-cache.ts';

export const accountQuery = (session: SignedIn, id: string) =>
  queryOptions({
    queryKey: accountKey(session, id),
    queryFn: ({ signal }) => getAccount(session, id, signal),
    staleTime: 30_000,
  });
