import { useCallback, useRef } from 'react';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AccountFilters } from '@/api/account-filters.ts';
import type { AdminAccount } from '@/api/types.ts';
import { NoAccess } from '@/components/no-access.tsx';
import { accountQuery } from '@/features/account-detail/queries.ts';
import { AccountsView } from '@/features/accounts/accounts-view.tsx';
import { credentialsQuery } from '@/features/auth/queries.ts';
import { useActiveSession, usePermissions } from '@/features/auth/session-context.tsx';

const INTENT_DELAY_MS = 100;

/** A titled account list, or an explanation when the role lacks manage_users. */
export function AccountListPage({ title, ...view }: { title: string; filters: AccountFilters; onFiltersChange?: (filters: AccountFilters) => void; emptyText: string }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const permissions = usePermissions(session);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: me } = useSuspenseQuery(credentialsQuery(session));
  const intentTimer = useRef<number | undefined>(undefined);

  const onOpen = useCallback((account: AdminAccount) => void navigate({ to: '/accounts/$id', params: { id: account.id } }), [navigate]);
  // Hovering or focusing a row for a moment loads its detail page ahead of the click.
  const onIntent = useCallback(
    (account: AdminAccount) => {
      window.clearTimeout(intentTimer.current);
      intentTimer.current = window.setTimeout(() => void queryClient.prefetchQuery(accountQuery(session, account.id)), INTENT_DELAY_MS);
    },
    [queryClient, session],
  );

  return (
    <div className="page wide">
      <h1>{title}</h1>
      {permissions.has('manage_users') ? (
        <AccountsView session={session} ownRole={me.role ?? undefined} onOpen={onOpen} onIntent={onIntent} {...view} />
      ) : (
        <NoAccess roleName={me.role?.name ?? ''} permission={t('permissions.manage_users')} />
      )}
    </div>
  );
}
