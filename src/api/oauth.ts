import { ApiError } from './errors.ts';
import { request } from './http.ts';
import type { CredentialApplication, Instance, OAuthServerMetadata, Token } from './types.ts';

/** The scopes Modboard asks for, of which it requests only those the server lists. */
export const WANTED_SCOPES = ['read:accounts', 'write:accounts', 'admin:read:accounts', 'admin:write:accounts', 'admin:read:reports'];

export interface Discovery {
  metadata: OAuthServerMetadata | null;
  instance: Instance;
}

/** Reads the OAuth metadata (404 before 4.3) and the instance, in parallel. */
export async function discover(origin: string): Promise<Discovery> {
  const [metadata, instance] = await Promise.all([
    request<OAuthServerMetadata>(null, origin, '/.well-known/oauth-authorization-server').then(
      (response) => response.data,
      (error: unknown) => {
        if (error instanceof ApiError && (error.kind === 'not_found' || error.kind === 'bad_response')) return null;
        throw error;
      },
    ),
    request<Instance>(null, origin, '/api/v2/instance').then((response) => response.data),
  ]);
  return { metadata, instance };
}

export function scopesFor(metadata: OAuthServerMetadata | null): string[] {
  const supported = metadata?.scopes_supported;
  return supported ? WANTED_SCOPES.filter((scope) => supported.includes(scope)) : WANTED_SCOPES;
}

export async function registerApp(origin: string, redirectUri: string, scopes: string[]): Promise<CredentialApplication> {
  const response = await request<CredentialApplication>(null, origin, '/api/v1/apps', {
    method: 'POST',
    // A plain string works on every version; arrays only on 4.3+.
    body: { client_name: 'Modboard', redirect_uris: redirectUri, scopes: scopes.join(' '), website: window.location.origin },
  });
  return response.data;
}

export interface Client {
  client_id: string;
  client_secret: string;
}

export async function exchangeCode(
  origin: string,
  client: Client,
  params: { code: string; redirectUri: string; verifier: string | null },
): Promise<Token> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code: params.code,
    client_id: client.client_id,
    client_secret: client.client_secret,
    redirect_uri: params.redirectUri,
  });
  if (params.verifier) body.set('code_verifier', params.verifier);
  const response = await request<Token>(null, origin, '/oauth/token', { method: 'POST', body });
  return response.data;
}

export async function revokeToken(origin: string, client: Client, token: string): Promise<void> {
  await request(null, origin, '/oauth/revoke', {
    method: 'POST',
    body: new URLSearchParams({ client_id: client.client_id, client_secret: client.client_secret, token }),
  });
}

export function authorizeUrl(
  origin: string,
  params: { clientId: string; redirectUri: string; scopes: string[]; state: string; challenge: string | null; forceLogin: boolean; lang: string },
): string {
  const url = new URL('/oauth/authorize', origin);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', params.clientId);
  url.searchParams.set('redirect_uri', params.redirectUri);
  url.searchParams.set('scope', params.scopes.join(' '));
  url.searchParams.set('state', params.state);
  url.searchParams.set('lang', params.lang);
  if (params.challenge) {
    url.searchParams.set('code_challenge', params.challenge);
    url.searchParams.set('code_challenge_method', 'S256');
  }
  if (params.forceLogin) url.searchParams.set('force_login', 'true');
  return url.toString();
}
