import { memo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AccountFilters } from '@/api/account-filters.ts';
import type { AdminAccount } from '@/api/types.ts';
import { Avatar } from '@/components/avatar.tsx';
import { formatDateTime, formatNumber, formatRelative } from '@/lib/format.ts';
import { roleLabel } from '@/lib/role-label.ts';
import { StateBadges } from './state-badges.tsx';

export interface AccountRowProps {
  account: AdminAccount;
  index: number;
  start: number;
  onOpen: (account: AdminAccount) => void;
  onIntent: (account: AdminAccount) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>, index: number) => void;
  measure: (element: HTMLElement | null) => void;
}

/** 3.5 sent `ip` as an object by mistake (reference §4.1). */
const lastIp = (account: AdminAccount) => (typeof account.ip === 'string' ? account.ip : (account.ip?.ip ?? null));

const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1);

function Pivot({ filters, label, children }: { filters: AccountFilters; label: string; children: string }) {
  return (
    <Link to="/accounts" search={filters} className="pivot" title={label} aria-label={label}>
      {children}
    </Link>
  );
}

/** One row of the account table: who, what state, how to reach them, and pivots to similar accounts. */
export const AccountRow = memo(function AccountRow({ account, index, start, onOpen, onIntent, onKeyDown, measure }: AccountRowProps) {
  const { t, i18n } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const profile = account.account;
  const acct = profile?.acct ?? (account.domain ? `${account.username}@${account.domain}` : account.username);
  const role = roleLabel(account.role);
  const ip = lastIp(account);
  const joined = new Date(account.created_at);
  const reason = account.approved === false ? account.invite_request : null;

  const open = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest('a, button')) return;
    onOpen(account);
  };

  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      tabIndex={0}
      data-index={index}
      ref={measure}
      className="table-row"
      style={{ transform: `translateY(${start}px)` }}
      onClick={open}
      onKeyDown={(event) => onKeyDown(event, index)}
      onMouseEnter={() => onIntent(account)}
      onFocus={() => onIntent(account)}
    >
      <div role="cell" className="cell-account">
        <Avatar src={profile?.avatar_static} size={36} />
        <span className="names">
          <Link to="/accounts/$id" params={{ id: account.id }} tabIndex={-1} className="name">
            {profile?.display_name || account.username}
          </Link>
          <span className="muted small acct">@{acct}</span>
        </span>
        {role && <span className="badge role">{role}</span>}
      </div>
      <div role="cell">
        <StateBadges account={account} />
      </div>
      <div role="cell" className="cell-contact small">
        {account.email && (
          <span className="contact">
            <span className="truncate">{account.email}</span>
            <Pivot filters={{ email: `%@${emailDomain(account.email)}` }} label={t('accounts.pivotEmail', { domain: emailDomain(account.email) })}>
              {`@${emailDomain(account.email)}`}
            </Pivot>
          </span>
        )}
        {ip && (
          <Pivot filters={{ ip }} label={t('accounts.pivotIp', { ip })}>
            {ip}
          </Pivot>
        )}
        {account.domain && (
          <Pivot filters={{ origin: 'remote', by_domain: account.domain }} label={t('accounts.pivotDomain', { domain: account.domain })}>
            {account.domain}
          </Pivot>
        )}
      </div>
      <div role="cell" className="small">
        <time dateTime={account.created_at} title={formatDateTime(joined, i18n.language)}>
          {formatRelative(joined, i18n.language)}
        </time>
      </div>
      <div role="cell" className="small numeric">
        {profile && (
          <>
            <span title={t('accounts.posts')}>{t('accounts.postsCount', { count: profile.statuses_count, formatted: formatNumber(profile.statuses_count, i18n.language) })}</span>
            <span title={t('accounts.followers')}>
              {t('accounts.followersCount', { count: profile.followers_count, formatted: formatNumber(profile.followers_count, i18n.language) })}
            </span>
          </>
        )}
      </div>
      {reason && (
        <div role="cell" className="cell-reason small">
          <span className={expanded ? '' : 'truncate'}>
            <span className="muted">{t('accounts.reason')}: </span>
            {reason}
          </span>
          {reason.length > 80 && (
            <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
              {expanded ? t('accounts.less') : t('accounts.more')}
            </button>
          )}
        </div>
      )}
    </div>
  );
});
