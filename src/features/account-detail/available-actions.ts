import type { AdminAccount } from '@/api/types.ts';
import type { Permissions } from '@/lib/permissions.ts';
import type { OptionalEndpoint } from './unsupported-endpoints.ts';
import type { SimpleAction } from './use-account-actions.ts';

export interface AvailableActions {
  simple: SimpleAction[];
  moderate: boolean;
  /** Endpoints this account's state calls for, which the server has shown it lacks. */
  missing: OptionalEndpoint[];
}

/** A local sign-up waiting for approval: what approve and reject apply to. */
export const isPendingSignUp = (account: AdminAccount) => account.approved === false && account.domain === null;

/** The actions that fit the account's state and the moderator's permissions (issue table, reference §4.2). */
export function availableActions(account: AdminAccount, permissions: Permissions, unsupported: readonly OptionalEndpoint[]): AvailableActions {
  const manage = permissions.has('manage_users');
  const wanted: SimpleAction[] = [];
  if (manage && isPendingSignUp(account)) wanted.push('approve', 'reject');
  if (manage && account.disabled === true) wanted.push('enable');
  if (manage && account.silenced) wanted.push('unsilence');
  if (manage && account.sensitized === true) wanted.push('unsensitive');
  if (manage && account.suspended) wanted.push('unsuspend');
  if (account.suspended && permissions.has('delete_user_data')) wanted.push('delete');
  const isMissing = (action: SimpleAction): action is OptionalEndpoint => (unsupported as readonly string[]).includes(action);
  return { simple: wanted.filter((action) => !isMissing(action)), moderate: manage, missing: wanted.filter(isMissing) };
}
