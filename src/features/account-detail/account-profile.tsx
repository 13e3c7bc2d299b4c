import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { AdminAccount } from '@/api/types.ts';
import { Avatar } from '@/components/avatar.tsx';
import { SafeHtml } from '@/components/safe-html.tsx';
import { roleLabel } from '@/lib/role-label.ts';
import { formatDateTime, formatNumber, formatRelative } from '@/lib/format.ts';

function When({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={formatDateTime(date, i18n.language)}>
      {formatRelative(date, i18n.language)}
    </time>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Who the account is (public profile) and what the instance knows about it (admin facts). */
export function AccountProfile({ account, badges }: { account: AdminAccount; badges: ReactNode }) {
  const { t, i18n } = useTranslation();
  const profile = account.account;
  const local = account.domain === null;
  const number = (value: number) => formatNumber(value, i18n.language);
  const flags = [profile?.bot && t('account.bot'), profile?.locked && t('account.locked'), profile?.group && t('account.group')].filter(Boolean) as string[];

  return (
    <div className="account-detail">
      <section className="profile-card" aria-labelledby="account-name">
        {profile?.header_static && <img className="header-image" src={profile.header_static} alt="" referrerPolicy="no-referrer" />}
        <div className="profile-head">
          <Avatar src={profile?.avatar_static} size={72} />
          <div>
            <h1 id="account-name">{profile?.display_name || account.username}</h1>
            <p className="muted">@{profile?.acct ?? account.username}</p>
            <div className="row tight">
              {badges}
              {flags.map((flag) => (
                <span key={flag} className="badge">
                  {flag}
                </span>
              ))}
            </div>
          </div>
        </div>
        {profile?.note && <SafeHtml className="note" html={profile.note} />}
        {profile && profile.fields.length > 0 && (
          <dl className="fields">
            {profile.fields.map((field) => (
              <Fact key={field.name} label={field.name}>
                <SafeHtml as="span" html={field.value} />
              </Fact>
            ))}
          </dl>
        )}
        {profile && (
          <p className="stats">
            {t('account.stats', { posts: number(profile.statuses_count), followers: number(profile.followers_count), following: number(profile.following_count) })}
          </p>
        )}
        {profile?.url && (
          <a href={profile.url} target="_blank" rel="noopener noreferrer">
            {t('account.publicProfile')}
          </a>
        )}
      </section>

      <section className="facts" aria-labelledby="facts-title">
        <h2 id="facts-title">{t('account.facts')}</h2>
        <dl>
          <Fact label={t('account.joined')}>
            <When iso={account.created_at} />
          </Fact>
          {local ? (
            <>
              <Fact label={t('account.email')}>
                {account.email ?? '—'} <span className="muted small">({account.confirmed ? t('account.confirmed') : t('account.unconfirmed')})</span>
              </Fact>
              <Fact label={t('account.role')}>{roleLabel(account.role) ?? t('account.noRole')}</Fact>
              <Fact label={t('account.locale')}>{account.locale || '—'}</Fact>
              {account.invite_request && <Fact label={t('account.reason')}>{account.invite_request}</Fact>}
              {account.invited_by_account_id && (
                <Fact label={t('account.invitedBy')}>
                  <Link to="/accounts/$id" params={{ id: account.invited_by_account_id }}>
                    {t('account.invitedByLink', { id: account.invited_by_account_id })}
                  </Link>
                </Fact>
              )}
              {account.created_by_application_id && <Fact label={t('account.application')}>{t('account.applicationId', { id: account.created_by_application_id })}</Fact>}
            </>
          ) : (
            <Fact label={t('account.domain')}>
              <Link to="/accounts" search={{ origin: 'remote', by_domain: account.domain ?? undefined }}>
                {account.domain}
              </Link>{' '}
              <span className="muted small">{t('account.remoteNote')}</span>
            </Fact>
          )}
        </dl>
        {local && (
          <>
            <h3>{t('account.ips')}</h3>
            {account.ips && account.ips.length > 0 ? (
              <ul className="plain ips">
                {account.ips.map((entry) => (
                  <li key={entry.ip}>
                    <Link to="/accounts" search={{ ip: entry.ip }} aria-label={t('accounts.pivotIp', { ip: entry.ip })}>
                      {entry.ip}
                    </Link>{' '}
                    <span className="muted small">
                      <When iso={entry.used_at} />
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('account.noIps')}</p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
