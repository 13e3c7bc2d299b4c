import { useState } from 'react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/errors.ts';
import type { SignedIn } from '@/api/http.ts';
import { removeProfileImage, type ProfileImage } from '@/api/profile.ts';
import type { CredentialAccount } from '@/api/types.ts';
import { Dialog } from '@/components/dialog.tsx';
import { errorMessage } from '@/components/error-message.ts';

interface Props {
  session: SignedIn;
  kind: ProfileImage;
  imageUrl: string;
  /** The cache entry of verify_credentials, replaced by the server's answer so the header updates at once. */
  credentialsKey: QueryKey;
  onSignInAgain: () => void;
}

/** The Remove button, its confirmation dialog and the DELETE request behind them. */
export function RemoveImage({ session, kind, imageUrl, credentialsKey, onSignInAgain }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: () => removeProfileImage(session, kind),
    onSuccess: (account: CredentialAccount) => {
      queryClient.setQueryData(credentialsKey, account);
      setOpen(false);
    },
  });
  const error = mutation.error;
  const message =
    isApiError(error) && error.kind === 'not_found'
      ? t('profile.unsupported')
      : isApiError(error) && error.kind === 'scope'
        ? t('profile.missingScope')
        : error
          ? errorMessage(error, t)
          : null;

  return (
    <>
      <button type="button" className="button danger" onClick={() => (mutation.reset(), setOpen(true))}>
        {t(`profile.remove.${kind}`)}
      </button>
      <Dialog open={open} title={t(`profile.confirmTitle.${kind}`)} onClose={() => !mutation.isPending && setOpen(false)}>
        <img className={`preview ${kind}`} src={imageUrl} alt={t(`profile.current.${kind}`)} />
        <p>{t(`profile.confirmBody.${kind}`)}</p>
        {message && (
          <p className="field-error" role="alert">
            {message}
          </p>
        )}
        <div className="row end">
          <button type="button" className="button" onClick={() => setOpen(false)} disabled={mutation.isPending}>
            {t('common.cancel')}
          </button>
          {isApiError(error) && error.kind === 'scope' ? (
            <button type="button" className="button primary" onClick={onSignInAgain}>
              {t('session.signInAgain')}
            </button>
          ) : (
            <button type="button" className="button danger" onClick={() => mutation.mutate()} disabled={mutation.isPending || (isApiError(error) && error.kind === 'not_found')}>
              {mutation.isPending ? t('profile.removing') : error ? t('common.retry') : t('profile.confirm')}
            </button>
          )}
        </div>
      </Dialog>
    </>
  );
}
