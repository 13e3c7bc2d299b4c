import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { credentialsQuery } from '@/features/auth/queries.ts';
import { useActiveSession, usePermissions } from '@/features/auth/session-context.tsx';
import { AccountList } from '@/features/accounts/account-list.tsx';
import { NoAccess } from '@/components/no-access.tsx';

/** A titled account list, or an explanation when the role lacks manage_users. */
export function AccountListPage({ title, filters, emptyText }: { title: string; filters: Record<string, string>; emptyText: string }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const permissions = usePermissions(session);
  const { data: me } = useSuspenseQuery(credentialsQuery(session));
  return (
    <div className="page">
      <h1>{title}</h1>
      {permissions.has('manage_users') ? (
        <AccountList session={session} filters={filters} emptyText={emptyText} />
      ) : (
        <NoAccess roleName={me.role?.name ?? ''} permission={t('permissions.manage_users')} />
      )}
    </div>
  );
}
