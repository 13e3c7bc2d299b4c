import type { QueryClient } from '@tanstack/react-query';
import { revokeToken } from '@/api/oauth.ts';
import { appFor } from './sign-in.ts';
import { sessionKey } from './queries.ts';
import type { Session, SessionStore } from './session-store.ts';
import { forgetShellSnapshot } from './shell-snapshot.ts';

/**
 * Revokes the token on the server, then forgets the session and every cached query of it. The session
 * is dropped locally even when the server cannot be reached; `revoked` tells the caller which it was.
 */
export async function signOut(
  session: Session,
  deps: { sessions: SessionStore; queryClient: QueryClient },
): Promise<{ revoked: boolean; next: Session | null }> {
  const app = appFor(session.origin);
  let revoked = false;
  if (app) {
    try {
      await revokeToken(session.origin, app, session.token);
      revoked = true;
    } catch {
      revoked = false;
    }
  }
  await deps.queryClient.cancelQueries({ queryKey: sessionKey(session) });
  deps.queryClient.removeQueries({ queryKey: sessionKey(session) });
  forgetShellSnapshot(session);
  return { revoked, next: deps.sessions.remove(session.id) };
}
