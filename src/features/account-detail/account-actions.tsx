import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountAction } from '@/api/admin-accounts.ts';
import { isApiError } from '@/api/errors.ts';
import type { SignedIn } from '@/api/http.ts';
import type { AdminAccount } from '@/api/types.ts';
import { Dialog } from '@/components/dialog.tsx';
import { errorMessage } from '@/components/error-message.ts';
import type { Permissions } from '@/lib/permissions.ts';
import { availableActions } from './available-actions.ts';
import { ModerationForm } from './moderation-form.tsx';
import { forgetUnsupported, useUnsupportedEndpoints } from './unsupported-endpoints.ts';
import { acctOf, UnsupportedEndpointError, type SimpleAction, type useAccountActions } from './use-account-actions.ts';

type Mutations = ReturnType<typeof useAccountActions>;
type Open = 'reject' | 'delete' | 'moderate' | null;

/** A sentence for a failed action; the form or dialog stays open with its input. */
function ActionError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text =
    error instanceof UnsupportedEndpointError
      ? t('actions.unsupported')
      : isApiError(error) && error.kind === 'forbidden'
        ? t('actions.forbidden')
        : isApiError(error) && error.kind === 'validation' && error.serverMessage
          ? t('actions.rejectedByServer', { message: error.serverMessage })
          : errorMessage(error, t);
  const retry = isApiError(error) && (error.kind === 'network' || error.kind === 'server' || error.kind === 'rate_limited');
  return (
    <div className="action-error" role="alert">
      <p>{text}</p>
      {retry && onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export interface AccountActionsProps {
  session: SignedIn;
  account: AdminAccount;
  permissions: Permissions;
  mutations: Mutations;
}

/** The buttons that fit this account and this moderator, with a confirmation where an action is destructive. */
export function AccountActions({ session, account, permissions, mutations }: AccountActionsProps) {
  const { t } = useTranslation();
  const unsupported = useUnsupportedEndpoints(session.origin);
  const available = availableActions(account, permissions, unsupported);
  const [open, setOpen] = useState<Open>(null);
  const [typed, setTyped] = useState('');
  const [lastSimple, setLastSimple] = useState<SimpleAction | null>(null);
  const acct = acctOf(account);
  const { simple, moderate } = mutations;
  const busy = simple.isPending || moderate.isPending;

  const run = (action: SimpleAction) => {
    if (busy) return;
    setLastSimple(action);
    simple.mutate(action, { onSuccess: () => setOpen(null) });
  };
  const close = () => {
    setOpen(null);
    setTyped('');
    simple.reset();
    moderate.reset();
  };
  const direct = available.simple.filter((action) => action !== 'reject' && action !== 'delete');
  const simpleError = open === null ? simple.error : null;

  if (!available.moderate && available.simple.length === 0) {
    return <p className="muted">{available.missing.length > 0 ? t('actions.noneSupported') : t('actions.none')}</p>;
  }

  return (
    <section className="actions" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('actions.title')}</h2>
      <div className="row">
        {direct.map((action) => (
          <button key={action} type="button" className={`button ${action === 'approve' ? 'primary' : ''}`} disabled={busy} aria-busy={busy && lastSimple === action} onClick={() => run(action)}>
            {busy && lastSimple === action ? t('actions.working') : t(`actions.labels.${action}`)}
          </button>
        ))}
        {available.simple.includes('reject') && (
          <button type="button" className="button danger" disabled={busy} onClick={() => setOpen('reject')}>
            {t('actions.labels.reject')}
          </button>
        )}
        {available.moderate && (
          <button type="button" className="button" disabled={busy} onClick={() => setOpen('moderate')}>
            {t('actions.labels.moderate')}
          </button>
        )}
        {available.simple.includes('delete') && (
          <button type="button" className="button danger" disabled={busy} onClick={() => setOpen('delete')}>
            {t('actions.labels.delete')}
          </button>
        )}
      </div>
      {available.missing.length > 0 && (
        <div className="row">
          <p className="muted small" role="note">
            {t('actions.missing', { actions: available.missing.map((action) => t(`actions.labels.${action}`)).join(', ') })}
          </p>
          <button type="button" className="link-button small" onClick={() => forgetUnsupported(session.origin)}>
            {t('actions.offerAgain')}
          </button>
        </div>
      )}
      <ActionError error={simpleError} onRetry={lastSimple ? () => run(lastSimple) : undefined} />

      <Dialog open={open === 'reject'} title={t('actions.rejectTitle', { acct })} onClose={close}>
        <p>{t('actions.rejectBody')}</p>
        <ActionError error={simple.error} onRetry={() => run('reject')} />
        <div className="row">
          <button type="button" className="button danger" disabled={busy} aria-busy={busy} onClick={() => run('reject')}>
            {busy ? t('actions.working') : t('actions.labels.reject')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </Dialog>

      <Dialog open={open === 'delete'} title={t('actions.deleteTitle', { acct })} onClose={close}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim() === account.username) run('delete');
          }}
        >
          <p>{t('actions.deleteBody')}</p>
          <div className="field">
            <label htmlFor="confirm-username">{t('actions.deleteConfirm', { username: account.username })}</label>
            <input id="confirm-username" autoComplete="off" spellCheck={false} value={typed} onChange={(event) => setTyped(event.target.value)} />
          </div>
          <ActionError error={simple.error} onRetry={() => run('delete')} />
          <div className="row">
            <button type="submit" className="button danger" disabled={busy || typed.trim() !== account.username} aria-busy={busy}>
              {busy ? t('actions.working') : t('actions.labels.delete')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </Dialog>

      <Dialog open={open === 'moderate'} title={t('moderate.title', { acct })} onClose={close}>
        <ModerationForm
          session={session}
          account={account}
          acct={acct}
          canSeeReports={permissions.has('manage_reports')}
          pending={moderate.isPending}
          error={<ActionError error={moderate.error} />}
          onSubmit={(action: AccountAction) => moderate.mutate(action, { onSuccess: () => setOpen(null) })}
          onCancel={close}
        />
      </Dialog>
    </section>
  );
}
