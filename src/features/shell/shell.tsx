import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { OfflineBanner } from '@/components/offline-banner.tsx';
import { formatNumber } from '@/lib/format.ts';
import { LanguageSwitch } from './language-switch.tsx';

export interface ShellProps {
  instanceName: string;
  version: string;
  canModerate: boolean;
  /** Pending sign-ups, shown when the instance approves sign-ups by hand; `more` when there are more than counted. */
  pending: { count: number; more: boolean } | null;
  accountMenu: ReactNode;
  children: ReactNode;
}

export function Shell({ instanceName, version, canModerate, pending, accountMenu, children }: ShellProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="header">
        <div className="brand">
          <strong>{instanceName}</strong>
          <span className="muted small">{t('shell.version', { version })}</span>
        </div>
        <nav aria-label={t('shell.navigation')}>
          <ul className="nav">
            {canModerate && (
              <>
                <li>
                  <Link to="/accounts" activeProps={{ 'aria-current': 'page' }}>
                    {t('nav.accounts')}
                  </Link>
                </li>
                <li>
                  <Link to="/pending" activeProps={{ 'aria-current': 'page' }}>
                    {t('nav.pending')}
                    {pending && pending.count > 0 && (
                      <span className="count" aria-label={t('nav.pendingCount', { count: pending.count })}>
                        {formatNumber(pending.count, i18n.language)}
                        {pending.more ? '+' : ''}
                      </span>
                    )}
                  </Link>
                </li>
              </>
            )}
            <li>
              <Link to="/profile" activeProps={{ 'aria-current': 'page' }}>
                {t('nav.profile')}
              </Link>
            </li>
          </ul>
        </nav>
        <div className="header-end">
          <LanguageSwitch />
          {accountMenu}
        </div>
      </header>
      <OfflineBanner />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
