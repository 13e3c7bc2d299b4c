import type { QueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import type { AccountFilters } from '@/api/account-filters.ts';
import { accountsQuery } from '@/features/accounts/queries.ts';
import { knownPermissions } from '@/features/auth/known-permissions.ts';
import type { Session } from '@/features/auth/session-store.ts';
import { warmFormats } from '@/lib/format.ts';

/**
 * Starts the first page with the route, in parallel with verify_credentials, when the role allows it,
 * and readies the rows' date and number formatters while the requests are in flight.
 * Kept apart from the page component so loaders do not pull the table into the first bundle.
 */
export function prefetchAccountList(queryClient: QueryClient, session: Session, filters: AccountFilters) {
  if (!knownPermissions(queryClient, session).has('manage_users')) return;
  void queryClient.prefetchInfiniteQuery(accountsQuery(session, filters));
  // In a task of its own, so the route's other requests and chunks are on their way first.
  setTimeout(() => warmFormats(i18next.language), 0);
}
