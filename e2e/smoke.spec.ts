import { expect, test } from '@playwright/test';
import { instance, signIn } from './support.ts';

test.beforeEach(() => instance.reset());

test('the dashboard shell opens against the local instance', async ({ page }) => {
  const csp = (await page.goto('/login'))!.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  await signIn(page, 'owner@modboard.test');
  await expect(page).toHaveURL(/\/accounts$/);
  await expect(page.getByText('Modboard local instance')).toBeVisible();
  await expect(page.getByText('Mastodon 4.4.3')).toBeVisible();
  await expect(page.getByRole('button', { name: '@owner' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1)).toBeVisible();
});
