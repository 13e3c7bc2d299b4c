import { expect, test } from '@playwright/test';
import { activeToken, expectNoAxeViolations, instance, INSTANCE, INSTANCE_HOST, signIn } from './support.ts';

test.beforeEach(() => instance.reset());

test('signs in as owner through the real redirect flow, with state and PKCE', async ({ page }) => {
  const urls: string[] = [];
  page.on('framenavigated', (frame) => frame === page.mainFrame() && urls.push(frame.url()));
  const api: { url: string; start: number; end: number }[] = [];
  page.on('requestfinished', (request) => {
    if (request.method() === 'OPTIONS' || !request.url().startsWith(INSTANCE)) return;
    const timing = request.timing();
    api.push({ url: request.url().replace(INSTANCE, ''), start: timing.startTime, end: timing.startTime + timing.responseEnd });
  });
  let callbackAt = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.url().includes('/callback?')) callbackAt = Date.now();
  });
  await signIn(page, 'owner@modboard.test');
  await expect(page).toHaveURL(/\/accounts$/);
  console.log(`callback → shell painted: ${Date.now() - callbackAt} ms; API requests after the callback: ${api.filter((r) => r.start >= callbackAt).map((r) => r.url.split('?')[0]).join(', ')}`);

  // verify_credentials and the instance load in parallel: each starts before the other ends.
  const afterCallback = api.filter((r) => r.start >= callbackAt);
  const me = afterCallback.find((r) => r.url === '/api/v1/accounts/verify_credentials')!;
  const inst = afterCallback.find((r) => r.url === '/api/v2/instance')!;
  expect(me.start).toBeLessThan(inst.end);
  expect(inst.start).toBeLessThan(me.end);

  const authorize = urls.find((url) => url.includes('/oauth/authorize'))!;
  const params = new URL(authorize).searchParams;
  expect(params.get('state')).toMatch(/^[\w-]{40,}$/);
  expect(params.get('code_challenge_method')).toBe('S256');
  expect(params.get('scope')).toBe('read:accounts write:accounts admin:read:accounts admin:write:accounts admin:read:reports');

  const token = await activeToken(page);
  expect(urls.every((url) => !url.includes(token))).toBe(true);
  const exchange = (await instance.requests('/oauth/token'))[0]!;
  expect(exchange.body).toContain('code_verifier=[redacted]');
  const history = await page.evaluate(() => window.location.href);
  expect(history).not.toContain('code=');
});

test('a wrong password is refused by the instance, and the right one then works', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Your instance').fill(`http://${INSTANCE_HOST}/`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Email').fill('admin@modboard.test');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Invalid Email or password.');
  await signIn(page, 'admin@modboard.test', { fromLogin: false });
  await expect(page).toHaveURL(/\/accounts$/);
});

test('refuses addresses it cannot use, with a reason', async ({ page }) => {
  await page.goto('/login');
  const field = page.getByLabel('Your instance');
  await field.fill('http://mastodon.social');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Only https:// addresses are allowed (plain http only for localhost and 127.0.0.1).')).toBeVisible();
  await field.fill('not an instance');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('That does not look like an instance address.', { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test('Deny on the authorize page comes back with a message and a way back', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Your instance').fill(INSTANCE_HOST);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Email').fill('admin@modboard.test');
  await page.getByLabel('Password').fill('admin-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Deny' }).click();
  await expect(page.getByText('You chose not to authorize Modboard. Nothing was changed.')).toBeVisible();
  expect(await instance.requests('/oauth/token')).toEqual([]);
  await page.getByRole('link', { name: 'Back to sign-in' }).click();
  await expect(page).toHaveURL(/\/login$/);
});

test('a forged callback with a wrong state is refused without a token request', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Your instance').fill(INSTANCE_HOST);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Email')).toBeVisible();
  await page.goto('/callback?code=stolen-code&state=forged-state');
  await expect(page.getByText('did not match the request Modboard sent', { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/\/callback$/);
  expect(await instance.requests('/oauth/token')).toEqual([]);
});

test('signing out revokes the token on the instance', async ({ page }) => {
  await signIn(page, 'admin@modboard.test');
  const token = await activeToken(page);
  expect((await instance.api('/api/v1/accounts/verify_credentials', token)).status).toBe(200);
  await page.getByRole('button', { name: '@admin' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await instance.api('/api/v1/accounts/verify_credentials', token)).toEqual({ status: 401, body: { error: 'The access token was revoked' } });
  expect(await page.evaluate(() => localStorage.getItem('modboard.sessions.v1'))).toBe('[]');
  expect(await page.evaluate(() => localStorage.getItem('modboard.shell.v1'))).toBe('{}');
});

test('a reload draws the shell and the list from the stored copy, without waiting for verify_credentials', async ({ page }) => {
  await signIn(page, 'admin@modboard.test');
  await expect(page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1)).toBeVisible();
  await instance.fault({ path: '/api/v1/accounts/verify_credentials', latencyMs: 4000, count: 1 });
  await instance.clearRequests();
  await page.reload();
  // The list answers at once; only a page that waits for verify_credentials would take 4 s.
  await expect(page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1)).toBeVisible({ timeout: 2500 });
  await expect(page.getByRole('button', { name: '@admin' })).toBeVisible();
  // It still runs, and its answer replaces the copy.
  await expect.poll(async () => (await instance.requests('/api/v1/accounts/verify_credentials')).length, { timeout: 8000 }).toBe(1);
});

test('two accounts on one instance, with force_login and switching', async ({ page }) => {
  await signIn(page, 'admin@modboard.test');
  await page.getByRole('button', { name: '@admin' }).click();
  await page.getByRole('button', { name: 'Add another account' }).click();
  await page.getByLabel('Your instance').fill(INSTANCE_HOST);
  await page.getByRole('button', { name: 'Continue' }).click();
  // force_login: the instance asks for a password although its session cookie is still there.
  await expect(page.getByLabel('Password')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('force_login')).toBe('true');
  await signIn(page, 'moderator@modboard.test', { fromLogin: false });
  await expect(page.getByRole('button', { name: '@moderator' })).toBeVisible();

  await page.getByRole('button', { name: '@moderator' }).click();
  await page.getByRole('button', { name: `@admin@${INSTANCE_HOST}` }).click();
  await expect(page.getByRole('button', { name: '@admin' })).toBeVisible();
  await expect(page).toHaveURL(/\/accounts$/);
});

test('the triage role is told it cannot manage accounts', async ({ page }) => {
  await signIn(page, 'triage@modboard.test');
  await expect(page).toHaveURL(/\/accounts$/);
  await expect(page.getByRole('heading', { name: 'Your role cannot manage accounts' })).toBeVisible();
  await expect(page.getByText('Your role, Triage, does not have the “Manage users” permission.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Accounts' })).toHaveCount(0);
  expect(await instance.requests('/api/v2/admin/accounts')).toEqual([]);
});

test('a user with no role gets the profile page only', async ({ page }) => {
  await signIn(page, 'user@modboard.test');
  await expect(page).toHaveURL(/\/profile$/);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(['Profile']);
  await page.goto('/accounts');
  await expect(page.getByRole('heading', { name: 'Your role cannot manage accounts' })).toBeVisible();
});

test('an expired session prompts to sign in again and returns to the same URL', async ({ page }) => {
  await signIn(page, 'admin@modboard.test');
  await page.getByRole('link', { name: /Pending/ }).click();
  await expect(page).toHaveURL(/\/pending$/);
  await instance.revokeTokens('admin@modboard.test');
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Session ended' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Sign in again' }).click();
  await page.getByRole('button', { name: 'Authorize' }).click();
  await expect(page).toHaveURL(/\/pending$/);
  await expect(page.getByRole('heading', { name: 'Pending sign-ups' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the language switch persists across a reload', async ({ page }) => {
  await signIn(page, 'admin@modboard.test');
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '账户' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '账户' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`axe finds no violations on the login page and the shell (${language})`, async ({ page }) => {
    await page.addInitScript((lng) => localStorage.setItem('modboard.language', lng), language);
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectNoAxeViolations(page);
    await page.locator('#instance').fill(INSTANCE_HOST);
    await page.locator('form button[type=submit]').click();
    await signIn(page, 'admin@modboard.test', { fromLogin: false });
    await expect(page.locator('.table-body [role="row"]').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
