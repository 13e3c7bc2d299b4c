import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AccountListPage } from './-account-list-page.tsx';

const ALL = {};

export const Route = createFileRoute('/_app/accounts')({
  component: function AccountsPage() {
    const { t } = useTranslation();
    return <AccountListPage title={t('accounts.title')} filters={ALL} emptyText={t('accounts.empty')} />;
  },
});
