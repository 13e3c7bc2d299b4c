import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { deleteAccountData, getAccount, performAction, postAccountEndpoint, type AccountAction } from '@/api/admin-accounts.ts';
import { isApiError } from '@/api/errors.ts';
import type { SignedIn } from '@/api/http.ts';
import type { AdminAccount } from '@/api/types.ts';
import { useToast } from '@/components/toast.tsx';
import { forgetAccount, pendingCountKey, removeFromLists, storeAccount } from '@/lib/account-cache.ts';
import { markUnsupported, type OptionalEndpoint } from './unsupported-endpoints.ts';

export type SimpleAction = 'approve' | 'reject' | OptionalEndpoint;

/** The account answered 404 on a fresh GET: another moderator rejected or deleted it. */
export class AccountGoneError extends Error {}
/** The account exists, but this server has no such endpoint. */
export class UnsupportedEndpointError extends Error {}

export const acctOf = (account: AdminAccount) => `@${account.account?.acct ?? (account.domain ? `${account.username}@${account.domain}` : account.username)}`;

/**
 * Every action on one account. Success updates the caches from the server's answer (refetching when
 * it answers `{}`), and a toast names the account. A 404 is told apart: a gone account or a missing
 * endpoint. A 403 reloads the account, since its state may have changed under us.
 */
export function useAccountActions(session: SignedIn, account: AdminAccount, options: { onRejected: () => Promise<void> }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const { t } = useTranslation();
  const acct = acctOf(account);

  const refresh = async () => storeAccount(queryClient, session, await getAccount(session, account.id));

  async function explain(error: unknown, endpoint: OptionalEndpoint | null): Promise<never> {
    if (isApiError(error) && error.kind === 'forbidden') await refresh().catch(() => undefined);
    if (!isApiError(error) || error.kind !== 'not_found') throw error;
    try {
      await getAccount(session, account.id);
    } catch (lookup) {
      if (isApiError(lookup) && lookup.kind === 'not_found') {
        removeFromLists(queryClient, session, account.id);
        throw new AccountGoneError();
      }
      throw lookup;
    }
    if (endpoint) markUnsupported(session.origin, endpoint);
    throw new UnsupportedEndpointError(endpoint ?? 'action');
  }

  const simple = useMutation({
    mutationFn: async (action: SimpleAction) => {
      try {
        const result = action === 'delete' ? await deleteAccountData(session, account.id) : await postAccountEndpoint(session, account.id, action);
        return { action, result };
      } catch (error) {
        return explain(error, action === 'approve' || action === 'reject' ? null : action);
      }
    },
    onSuccess: async ({ action, result }) => {
      if (action === 'approve' || action === 'reject') void queryClient.invalidateQueries({ queryKey: pendingCountKey(session) });
      toast(t(`actions.done.${action}`, { acct }));
      if (action === 'reject') {
        // Leave the page first, so nothing asks again for the account that no longer exists.
        await options.onRejected();
        forgetAccount(queryClient, session, account.id);
      } else if (result) storeAccount(queryClient, session, result);
      else await refresh();
    },
  });

  const moderate = useMutation({
    mutationFn: async (action: AccountAction) => {
      try {
        await performAction(session, account.id, action);
      } catch (error) {
        await explain(error, null);
      }
      return action;
    },
    onSuccess: async (action) => {
      await refresh();
      void queryClient.invalidateQueries({ queryKey: [session.origin, session.accountId, 'admin-reports'] });
      toast(t(`actions.done.${action.type}`, { acct }));
    },
  });

  return { simple, moderate };
}
