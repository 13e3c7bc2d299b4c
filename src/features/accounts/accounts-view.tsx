import { useCallback, useEffect, useMemo, useRef } from 'react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AccountFilters } from '@/api/account-filters.ts';
import { isApiError } from '@/api/errors.ts';
import type { SignedIn } from '@/api/http.ts';
import type { AdminAccount, AdminRole } from '@/api/types.ts';
import { ErrorView } from '@/components/error-view.tsx';
import { formatNumber } from '@/lib/format.ts';
import { AccountTable } from './account-table.tsx';
import { FilterForm } from './filter-form.tsx';
import { accountsQuery } from './queries.ts';
import { rememberRoles, rolesOf, type RoleChoice } from './roles.ts';

export interface AccountsViewProps {
  session: SignedIn;
  filters: AccountFilters;
  /** The signed-in moderator's own role, the first choice of the role filter. */
  ownRole: AdminRole | { id: string; name: string } | undefined;
  /** Without it the filters are fixed (the pending queue) and no form is shown. */
  onFiltersChange?: (filters: AccountFilters) => void;
  onOpen: (account: AdminAccount) => void;
  onIntent: (account: AdminAccount) => void;
  emptyText: string;
}

/** Filters, the table and every state around it: loading, empty, failed, v1-only and the end of the list. */
export function AccountsView({ session, filters, ownRole, onFiltersChange, onOpen, onIntent, emptyText }: AccountsViewProps) {
  const { t, i18n } = useTranslation();
  const query = useInfiniteQuery({ ...accountsQuery(session, filters), placeholderData: keepPreviousData });
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const accounts = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const roles = useMemo(() => rememberRoles(session.origin, [ownRole, ...rolesOf(accounts)]), [session.origin, ownRole, accounts]);
  const firstPage = query.data?.pages[0];

  const onNearEnd = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  // A new set of filters starts at the top of the list.
  const filtersKey = JSON.stringify(filters);
  const lastKey = useRef(filtersKey);
  useEffect(() => {
    if (lastKey.current === filtersKey) return;
    lastKey.current = filtersKey;
    if (window.scrollY > 0) window.scrollTo({ top: 0 });
  }, [filtersKey]);

  let body;
  if (query.isPending) body = <Skeleton />;
  else if (query.isError && !query.isFetchNextPageError) body = <ListError error={query.error} onRetry={() => void query.refetch()} roleName={roleName(ownRole)} />;
  else if (accounts.length === 0 && !query.isPlaceholderData)
    body = <EmptyState filters={filters} roles={roles} text={emptyText} onClear={onFiltersChange && (() => onFiltersChange({}))} />;
  else
    body = (
      <>
        <AccountTable accounts={accounts} complete={!hasNextPage} busy={query.isFetching} onNearEnd={onNearEnd} onOpen={onOpen} onIntent={onIntent} />
        <div className="table-foot" aria-live="polite">
          {isFetchNextPageError ? (
            <ErrorView error={query.error} onRetry={() => void fetchNextPage()} title={t('accounts.moreFailed')} />
          ) : isFetchingNextPage ? (
            <p className="muted">{t('accounts.loadingMore')}</p>
          ) : !hasNextPage ? (
            <p className="end-marker">{t('accounts.end', { count: accounts.length, formatted: formatNumber(accounts.length, i18n.language) })}</p>
          ) : null}
        </div>
      </>
    );

  return (
    <>
      {onFiltersChange && <FilterForm filters={filters} roles={roles} onApply={onFiltersChange} />}
      {firstPage?.api === 'v1' && <V1Notice limitations={firstPage.limitations} />}
      <p className="muted small list-status" role="status">
        {query.isFetching && !isFetchingNextPage ? t('common.loading') : query.data ? t('accounts.shown', { count: accounts.length, formatted: formatNumber(accounts.length, i18n.language), more: hasNextPage ? '+' : '' }) : ''}
      </p>
      <div className={query.isPlaceholderData ? 'stale' : undefined}>{body}</div>
    </>
  );
}

const roleName = (role: AccountsViewProps['ownRole']) => (role && typeof role === 'object' ? role.name : (role ?? ''));

function Skeleton() {
  const { t } = useTranslation();
  return (
    <div className="skeleton" aria-busy="true" aria-label={t('common.loading')} role="status">
      {Array.from({ length: 8 }, (_, index) => (
        <div key={index} className="skeleton-row" />
      ))}
    </div>
  );
}

function ListError({ error, onRetry, roleName }: { error: unknown; onRetry: () => void; roleName: string }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.kind === 'scope') return <ErrorView error={error} title={t('accounts.scopeTitle')} />;
  if (isApiError(error) && error.kind === 'forbidden') {
    return (
      <div className="error-view" role="alert">
        <h2>{t('accounts.forbiddenTitle')}</h2>
        <p>{t('accounts.forbidden', { role: roleName || t('accounts.noRole') })}</p>
      </div>
    );
  }
  return <ErrorView error={error} onRetry={onRetry} />;
}

export function describeFilters(filters: AccountFilters, roles: readonly RoleChoice[], t: TFunction): string[] {
  const parts: string[] = [];
  if (filters.origin) parts.push(`${t('filters.origin')}: ${t(`filters.origins.${filters.origin}`)}`);
  if (filters.status) parts.push(`${t('filters.status')}: ${t(`filters.statuses.${filters.status}`)}`);
  if (filters.permissions) parts.push(`${t('filters.role')}: ${t('filters.staff')}`);
  else if (filters.role_ids) parts.push(`${t('filters.role')}: ${filters.role_ids.map((id) => roles.find((role) => role.id === id)?.name ?? id).join(', ')}`);
  for (const name of ['username', 'display_name', 'email', 'ip', 'by_domain', 'invited_by'] as const) {
    if (filters[name]) parts.push(`${t(`filters.${name}`)}: ${filters[name]}`);
  }
  return parts;
}

function EmptyState({ filters, roles, text, onClear }: { filters: AccountFilters; roles: readonly RoleChoice[]; text: string; onClear?: () => void }) {
  const { t } = useTranslation();
  const active = describeFilters(filters, roles, t);
  return (
    <div className="empty">
      <p>{text}</p>
      {onClear && active.length > 0 && (
        <>
          <p className="small">{t('accounts.emptyFilters', { filters: active.join(' · ') })}</p>
          <button type="button" className="button" onClick={onClear}>
            {t('filters.clear')}
          </button>
        </>
      )}
    </div>
  );
}

function V1Notice({ limitations }: { limitations: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="note">
      <strong>{t('accounts.v1Title')}</strong>
      {limitations.length > 0 && (
        <ul>
          {limitations.map((limitation) => (
            <li key={limitation}>{t(`accounts.v1Limits.${limitation}`)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
