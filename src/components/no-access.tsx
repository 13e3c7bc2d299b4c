import { useTranslation } from 'react-i18next';

/** Shown instead of a screen the moderator's role does not allow, naming the permission it needs. */
export function NoAccess({ roleName, permission }: { roleName: string; permission: string }) {
  const { t } = useTranslation();
  return (
    <div className="card" role="note">
      <h2>{t('noAccess.title')}</h2>
      <p>{roleName ? t('noAccess.bodyWithRole', { role: roleName, permission }) : t('noAccess.body', { permission })}</p>
      <p className="muted">{t('noAccess.hint')}</p>
    </div>
  );
}
