import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/errors.ts';
import type { SignedIn } from '@/api/http.ts';
import type { AdminAccount } from '@/api/types.ts';
import { ErrorView } from '@/components/error-view.tsx';
import type { Permissions } from '@/lib/permissions.ts';
import { AccountActions } from './account-actions.tsx';
import { AccountProfile } from './account-profile.tsx';
import { accountQuery } from './queries.ts';
import { AccountGoneError, useAccountActions } from './use-account-actions.ts';

export interface AccountDetailProps {
  session: SignedIn;
  id: string;
  permissions: Permissions;
  /** The account's state badges, drawn by the list's component so both look the same. */
  badges: (account: AdminAccount) => ReactNode;
  /** Where to go once the account is rejected (the next pending sign-up, or the list). */
  onRejected: (account: AdminAccount) => Promise<void>;
}

export function AccountDetail({ session, id, permissions, badges, onRejected }: AccountDetailProps) {
  const { t } = useTranslation();
  const query = useQuery(accountQuery(session, id));
  if (query.data) return <LoadedAccount session={session} account={query.data} permissions={permissions} badges={badges} onRejected={onRejected} />;
  if (isApiError(query.error) && query.error.kind === 'not_found') return <Gone />;
  if (query.error) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}

function LoadedAccount({ session, account, permissions, badges, onRejected }: Omit<AccountDetailProps, 'id'> & { account: AdminAccount }) {
  const mutations = useAccountActions(session, account, { onRejected: () => onRejected(account) });
  if (mutations.simple.error instanceof AccountGoneError || mutations.moderate.error instanceof AccountGoneError) return <Gone />;
  return (
    <div className="page">
      <AccountProfile account={account} badges={badges(account)} />
      <AccountActions session={session} account={account} permissions={permissions} mutations={mutations} />
    </div>
  );
}

/** The account was rejected or deleted, perhaps by another moderator while this page was open. */
function Gone() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <div className="card" role="alert">
        <h1>{t('account.goneTitle')}</h1>
        <p>{t('account.goneBody')}</p>
        <div className="row">
          <Link to="/pending" className="button primary">
            {t('account.toPending')}
          </Link>
          <Link to="/accounts" className="button">
            {t('account.toAccounts')}
          </Link>
        </div>
      </div>
    </div>
  );
}
