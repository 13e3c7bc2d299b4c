import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AccountFilters } from '@/api/account-filters.ts';
import { AccountListPage } from './-account-list-page.tsx';
import { prefetchAccountList } from './-prefetch-account-list.ts';

const PENDING: AccountFilters = { origin: 'local', status: 'pending' };

export const Route = createFileRoute('/_app/pending')({
  loader: ({ context }) => prefetchAccountList(context.queryClient, context.session, PENDING),
  component: function PendingPage() {
    const { t } = useTranslation();
    return <AccountListPage title={t('pending.title')} filters={PENDING} emptyText={t('pending.empty')} />;
  },
});
