import { useMemo } from 'react';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { accountSearchSchema, compactFilters } from '@/features/accounts/filters.ts';
import { AccountListPage } from './-account-list-page.tsx';
import { prefetchAccountList } from './-prefetch-account-list.ts';

export const Route = createFileRoute('/_app/accounts/')({
  // Every known key comes back, unset ones as undefined: the router merges this over the raw search.
  validateSearch: accountSearchSchema,
  loaderDeps: ({ search }) => ({ filters: compactFilters(search) }),
  loader: ({ context, deps }) => prefetchAccountList(context.queryClient, context.session, deps.filters),
  component: AccountsPage,
});

function AccountsPage() {
  const { t } = useTranslation();
  const search = Route.useSearch();
  const filters = useMemo(() => compactFilters(search), [search]);
  const navigate = Route.useNavigate();
  return (
    <AccountListPage
      title={t('accounts.title')}
      filters={filters}
      onFiltersChange={(next) => void navigate({ search: next, replace: true })}
      emptyText={t('accounts.empty')}
    />
  );
}
