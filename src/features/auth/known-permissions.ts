import type { QueryClient } from '@tanstack/react-query';
import type { CredentialAccount } from '@/api/types.ts';
import { decodePermissions, type Permissions } from '@/lib/permissions.ts';
import { credentialsQueryKey } from './queries.ts';
import type { Session } from './session-store.ts';

/**
 * The best permissions known without waiting: the loaded verify_credentials, else what sign-in saw.
 * Loaders use it to start admin requests in parallel with verify_credentials; pages follow the
 * fresh answer as soon as it arrives.
 */
export function knownPermissions(queryClient: QueryClient, session: Session): Permissions {
  const account = queryClient.getQueryData<CredentialAccount>(credentialsQueryKey(session));
  return decodePermissions(account ? account.role?.permissions : session.rolePermissions);
}
