import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/errors.ts';
import { authorizeUrl, discover, exchangeCode, registerApp, scopesFor, type Client } from '@/api/oauth.ts';
import { verifyCredentials, fetchInstance } from '@/api/credentials.ts';
import { codeChallenge, randomToken } from '@/lib/pkce.ts';
import { readJson, writeJson } from '@/lib/storage.ts';
import { sessionId, type Session, type SessionStore } from './session-store.ts';
import { credentialsQueryKey, instanceQueryKey } from './queries.ts';

const APPS_KEY = 'modboard.apps.v1';
const PENDING_KEY = 'modboard.oauth.pending.v1';

interface StoredApp extends Client {
  scopes: string[];
}

interface PendingSignIn {
  state: string;
  verifier: string | null;
  origin: string;
  redirectUri: string;
  returnTo: string;
  scopes: string[];
}

export const redirectUri = () => `${window.location.origin}/callback`;
const appKey = (origin: string, redirect: string) => `${origin} ${redirect}`;

function cachedApp(origin: string, redirect: string): StoredApp | null {
  return readJson<Record<string, StoredApp>>(localStorage, APPS_KEY, {})[appKey(origin, redirect)] ?? null;
}

function storeApp(origin: string, redirect: string, app: StoredApp | undefined): void {
  const apps = readJson<Record<string, StoredApp>>(localStorage, APPS_KEY, {});
  if (app) apps[appKey(origin, redirect)] = app;
  else delete apps[appKey(origin, redirect)];
  writeJson(localStorage, APPS_KEY, apps);
}

/** The registered app of an instance, used to revoke its tokens on sign-out. */
export const appFor = (origin: string) => cachedApp(origin, redirectUri());

/**
 * Starts the authorization code flow: discovery, one app registration per instance and redirect URI,
 * a random `state` kept in sessionStorage and, where the server supports it, a PKCE S256 challenge.
 */
export async function startSignIn(options: { origin: string; forceLogin: boolean; returnTo: string; lang: string }): Promise<void> {
  const { metadata } = await discover(options.origin);
  const scopes = scopesFor(metadata);
  const redirect = redirectUri();
  let app = cachedApp(options.origin, redirect);
  if (!app || scopes.some((scope) => !app!.scopes.includes(scope))) {
    const registered = await registerApp(options.origin, redirect, scopes);
    app = { client_id: registered.client_id, client_secret: registered.client_secret, scopes };
    storeApp(options.origin, redirect, app);
  }
  const pkce = metadata?.code_challenge_methods_supported?.includes('S256') ?? false;
  const pending: PendingSignIn = {
    state: randomToken(),
    verifier: pkce ? randomToken(48) : null,
    origin: options.origin,
    redirectUri: redirect,
    returnTo: options.returnTo,
    scopes,
  };
  writeJson(sessionStorage, PENDING_KEY, pending);
  window.location.assign(
    authorizeUrl(options.origin, {
      clientId: app.client_id,
      redirectUri: redirect,
      scopes,
      state: pending.state,
      challenge: pending.verifier ? await codeChallenge(pending.verifier) : null,
      forceLogin: options.forceLogin,
      lang: options.lang,
    }),
  );
}

export type CallbackProblem = 'state_mismatch' | 'no_pending' | 'access_denied' | 'oauth_error' | 'missing_code' | 'client_rejected';

export class SignInError extends Error {
  constructor(
    readonly problem: CallbackProblem,
    readonly detail: string | null = null,
    readonly origin: string | null = null,
  ) {
    super(problem);
  }
}

/**
 * Finishes sign-in on /callback: verifies `state` before anything else, exchanges the code with its
 * verifier, then loads the account and the instance in parallel and caches both.
 */
export async function completeSignIn(
  params: URLSearchParams,
  deps: { sessions: SessionStore; queryClient: QueryClient },
): Promise<{ session: Session; returnTo: string }> {
  const pending = readJson<PendingSignIn | null>(sessionStorage, PENDING_KEY, null);
  writeJson(sessionStorage, PENDING_KEY, undefined);
  const state = params.get('state');
  if (!pending) throw new SignInError('no_pending');
  if (!state || state !== pending.state) throw new SignInError('state_mismatch', null, pending.origin);
  const error = params.get('error');
  if (error === 'access_denied') throw new SignInError('access_denied', null, pending.origin);
  if (error) throw new SignInError('oauth_error', params.get('error_description') ?? error, pending.origin);
  const code = params.get('code');
  if (!code) throw new SignInError('missing_code', null, pending.origin);

  const app = cachedApp(pending.origin, pending.redirectUri);
  if (!app) throw new SignInError('client_rejected', null, pending.origin);
  let token;
  try {
    token = await exchangeCode(pending.origin, app, { code, redirectUri: pending.redirectUri, verifier: pending.verifier });
  } catch (cause) {
    if (cause instanceof ApiError && cause.status === 401) {
      // invalid_client: the server forgot the app. Drop it so the next attempt registers again.
      storeApp(pending.origin, pending.redirectUri, undefined);
      throw new SignInError('client_rejected', null, pending.origin);
    }
    throw cause;
  }
  const credentials = { origin: pending.origin, token: token.access_token };
  const [account, instance] = await Promise.all([verifyCredentials(credentials), fetchInstance(pending.origin)]);
  const session: Session = {
    id: sessionId(pending.origin, account.id),
    origin: pending.origin,
    accountId: account.id,
    acct: account.acct,
    token: token.access_token,
    scopes: token.scope.split(/\s+/).filter(Boolean),
    rolePermissions: account.role?.permissions === undefined ? undefined : String(account.role.permissions),
  };
  deps.queryClient.setQueryData(credentialsQueryKey(session), account);
  deps.queryClient.setQueryData(instanceQueryKey(session), instance);
  deps.sessions.add(session);
  return { session, returnTo: pending.returnTo };
}
