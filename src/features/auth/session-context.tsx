import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { decodePermissions, type Permissions } from '@/lib/permissions.ts';
import type { Session, SessionStore } from './session-store.ts';
import { credentialsQuery } from './queries.ts';

const StoreContext = createContext<SessionStore | null>(null);

export function SessionsProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useSessionStore(): SessionStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('SessionsProvider is missing');
  return store;
}

export function useSessionState() {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** The signed-in session; only for routes under the signed-in layout, which guarantees one. */
export function useActiveSession(): Session {
  const { active } = useSessionState();
  if (!active) throw new Error('No active session');
  return active;
}

export function usePermissions(session: Session): Permissions {
  const { data } = useSuspenseQuery(credentialsQuery(session));
  return decodePermissions(data.role?.permissions);
}
