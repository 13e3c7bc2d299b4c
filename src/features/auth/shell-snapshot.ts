import type { QueryClient } from '@tanstack/react-query';
import type { CredentialAccount, Instance } from '@/api/types.ts';
import { readJson, writeJson } from '@/lib/storage.ts';
import { credentialsQueryKey, instanceQueryKey } from './queries.ts';
import type { Session } from './session-store.ts';

/**
 * The last verify_credentials and instance answers of each session, kept in this browser so a cold
 * load draws the shell and the page at once instead of after a round trip. They are seeded as stale
 * data, so both requests still run at start and replace them; the server enforces roles either way.
 * Nothing secret is kept: the token stays in the session store.
 */
const STORAGE_KEY = 'modboard.shell.v1';

interface Snapshot {
  account: CredentialAccount;
  instance: Instance;
}

const readAll = () => readJson<Record<string, Snapshot>>(localStorage, STORAGE_KEY, {});

export function saveShellSnapshot(session: Session, account: CredentialAccount, instance: Instance): void {
  writeJson(localStorage, STORAGE_KEY, { ...readAll(), [session.id]: { account, instance } });
}

export function forgetShellSnapshot(session: Session): void {
  const all = readAll();
  delete all[session.id];
  writeJson(localStorage, STORAGE_KEY, all);
}

/** Puts the stored answers into an empty cache, marked stale (updatedAt 0) so they are fetched again. */
export function seedShellSnapshot(queryClient: QueryClient, session: Session): void {
  const hasAccount = queryClient.getQueryData(credentialsQueryKey(session)) !== undefined;
  const hasInstance = queryClient.getQueryData(instanceQueryKey(session)) !== undefined;
  // The layout's loader runs on every navigation; storage is read only on a cold start.
  if (hasAccount && hasInstance) return;
  const snapshot = readAll()[session.id];
  if (!snapshot?.account || !snapshot.instance) return;
  if (!hasAccount) queryClient.setQueryData(credentialsQueryKey(session), snapshot.account, { updatedAt: 0 });
  if (!hasInstance) queryClient.setQueryData(instanceQueryKey(session), snapshot.instance, { updatedAt: 0 });
}
