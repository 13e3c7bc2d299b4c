import { expect, test, type Page } from '@playwright/test';
import { activeToken, expectNoAxeViolations, instance, INSTANCE, signIn } from './support.ts';

test.beforeEach(() => instance.reset());

interface Me {
  id: string;
  avatar: string;
  header: string;
}

async function giveImages(page: Page): Promise<{ token: string; me: Me }> {
  const token = await activeToken(page);
  const me = (await instance.api<Me>('/api/v1/accounts/verify_credentials', token)).body;
  await fetch(`${INSTANCE}/_dev/accounts/${me.id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ avatar: true, header: true }),
  });
  return { token, me };
}

test('a user with no role removes avatar and header, and the header avatar updates without a reload', async ({ page }) => {
  await signIn(page, 'user@modboard.test');
  const { token } = await giveImages(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
  const headerAvatar = page.locator('.account-button img');
  await expect(headerAvatar).toHaveAttribute('src', /\/system\/generated\/avatars\//);
  await instance.clearRequests();

  for (const kind of ['avatar', 'header'] as const) {
    await page.getByRole('button', { name: `Remove ${kind}` }).click();
    const dialog = page.getByRole('dialog', { name: `Remove your ${kind}?` });
    await expect(dialog.getByText(`Your ${kind} will be replaced by the instance's default. This cannot be undone.`)).toBeVisible();
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`You are using the instance's default ${kind}.`)).toBeVisible();
    await expect(page.getByRole('button', { name: `Remove ${kind}` })).toHaveCount(0);
  }
  await expect(headerAvatar).toHaveAttribute('src', `${INSTANCE}/avatars/original/missing.png`);

  // Each removal is one DELETE, after the browser's CORS preflight.
  const sent = (await instance.requests()).filter((r) => r.method !== 'OPTIONS').map((r) => `${r.method} ${r.url} ${r.status}`);
  expect(sent).toEqual(['DELETE /api/v1/profile/avatar 200', 'DELETE /api/v1/profile/header 200']);
  const me = (await instance.api<Me>('/api/v1/accounts/verify_credentials', token)).body;
  expect(me.avatar).toBe(`${INSTANCE}/avatars/original/missing.png`);
  expect(me.header).toBe(`${INSTANCE}/headers/original/missing.png`);
});

test('default images offer no Remove', async ({ page }) => {
  await signIn(page, 'user@modboard.test');
  await expect(page.getByText("You are using the instance's default avatar.")).toBeVisible();
  await expect(page.getByText("You are using the instance's default header.")).toBeVisible();
  await expect(page.getByRole('button', { name: /Remove/ })).toHaveCount(0);
});

test('a server without the endpoint (404) is explained', async ({ page }) => {
  await signIn(page, 'user@modboard.test');
  await giveImages(page);
  await page.reload();
  await instance.fault({ path: '/api/v1/profile/avatar', method: 'DELETE', status: 404 });
  await page.getByRole('button', { name: 'Remove avatar' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText(
    "This server doesn't support removing images through the API (Mastodon 4.2 or newer does).",
  );
});

test('a token without write:accounts (403) is told to sign in again', async ({ page }) => {
  await signIn(page, 'user@modboard.test');
  await giveImages(page);
  await page.reload();
  await instance.fault({ path: '/api/v1/profile/avatar', method: 'DELETE', status: 403, body: { error: 'This action is outside the authorized scopes' } });
  await page.getByRole('button', { name: 'Remove avatar' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('This sign-in may not change your profile. Sign in again to grant Modboard write:accounts.');
  await expect(dialog.getByRole('button', { name: 'Sign in again' })).toBeVisible();
});

test('a dropped connection offers Retry, which works', async ({ page }) => {
  await signIn(page, 'user@modboard.test');
  await giveImages(page);
  await page.reload();
  // Until cleared: Chromium silently retries one reset connection for an idempotent DELETE.
  await instance.fault({ path: '/api/v1/profile/header', method: 'DELETE', drop: true, count: null });
  await page.getByRole('button', { name: 'Remove header' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('could not be reached');
  await instance.clearFaults();
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("You are using the instance's default header.")).toBeVisible();
});

test('cancelling the dialog sends nothing', async ({ page }) => {
  await signIn(page, 'user@modboard.test');
  await giveImages(page);
  await page.reload();
  await instance.clearRequests();
  await page.getByRole('button', { name: 'Remove avatar' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'Remove header' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  expect((await instance.requests()).filter((r) => r.method === 'DELETE')).toEqual([]);
});

test('axe finds no violations on the profile page and its dialog', async ({ page }) => {
  await signIn(page, 'user@modboard.test');
  await giveImages(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Remove avatar' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Remove avatar' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
});
