import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, ORIGIN, type Harness } from './test/harness.ts';
import { entityErrors } from './test/schemas.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ seedAccounts: 20 });
});

const REDIRECT = 'http://127.0.0.1:5173/callback';
const SCOPES = 'read:accounts write:accounts admin:read:accounts admin:write:accounts admin:read:reports';

async function registerApp(redirect: string | string[] = REDIRECT, scopes = SCOPES) {
  const response = await h.request('/api/v1/apps', { method: 'POST', json: { client_name: 'Modboard', redirect_uris: redirect, scopes } });
  return response;
}

function cookieOf(response: { headers: Headers }) {
  return response.headers.get('set-cookie')?.split(';')[0] ?? '';
}

/** Walks the real browser flow: authorize → sign-in form → authorize page → decision. */
async function authorize(clientId: string, opts: { email?: string; password?: string; deny?: boolean; challenge?: string; state?: string } = {}) {
  const query = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: REDIRECT, scope: SCOPES, state: opts.state ?? 'xyz' });
  if (opts.challenge) {
    query.set('code_challenge', opts.challenge);
    query.set('code_challenge_method', 'S256');
  }
  const form = await h.request(`/oauth/authorize?${query}`);
  expect(form.status).toBe(200);
  expect(form.text).toContain('<label for="email">Email</label>');
  const returnTo = /name="return_to" value="([^"]+)"/.exec(form.text)![1]!.replaceAll('&#38;', '&');
  const signIn = await h.request('/auth/sign_in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: opts.email ?? 'admin@modboard.test', password: opts.password ?? 'admin-password', return_to: returnTo }).toString(),
  });
  if (signIn.status !== 302) return { signIn, location: null };
  const cookie = cookieOf(signIn);
  const page = await h.request(signIn.headers.get('location')!, { headers: { Cookie: cookie } });
  expect(page.text).toContain('Authorization required');
  const firstForm = page.text.split('</form>')[0]!;
  const fields = Object.fromEntries([...firstForm.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  const decision = await h.request('/oauth/authorize', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
    body: new URLSearchParams({ ...fields, ...(opts.deny ? { _method: 'delete' } : {}) }).toString(),
  });
  return { signIn, page, decision, location: new URL(decision.headers.get('location') ?? 'http://invalid/') };
}

const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const challenge = createHash('sha256').update(verifier).digest('base64url');

describe('POST /api/v1/apps', () => {
  it('registers with a string or an array of redirect URIs', async () => {
    const single = await registerApp();
    expect(single.status).toBe(200);
    expect(entityErrors('CredentialApplication', single.json)).toEqual([]);
    expect(single.json).toMatchObject({ redirect_uri: REDIRECT, redirect_uris: [REDIRECT], scopes: SCOPES.split(' '), client_secret_expires_at: 0 });
    const many = await registerApp([REDIRECT, 'http://localhost:5173/callback']);
    expect(many.json.redirect_uri).toBe(`${REDIRECT}\nhttp://localhost:5173/callback`);
  });

  it.each([
    [{ redirect_uris: REDIRECT }, "Validation failed: Name can't be blank"],
    [{ client_name: 'x' }, "Validation failed: Redirect URI can't be blank"],
    [{ client_name: 'x', redirect_uris: 'not a uri' }, 'Validation failed: Redirect URI must be an absolute URI.'],
    [{ client_name: 'x', redirect_uris: 'javascript:alert(1)' }, 'Validation failed: Redirect URI is forbidden by the server.'],
    [{ client_name: 'x', redirect_uris: REDIRECT, scopes: 'read admin' }, 'Validation failed: Scopes must be a subset of the available scopes'],
  ])('refuses %j with 422', async (json, error) => {
    expect(await h.request('/api/v1/apps', { method: 'POST', json })).toMatchObject({ status: 422, json: { error } });
  });
});

describe('authorization code flow', () => {
  it('signs in, authorizes with PKCE and state, and exchanges the code once', async () => {
    const app = (await registerApp()).json;
    const location = (await authorize(app.client_id, { challenge, state: 's-123' })).location!;
    expect(location.origin + location.pathname).toBe(REDIRECT);
    expect(location.searchParams.get('state')).toBe('s-123');
    const code = location.searchParams.get("code")!;
    const exchange = (extra: Record<string, string>) =>
      h.request('/oauth/token', {
        method: 'POST',
        json: { grant_type: 'authorization_code', code, client_id: app.client_id, client_secret: app.client_secret, redirect_uri: REDIRECT, ...extra },
      });
    expect(await exchange({ code_verifier: 'wrong-verifier' })).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
    const token = await exchange({ code_verifier: verifier });
    expect(token.status).toBe(200);
    expect(entityErrors('Token', token.json)).toEqual([]);
    expect(token.json).toMatchObject({ token_type: 'Bearer', scope: SCOPES });
    expect(token.json.expires_in).toBeUndefined();
    expect((await exchange({ code_verifier: verifier })).json.error).toBe('invalid_grant');

    const me = await h.request('/api/v1/accounts/verify_credentials', { token: token.json.access_token });
    expect(me.status).toBe(200);
    expect(entityErrors('CredentialAccount', me.json)).toEqual([]);
    expect(me.json).toMatchObject({ username: 'admin', role: { id: '2', name: 'Admin' } });
    expect(typeof me.json.role.permissions).toBe('string');
  });

  it('accepts a code for ten minutes and refuses it after, as Doorkeeper does', async () => {
    const app = (await registerApp()).json;
    const codeAfter = async (seconds: number) => {
      const code = (await authorize(app.client_id)).location!.searchParams.get('code')!;
      await h.request('/_dev/clock', { method: 'POST', json: { advance_seconds: seconds } });
      return h.request('/oauth/token', {
        method: 'POST',
        json: { grant_type: 'authorization_code', code, client_id: app.client_id, client_secret: app.client_secret, redirect_uri: REDIRECT },
      });
    };
    try {
      expect((await codeAfter(599)).status).toBe(200);
      expect(await codeAfter(601)).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
    } finally {
      h.inst.clock.reset();
    }
  });

  it('re-shows the sign-in form on a wrong password, with an error', async () => {
    const app = (await registerApp()).json;
    const { signIn } = await authorize(app.client_id, { password: 'nope' });
    expect(signIn.status).toBe(422);
    expect(signIn.text).toContain('Invalid Email or password.');
  });

  it('redirects with access_denied and the state on Deny', async () => {
    const app = (await registerApp()).json;
    const location = (await authorize(app.client_id, { deny: true, state: 'deny-state' })).location!;
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('deny-state');
    expect(location.searchParams.get('code')).toBeNull();
  });

  it('shows an error page for an unknown client or a redirect URI that does not match exactly', async () => {
    const app = (await registerApp()).json;
    const unknown = await h.request(`/oauth/authorize?response_type=code&client_id=nope&redirect_uri=${REDIRECT}`);
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('Client authentication failed');
    const mismatch = await h.request(`/oauth/authorize?response_type=code&client_id=${app.client_id}&redirect_uri=${REDIRECT}/`);
    expect(mismatch.status).toBe(400);
    expect(mismatch.text).toContain('match client redirect URI');
  });

  it('redirects back with invalid_scope for scopes the app did not register', async () => {
    const app = (await registerApp(REDIRECT, 'read')).json;
    const response = await h.request(`/oauth/authorize?response_type=code&client_id=${app.client_id}&redirect_uri=${REDIRECT}&scope=admin:read&state=q`);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('invalid_scope');
    expect(location.searchParams.get('state')).toBe('q');
  });

  it('asks for the password again with force_login even with a session', async () => {
    const app = (await registerApp()).json;
    const { signIn } = await authorize(app.client_id);
    const query = `response_type=code&client_id=${app.client_id}&redirect_uri=${REDIRECT}&scope=read:accounts`;
    const withSession = await h.request(`/oauth/authorize?${query}`, { headers: { Cookie: cookieOf(signIn) } });
    expect(withSession.text).toContain('Authorization required');
    const forced = await h.request(`/oauth/authorize?${query}&force_login=true`, { headers: { Cookie: cookieOf(signIn) } });
    expect(forced.text).toContain('<label for="password">Password</label>');
  });

  it('answers invalid_client for a wrong secret and supports client_credentials', async () => {
    const app = (await registerApp()).json;
    const wrong = await h.request('/oauth/token', { method: 'POST', json: { grant_type: 'client_credentials', client_id: app.client_id, client_secret: 'x' } });
    expect(wrong).toMatchObject({ status: 401, json: { error: 'invalid_client' } });
    const ok = await h.request('/oauth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `grant_type=client_credentials&client_id=${app.client_id}&client_secret=${app.client_secret}&scope=read:accounts`,
    });
    expect(ok.json.scope).toBe('read:accounts');
    expect(await h.request('/api/v1/accounts/verify_credentials', { token: ok.json.access_token })).toMatchObject({
      status: 422,
      json: { error: 'This method requires an authenticated user' },
    });
  });

  it('revokes a token: 200, idempotent, 401 afterwards, 403 for another client', async () => {
    const app = (await registerApp()).json;
    const other = (await registerApp()).json;
    const location = (await authorize(app.client_id)).location!;
    const token = (
      await h.request('/oauth/token', {
        method: 'POST',
        json: { grant_type: 'authorization_code', code: location.searchParams.get('code'), client_id: app.client_id, client_secret: app.client_secret, redirect_uri: REDIRECT },
      })
    ).json.access_token as string;
    const revoke = (client: { client_id: string; client_secret: string }) =>
      h.request('/oauth/revoke', { method: 'POST', json: { token, client_id: client.client_id, client_secret: client.client_secret } });
    expect(await revoke(other)).toMatchObject({ status: 403, json: { error: 'unauthorized_client' } });
    expect(await revoke(app)).toMatchObject({ status: 200, json: {} });
    expect(await revoke(app)).toMatchObject({ status: 200, json: {} });
    expect(await h.request('/api/v1/accounts/verify_credentials', { token })).toMatchObject({ status: 401, json: { error: 'The access token was revoked' } });
  });

  it('publishes the authorization server metadata', async () => {
    const meta = await h.request('/.well-known/oauth-authorization-server');
    expect(meta.json).toMatchObject({ issuer: `${ORIGIN}/`, code_challenge_methods_supported: ['S256'], authorization_endpoint: `${ORIGIN}/oauth/authorize` });
    expect(meta.json.scopes_supported).toContain('admin:read:accounts');
  });
});

describe('user endpoints', () => {
  it('answers 401 "The access token is invalid" without a token', async () => {
    expect(await h.request('/api/v1/accounts/verify_credentials')).toMatchObject({ status: 401, json: { error: 'The access token is invalid' } });
    expect(await h.request('/api/v1/profile/avatar', { method: 'DELETE' })).toMatchObject({ status: 401 });
  });

  it('needs a write scope to remove images', async () => {
    const token = await h.tokenFor('user@modboard.test', 'read');
    expect(await h.request('/api/v1/profile/avatar', { method: 'DELETE', token })).toMatchObject({
      status: 403,
      json: { error: 'This action is outside the authorized scopes' },
    });
  });

  it('uploads an avatar and header, serves them, and removes each back to missing.png', async () => {
    const token = await h.tokenFor('user@modboard.test', 'read write:accounts');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mO8Vw8AAiMBUJ6PrJkAAAAASUVORK5CYII=', 'base64');
    const form = new FormData();
    form.set('avatar', new File([png], 'a.png', { type: 'image/png' }));
    form.set('header', new File([png], 'h.png', { type: 'image/png' }));
    form.set('display_name', 'Una Updated');
    const updated = await h.request('/api/v1/accounts/update_credentials', { method: 'PATCH', token, body: form });
    expect(updated.status).toBe(200);
    expect(updated.json.display_name).toBe('Una Updated');
    expect(updated.json.avatar).toMatch(/\/system\/accounts\/avatars\/\d+\/original\/\d+\.png$/);
    const image = await h.app.request(updated.json.avatar);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer())).toEqual(png);

    for (const kind of ['avatar', 'header']) {
      const removed = await h.request(`/api/v1/profile/${kind}`, { method: 'DELETE', token });
      expect(removed.status).toBe(200);
      expect(entityErrors('CredentialAccount', removed.json)).toEqual([]);
      expect(removed.json[kind]).toBe(`${ORIGIN}/${kind}s/original/missing.png`);
      expect((await h.request(`/api/v1/profile/${kind}`, { method: 'DELETE', token })).status).toBe(200);
    }
  });

  it('returns the v2 instance with approval required', async () => {
    const instance = await h.request('/api/v2/instance');
    expect(entityErrors('Instance', instance.json)).toEqual([]);
    expect(instance.json).toMatchObject({ version: expect.stringMatching(/^4\.4\./), registrations: { approval_required: true } });
  });
});
