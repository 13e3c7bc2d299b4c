import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AdminAccount } from '@/api/types.ts';

export function StateBadges({ account }: { account: AdminAccount }) {
  return <StateBadgeList account={account} t={useTranslation().t} />;
}

/** The states a moderator scans for; Mastodon calls "silenced" accounts "limited" in its UI. */
export function StateBadgeList({ account, t }: { account: AdminAccount; t: TFunction }) {
  const states = [
    account.approved === false && 'pending',
    account.domain === null && account.confirmed === false && 'unconfirmed',
    account.disabled === true && 'disabled',
    account.silenced && 'limited',
    account.suspended && 'suspended',
    account.sensitized === true && 'sensitive',
  ].filter((state): state is string => Boolean(state));
  return (
    <span className="badges">
      {states.map((state) => (
        <span key={state} className={`badge ${state}`}>
          {t(`states.${state}`)}
        </span>
      ))}
    </span>
  );
}
