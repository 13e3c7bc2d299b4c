import { queryOptions } from '@tanstack/react-query';
import { listAccounts } from '@/api/admin-accounts.ts';
import type { SignedIn } from '@/api/http.ts';
import { pendingCountKey } from '@/lib/account-cache.ts';

const COUNT_LIMIT = 200;

/** How many sign-ups wait for approval: one request of up to 200, refreshed every minute. */
export const pendingCountQuery = (session: SignedIn) =>
  queryOptions({
    queryKey: pendingCountKey(session),
    queryFn: async ({ signal }) => {
      const page = await listAccounts(session, { status: 'pending', origin: 'local' }, signal, { limit: String(COUNT_LIMIT) });
      return { count: page.items.length, more: page.next !== null && page.items.length === COUNT_LIMIT };
    },
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
