import { memo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { TFunction } from 'i18next';
import type { AccountFilters } from '@/api/account-filters.ts';
import type { AdminAccount } from '@/api/types.ts';
import { Avatar } from '@/components/avatar.tsx';
import { formatDateTime, formatNumber, formatRelative } from '@/lib/format.ts';
import { stringifySearch } from '@/lib/search-params.ts';
import { roleLabel } from '@/lib/role-label.ts';
import { StateBadgeList } from './state-badges.tsx';

export interface AccountRowProps {
  account: AdminAccount;
  index: number;
  start: number;
  t: TFunction;
  language: string;
  onOpen: (account: AdminAccount) => void;
  onIntent: (account: AdminAccount) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>, account: AdminAccount, index: number) => void;
  measure: (element: HTMLElement | null) => void;
}

/** 3.5 sent `ip` as an object by mistake (reference §4.1). */
const lastIp = (account: AdminAccount) => (typeof account.ip === 'string' ? account.ip : (account.ip?.ip ?? null));

const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1);

/** A plain link; the table routes plain clicks on it inside the app, so rows need no router hooks. */
function Pivot({ filters, label, children }: { filters: AccountFilters; label: string; children: string }) {
  return (
    <a href={`/accounts${stringifySearch({ ...filters })}`} className="pivot" title={label} aria-label={label} data-route>
      {children}
    </a>
  );
}

/** One row of the account table: who, what state, how to reach them, and pivots to similar accounts. */
export const AccountRow = memo(function AccountRow({ account, index, start, t, language, onOpen, onIntent, onKeyDown, measure }: AccountRowProps) {
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
      onKeyDown={(event) => onKeyDown(event, account, index)}
      onMouseEnter={() => onIntent(account)}
      onFocus={() => onIntent(account)}
    >
      <div role="cell" className="cell-account">
        <Avatar src={profile?.avatar_static} size={36} />
        <span className="names">
          <a href={`/accounts/${encodeURIComponent(account.id)}`} tabIndex={-1} className="name" data-route>
            {profile?.display_name || account.username}
          </a>
          <span className="muted small acct">@{acct}</span>
        </span>
        {role && <span className="badge role">{role}</span>}
      </div>
      <div role="cell">
        <StateBadgeList account={account} t={t} />
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
        <time dateTime={account.created_at} title={formatDateTime(joined, language)}>
          {formatRelative(joined, language)}
        </time>
      </div>
      <div role="cell" className="small numeric">
        {profile && (
          <>
            <span title={t('accounts.posts')}>{t('accounts.postsCount', { count: profile.statuses_count, formatted: formatNumber(profile.statuses_count, language) })}</span>
            <span title={t('accounts.followers')}>
              {t('accounts.followersCount', { count: profile.followers_count, formatted: formatNumber(profile.followers_count, language) })}
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
