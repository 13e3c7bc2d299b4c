import type { QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SignedIn } from '@/api/http.ts';
import { isDefaultImage, type ProfileImage } from '@/api/profile.ts';
import type { CredentialAccount } from '@/api/types.ts';
import { RemoveImage } from './remove-image.tsx';

interface Props {
  session: SignedIn;
  account: CredentialAccount;
  credentialsKey: QueryKey;
  onSignInAgain: () => void;
}

/** The signed-in account's header and avatar, each with its own Remove unless it is already the default. */
export function ProfileView({ session, account, credentialsKey, onSignInAgain }: Props) {
  const { t } = useTranslation();
  const image = (kind: ProfileImage, url: string, description: string | null | undefined) => (
    <section className={`profile-image ${kind}`} aria-labelledby={`${kind}-heading`}>
      <h2 id={`${kind}-heading`}>{t(`profile.${kind}`)}</h2>
      <img className={kind} src={url} alt={description || t(`profile.current.${kind}`)} />
      {isDefaultImage(url, kind) ? (
        <p className="muted">{t(`profile.isDefault.${kind}`)}</p>
      ) : (
        <RemoveImage session={session} kind={kind} imageUrl={url} credentialsKey={credentialsKey} onSignInAgain={onSignInAgain} />
      )}
    </section>
  );
  return (
    <div className="profile">
      <div className="profile-identity">
        <h2>{account.display_name || account.username}</h2>
        <p className="muted">@{account.acct}</p>
        {account.url && (
          <a href={account.url} target="_blank" rel="noopener noreferrer">
            {t('profile.publicProfile')}
          </a>
        )}
      </div>
      {image('header', account.header, account.header_description)}
      {image('avatar', account.avatar, account.avatar_description)}
    </div>
  );
}
