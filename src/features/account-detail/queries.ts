import { queryOptions } from '@tanstack/react-query';
import { getAccount } from '@/api/admin-accounts.ts';
import { listOpenReports, listWarningPresets } from '@/api/admin-reports.ts';
import type { SignedIn } from '@/api/http.ts';
import { accountKey } from '@/lib/account-cache.ts';

export const accountQuery = (session: SignedIn, id: string) =>
  queryOptions({
    queryKey: accountKey(session, id),
    queryFn: ({ signal }) => getAccount(session, id, signal),
    staleTime: 30_000,
  });

export const openReportsQuery = (session: SignedIn, accountId: string) =>
  queryOptions({
    queryKey: [session.origin, session.accountId, 'admin-reports', 'open', accountId],
    queryFn: ({ signal }) => listOpenReports(session, accountId, signal),
    staleTime: 30_000,
  });

export const warningPresetsQuery = (session: SignedIn) =>
  queryOptions({
    queryKey: [session.origin, session.accountId, 'warning-presets'],
    queryFn: ({ signal }) => listWarningPresets(session, signal),
    staleTime: 60 * 60_000,
  });
