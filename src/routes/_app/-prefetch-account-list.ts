import type { QueryClient } from '@tanstack/react-query';
import type { AccountFilters } from '@/api/account-filters.ts';
import { accountsQuery } from '@/features/accounts/queries.ts';
import { knownPermissions } from '@/features/auth/known-permissions.ts';
import type { Session } from '@/features/auth/session-store.ts';

/**
 * Starts the first page with the route, in parallel with verify_credentials, when the role allows it.
 * Kept apart from the page component so loaders do not pull the table into the first bundle.
 */
export function prefetchAccountList(queryClient: QueryClient, session: Session, filters: AccountFilters) {
  if (knownPermissions(queryClient, session).has('manage_users')) void queryClient.prefetchInfiniteQuery(accountsQuery(session, filters));
}
