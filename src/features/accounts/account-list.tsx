import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SignedIn } from '@/api/http.ts';
import { Avatar } from '@/components/avatar.tsx';
import { ErrorView } from '@/components/error-view.tsx';
import { accountsQuery } from './queries.ts';
import { StateBadges } from './state-badges.tsx';

/** A plain, paged list of accounts for one set of v2 filters, with "load more" over the Link header. */
export function AccountList({ session, filters, emptyText }: { session: SignedIn; filters: Record<string, string>; emptyText: string }) {
  const { t } = useTranslation();
  const query = useInfiniteQuery(accountsQuery(session, filters));

  if (query.isPending) {
    return (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (query.isError && !query.data) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  const accounts = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (accounts.length === 0) return <p className="empty">{emptyText}</p>;

  return (
    <>
      <ul className="account-list" aria-label={t('accounts.listLabel')}>
        {accounts.map((account) => (
          <li key={account.id} className="account-row">
            <Avatar src={account.account?.avatar_static} size={36} />
            <span className="names">
              <strong>{account.account?.display_name || account.username}</strong>
              <span className="muted">@{account.account?.acct ?? account.username}</span>
            </span>
            <StateBadges account={account} />
          </li>
        ))}
      </ul>
      {query.isFetchNextPageError && <ErrorView error={query.error} onRetry={() => void query.fetchNextPage()} />}
      {query.hasNextPage ? (
        <button type="button" className="button" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? t('common.loading') : t('accounts.loadMore')}
        </button>
      ) : (
        <p className="muted small">{t('accounts.end')}</p>
      )}
    </>
  );
}
