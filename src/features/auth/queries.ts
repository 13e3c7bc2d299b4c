import { queryOptions } from '@tanstack/react-query';
import { fetchInstance, verifyCredentials } from '@/api/credentials.ts';
import type { Session } from './session-store.ts';

/** Every key starts with the instance origin and the signed-in account id. */
export const sessionKey = (session: Session) => [session.origin, session.accountId] as const;
export const credentialsQueryKey = (session: Session) => [...sessionKey(session), 'verify_credentials'] as const;
export const instanceQueryKey = (session: Session) => [...sessionKey(session), 'instance'] as const;

export const credentialsQuery = (session: Session) =>
  queryOptions({
    queryKey: credentialsQueryKey(session),
    queryFn: ({ signal }) => verifyCredentials(session, signal),
    staleTime: 5 * 60_000,
  });

export const instanceQuery = (session: Session) =>
  queryOptions({
    queryKey: instanceQueryKey(session),
    queryFn: ({ signal }) => fetchInstance(session.origin, signal),
    staleTime: 60 * 60_000,
  });
