import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Instance } from '../context.ts';
import type { Env } from '../auth.ts';
import { formOrJson, stringParam } from '../body.ts';
import { ApiError, unprocessable } from '../errors.ts';
import { html, page, type Html } from '../html.ts';
import { verifyPassword } from '../passwords.ts';
import { parseScopes, SCOPES } from '../scopes.ts';
import { VAPID_KEY } from './instance.ts';

const SESSION_COOKIE = '_mastodon_session';
const OOB = 'urn:ietf:wg:oauth:2.0:oob';
const GRANT_TTL_MS = 10 * 60 * 1000;

const DESCRIPTIONS = {
  invalid_client:
    'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
  invalid_redirect_uri: "The requested redirect uri is malformed or doesn't match client redirect URI.",
  invalid_grant:
    'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
  invalid_scope: 'The requested scope is invalid, unknown, or malformed.',
  unsupported_response_type: 'The authorization server does not support this response type.',
  unsupported_grant_type: 'The authorization grant type is not supported by the authorization server.',
  access_denied: 'The resource owner or authorization server denied the request.',
  invalid_code_challenge_method: 'The code challenge method must be S256.',
  unauthorized_client: 'You are not authorized to revoke this token',
} as const;

interface AppRow {
  id: string;
  name: string;
  uid: string;
  secret: string;
  redirect_uri: string;
  scopes: string;
  website: string | null;
  created_at: Date;
}

const token = () => randomBytes(32).toString('base64url');
const sha256url = (text: string) => createHash('sha256').update(text).digest('base64url');

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function oauthError(code: keyof typeof DESCRIPTIONS, status: 400 | 401 | 403) {
  return new ApiError(status, code, { error_description: DESCRIPTIONS[code] });
}

function validRedirectUri(uri: string): string | null {
  if (uri === OOB) return null;
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    return 'Validation failed: Redirect URI must be an absolute URI.';
  }
  if (['javascript:', 'data:', 'vbscript:'].includes(parsed.protocol)) return 'Validation failed: Redirect URI is forbidden by the server.';
  if (parsed.hash) return 'Validation failed: Redirect URI cannot contain a fragment.';
  return null;
}

function serializeApplication(app: AppRow, withSecret: boolean) {
  const uris = app.redirect_uri.split('\n');
  return {
    id: app.id,
    name: app.name,
    website: app.website,
    scopes: parseScopes(app.scopes),
    redirect_uri: app.redirect_uri,
    redirect_uris: uris,
    vapid_key: VAPID_KEY,
    ...(withSecret ? { client_id: app.uid, client_secret: app.secret, client_secret_expires_at: 0 } : {}),
  };
}

export function oauthRoutes(inst: Instance) {
  const app = new Hono<Env>();
  const csrfSecret = randomBytes(32);
  const csrfFor = (sessionId: string) => createHmac('sha256', csrfSecret).update(sessionId).digest('base64url');

  async function findApp(clientId: string | null): Promise<AppRow | null> {
    if (!clientId) return null;
    const result = await inst.db.query<AppRow>('SELECT * FROM oauth_applications WHERE uid = $1', [clientId]);
    return result.rows[0] ?? null;
  }

  async function sessionUser(c: Context) {
    const id = getCookie(c, SESSION_COOKIE);
    if (!id) return null;
    const result = await inst.db.query<{ session_id: string; user_id: string; username: string }>(
      `SELECT s.id AS session_id, u.id AS user_id, a.username FROM web_sessions s
         JOIN users u ON u.id = s.user_id JOIN accounts a ON a.id = u.account_id WHERE s.id = $1`,
      [id],
    );
    return result.rows[0] ?? null;
  }

  /** Client credentials from the body or HTTP Basic, as Doorkeeper accepts them. */
  function clientCredentials(c: Context, body: Record<string, unknown>) {
    const basic = /^Basic\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    if (basic) {
      const [id, secret] = Buffer.from(basic[1]!, 'base64').toString().split(':');
      return { id: decodeURIComponent(id ?? ''), secret: decodeURIComponent(secret ?? '') };
    }
    return { id: stringParam(body.client_id), secret: stringParam(body.client_secret) };
  }

  async function authenticateClient(c: Context, body: Record<string, unknown>) {
    const credentials = clientCredentials(c, body);
    const client = await findApp(credentials.id);
    if (!client || !credentials.secret || !safeEqual(client.secret, credentials.secret)) return null;
    return client;
  }

  app.post('/api/v1/apps', async (c) => {
    const body = await formOrJson(c);
    const name = stringParam(body.client_name)?.trim();
    const rawUris = body.redirect_uris;
    const uris = (Array.isArray(rawUris) ? rawUris.map(String) : typeof rawUris === 'string' ? rawUris.split('\n') : [])
      .map((uri) => uri.trim())
      .filter(Boolean);
    const scopes = parseScopes(stringParam(body.scopes) ?? 'read');
    if (!name) throw unprocessable("Validation failed: Name can't be blank");
    if (uris.length === 0) throw unprocessable("Validation failed: Redirect URI can't be blank");
    for (const uri of uris) {
      const problem = validRedirectUri(uri);
      if (problem) throw unprocessable(problem);
    }
    if (scopes.some((scope) => !SCOPES.includes(scope))) throw unprocessable('Validation failed: Scopes must be a subset of the available scopes');
    const now = inst.clock.now();
    const result = await inst.db.query<AppRow>(
      `INSERT INTO oauth_applications (id, name, uid, secret, redirect_uri, scopes, website, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [inst.ids.next(now), name, token(), token(), uris.join('\n'), scopes.join(' '), stringParam(body.website), now],
    );
    return c.json(serializeApplication(result.rows[0]!, true));
  });

  interface PreAuth {
    client: AppRow;
    redirectUri: string;
    scopes: string[];
    state: string | null;
    challenge: string | null;
  }

  /** Doorkeeper's pre-authorization: client and redirect URI errors are pages, the rest redirect back. */
  async function preAuthorize(c: Context, params: Record<string, unknown>): Promise<PreAuth | Response> {
    const client = await findApp(stringParam(params.client_id));
    if (!client) return errorPage(c, 'invalid_client');
    const redirectUri = stringParam(params.redirect_uri) ?? '';
    if (!client.redirect_uri.split('\n').includes(redirectUri)) return errorPage(c, 'invalid_redirect_uri');
    const state = stringParam(params.state);
    const back = (error: keyof typeof DESCRIPTIONS) => redirectBack(c, redirectUri, { error, error_description: DESCRIPTIONS[error], state });
    if (stringParam(params.response_type) !== 'code') return back('unsupported_response_type');
    const scopes = parseScopes(stringParam(params.scope) ?? 'read');
    const allowed = parseScopes(client.scopes);
    if (scopes.length === 0 || scopes.some((scope) => !allowed.includes(scope))) return back('invalid_scope');
    const challenge = stringParam(params.code_challenge);
    const method = stringParam(params.code_challenge_method);
    if (challenge && method !== 'S256') return back('invalid_code_challenge_method');
    return { client, redirectUri, scopes, state, challenge };
  }

  function errorPage(c: Context, error: keyof typeof DESCRIPTIONS) {
    return c.html(page('An error has occurred', html`<h1>An error has occurred</h1><p class="error" role="alert">${DESCRIPTIONS[error]}</p>`), 400);
  }

  function redirectBack(c: Context, redirectUri: string, params: Record<string, string | null>) {
    const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== null));
    if (redirectUri === OOB) {
      return c.html(page('Authorization code', html`<h1>Authorization code</h1><p>Copy this code into the application:</p><pre>${params.code ?? params.error ?? ''}</pre>`));
    }
    const target = new URL(redirectUri);
    query.forEach((value, key) => target.searchParams.set(key, value));
    return c.redirect(target.toString(), 302);
  }

  function signInPage(c: Context, returnTo: string, error?: string, email = '') {
    const body = html`<h1>Sign in to ${new URL(inst.options.origin).host}</h1>
      ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
      <form method="post" action="/auth/sign_in">
        <input type="hidden" name="return_to" value="${returnTo}">
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="username" required value="${email}" ${error ? html`aria-invalid="true"` : ''}>
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required>
        <button type="submit">Log in</button>
      </form>`;
    return c.html(page('Log in', body), error ? 422 : 200);
  }

  function authorizePage(c: Context, pre: PreAuth, username: string, sessionId: string) {
    const hidden = (extra: Html | string = '') => html`
      <input type="hidden" name="authenticity_token" value="${csrfFor(sessionId)}">
      <input type="hidden" name="client_id" value="${pre.client.uid}">
      <input type="hidden" name="redirect_uri" value="${pre.redirectUri}">
      <input type="hidden" name="state" value="${pre.state ?? ''}">
      <input type="hidden" name="response_type" value="code">
      <input type="hidden" name="scope" value="${pre.scopes.join(' ')}">
      <input type="hidden" name="code_challenge" value="${pre.challenge ?? ''}">
      <input type="hidden" name="code_challenge_method" value="${pre.challenge ? 'S256' : ''}">${extra}`;
    const body = html`<h1>Authorization required</h1>
      <p><strong>${pre.client.name}</strong> would like permission to access your account <strong>@${username}</strong>.
      It is a third-party application. If you do not trust it, then you should not authorize it.</p>
      <h2>Review permissions</h2>
      <ul>${pre.scopes.map((scope) => html`<li><code>${scope}</code></li>`)}</ul>
      <div class="actions">
        <form method="post" action="/oauth/authorize">${hidden()}<button type="submit">Authorize</button></form>
        <form method="post" action="/oauth/authorize">${hidden(html`<input type="hidden" name="_method" value="delete">`)}<button type="submit">Deny</button></form>
      </div>`;
    return c.html(page('Authorization required', body));
  }

  app.get('/oauth/authorize', async (c) => {
    const params = Object.fromEntries(new URL(c.req.url).searchParams);
    const pre = await preAuthorize(c, params);
    if (pre instanceof Response) return pre;
    const forceLogin = params.force_login === 'true' || params.force_login === '1';
    const session = forceLogin ? null : await sessionUser(c);
    if (!session) {
      if (forceLogin) deleteCookie(c, SESSION_COOKIE, { path: '/' });
      const url = new URL(c.req.url);
      url.searchParams.delete('force_login');
      return signInPage(c, `${url.pathname}${url.search}`);
    }
    return authorizePage(c, pre, session.username, session.session_id);
  });

  app.post('/auth/sign_in', async (c) => {
    const body = await c.req.parseBody();
    const email = String(body.email ?? '').trim();
    const password = String(body.password ?? '');
    const returnTo = String(body.return_to ?? '');
    const safeReturn = returnTo.startsWith('/oauth/authorize?') ? returnTo : '/';
    const result = await inst.db.query<{ id: string; encrypted_password: string }>(
      'SELECT id, encrypted_password FROM users WHERE lower(email) = lower($1)',
      [email],
    );
    const user = result.rows[0];
    if (!user || !verifyPassword(password, user.encrypted_password)) {
      return signInPage(c, safeReturn, 'Invalid Email or password.', email);
    }
    const sessionId = token();
    await inst.db.query('INSERT INTO web_sessions (id, user_id, created_at) VALUES ($1, $2, $3)', [sessionId, user.id, inst.clock.now()]);
    setCookie(c, SESSION_COOKIE, sessionId, { path: '/', httpOnly: true, sameSite: 'Lax' });
    return c.redirect(safeReturn, 302);
  });

  app.post('/oauth/authorize', async (c) => {
    const params = (await c.req.parseBody()) as Record<string, unknown>;
    const session = await sessionUser(c);
    const csrf = stringParam(params.authenticity_token) ?? '';
    if (!session || !safeEqual(csrf, csrfFor(session.session_id))) {
      return c.html(page('Forbidden', html`<h1>Forbidden</h1><p class="error" role="alert">Your session expired. Go back and try again.</p>`), 422);
    }
    const pre = await preAuthorize(c, params);
    if (pre instanceof Response) return pre;
    if (params._method === 'delete') return redirectBack(c, pre.redirectUri, { error: 'access_denied', error_description: DESCRIPTIONS.access_denied, state: pre.state });
    const code = token();
    const now = inst.clock.now();
    await inst.db.query(
      `INSERT INTO oauth_access_grants (token, application_id, resource_owner_id, redirect_uri, scopes, code_challenge,
         code_challenge_method, expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [code, pre.client.id, session.user_id, pre.redirectUri, pre.scopes.join(' '), pre.challenge, pre.challenge ? 'S256' : null,
        new Date(now.getTime() + GRANT_TTL_MS), now],
    );
    return redirectBack(c, pre.redirectUri, { code, state: pre.state });
  });

  async function issueToken(client: AppRow, userId: string | null, scopes: string) {
    const now = inst.clock.now();
    const value = token();
    await inst.db.query(
      'INSERT INTO oauth_access_tokens (token, application_id, resource_owner_id, scopes, created_at) VALUES ($1, $2, $3, $4, $5)',
      [value, client.id, userId, scopes, now],
    );
    return { access_token: value, token_type: 'Bearer', scope: scopes, created_at: Math.floor(now.getTime() / 1000) };
  }

  app.post('/oauth/token', async (c) => {
    const body = await formOrJson(c);
    const grantType = stringParam(body.grant_type);
    if (!grantType) throw new ApiError(400, 'invalid_request', { error_description: 'Missing required parameter: grant_type.' });
    if (!['authorization_code', 'client_credentials'].includes(grantType)) throw oauthError('unsupported_grant_type', 400);
    const client = await authenticateClient(c, body);
    if (!client) throw oauthError('invalid_client', 401);

    if (grantType === 'client_credentials') {
      const scopes = parseScopes(stringParam(body.scope) ?? 'read');
      const allowed = parseScopes(client.scopes);
      if (scopes.some((scope) => !allowed.includes(scope))) throw oauthError('invalid_scope', 400);
      return c.json(await issueToken(client, null, scopes.join(' ')));
    }

    const result = await inst.db.query<{
      id: string; application_id: string; resource_owner_id: string; redirect_uri: string; scopes: string;
      code_challenge: string | null; expires_at: Date; revoked_at: Date | null;
    }>('SELECT * FROM oauth_access_grants WHERE token = $1', [stringParam(body.code) ?? '']);
    const grant = result.rows[0];
    const verifier = stringParam(body.code_verifier);
    const valid =
      grant &&
      grant.revoked_at === null &&
      grant.expires_at > inst.clock.now() &&
      grant.application_id === client.id &&
      grant.redirect_uri === stringParam(body.redirect_uri) &&
      (grant.code_challenge === null || (verifier !== null && safeEqual(sha256url(verifier), grant.code_challenge)));
    if (!valid) throw oauthError('invalid_grant', 400);
    await inst.db.query('UPDATE oauth_access_grants SET revoked_at = $2 WHERE id = $1', [grant.id, inst.clock.now()]);
    return c.json(await issueToken(client, grant.resource_owner_id, grant.scopes));
  });

  app.post('/oauth/revoke', async (c) => {
    const body = await formOrJson(c);
    const found = await inst.db.query<{ id: string; application_id: string | null }>(
      'SELECT id, application_id FROM oauth_access_tokens WHERE token = $1',
      [stringParam(body.token) ?? ''],
    );
    const row = found.rows[0];
    if (!row) return c.json({});
    const client = await authenticateClient(c, body);
    if (!client || client.id !== row.application_id) throw oauthError('unauthorized_client', 403);
    await inst.db.query('UPDATE oauth_access_tokens SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1', [row.id, inst.clock.now()]);
    return c.json({});
  });

  app.get('/.well-known/oauth-authorization-server', (c) => {
    const origin = inst.options.origin;
    return c.json({
      issuer: `${origin}/`,
      service_documentation: 'https://docs.joinmastodon.org/',
      authorization_endpoint: `${origin}/oauth/authorize`,
      token_endpoint: `${origin}/oauth/token`,
      app_registration_endpoint: `${origin}/api/v1/apps`,
      revocation_endpoint: `${origin}/oauth/revoke`,
      userinfo_endpoint: `${origin}/oauth/userinfo`,
      scopes_supported: SCOPES,
      response_types_supported: ['code'],
      response_modes_supported: ['query', 'fragment', 'form_post'],
      code_challenge_methods_supported: ['S256'],
      grant_types_supported: ['authorization_code', 'client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    });
  });

  return app;
}
