import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AccountListPage } from './-account-list-page.tsx';

const PENDING = { status: 'pending', origin: 'local' };

export const Route = createFileRoute('/_app/pending')({
  component: function PendingPage() {
    const { t } = useTranslation();
    return <AccountListPage title={t('pending.title')} filters={PENDING} emptyText={t('pending.empty')} />;
  },
});
