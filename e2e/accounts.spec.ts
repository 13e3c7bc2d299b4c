import { expect, test, type Page } from '@playwright/test';
import { activeToken, countAccounts, expectNoAxeViolations, instance, listRequests, signIn } from './support.ts';

test.beforeEach(() => instance.reset());

const rows = (page: Page) => page.locator('.table-body [role="row"]');
const endMarker = (page: Page) => page.locator('.end-marker');
/** A filter field by its label, inside the filter form (rows also have links named after e-mail and IP). */
const field = (page: Page, label: string) => page.getByRole('search').getByLabel(label, { exact: true });
const scrollBy = (page: Page, pixels: number) => page.evaluate((y) => window.scrollBy(0, y), pixels);

async function openAccounts(page: Page) {
  await signIn(page, 'admin@modboard.test');
  await expect(page).toHaveURL(/\/accounts$/);
  await expect(rows(page).first()).toBeVisible();
}

test('each filter sends its exact v2 query, once, and the rows match the instance', async ({ page }) => {
  await openAccounts(page);
  const token = await activeToken(page);
  await instance.clearRequests();

  await field(page, 'Status').selectOption('pending');
  await expect(page).toHaveURL(/\/accounts\?status=pending$/);
  await field(page, 'E-mail').fill('%@spam.example');
  await expect(page).toHaveURL(/email=%25%40spam.example/);
  await expect(endMarker(page)).toBeVisible();
  expect(await listRequests()).toEqual(['/api/v2/admin/accounts?status=pending', '/api/v2/admin/accounts?status=pending&email=%25%40spam.example']);
  const expected = await countAccounts(token, 'status=pending&email=%25%40spam.example');
  expect(expected).toBeGreaterThan(0);
  await expect(endMarker(page)).toHaveText(`End of the list: ${expected} account${expected === 1 ? '' : 's'}.`);
  for (const badge of await rows(page).locator('.badge.pending').all()) await expect(badge).toHaveText('Pending');
  await expect(rows(page).locator('.badge.pending')).toHaveCount(Math.min(expected, await rows(page).count()));

  await instance.clearRequests();
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await field(page, 'Origin').selectOption('remote');
  await field(page, 'Role').selectOption({ label: 'Staff (all moderating roles)' });
  await field(page, 'Domain').fill('SpamFarm.example');
  await field(page, 'Domain').press('Enter');
  await field(page, 'Role').selectOption('');
  await field(page, 'Username').fill('a');
  await expect(page).toHaveURL(/username=a/);
  await field(page, 'Display name').fill('A');
  await expect(page).toHaveURL(/display_name=A/);
  await field(page, 'IP address').fill('198.51.100.0/24');
  await expect(page).toHaveURL(/ip=198\.51\.100\.0%2F24/);
  // Reset shows the unfiltered list from the cache, without a request.
  expect(await listRequests()).toEqual([
    '/api/v2/admin/accounts?origin=remote',
    '/api/v2/admin/accounts?origin=remote&permissions=staff',
    '/api/v2/admin/accounts?origin=remote&permissions=staff&by_domain=spamfarm.example',
    '/api/v2/admin/accounts?origin=remote&by_domain=spamfarm.example',
    '/api/v2/admin/accounts?origin=remote&username=a&by_domain=spamfarm.example',
    '/api/v2/admin/accounts?origin=remote&username=a&display_name=A&by_domain=spamfarm.example',
    '/api/v2/admin/accounts?origin=remote&username=a&display_name=A&ip=198.51.100.0%2F24&by_domain=spamfarm.example',
  ]);
});

test('typing quickly sends one request, and a bad IP is explained without a request', async ({ page }) => {
  await openAccounts(page);
  await instance.clearRequests();
  await field(page, 'Username').pressSequentially('spam_deals', { delay: 40 });
  await expect(page).toHaveURL(/username=spam_deals/);
  await page.waitForTimeout(500);
  expect(await listRequests()).toEqual(['/api/v2/admin/accounts?username=spam_deals']);

  await instance.clearRequests();
  await field(page, 'IP address').fill('203.0.113');
  await expect(page.getByText('Enter an IP address such as 203.0.113.7')).toBeVisible();
  await expect(field(page, 'IP address')).toHaveAttribute('aria-invalid', 'true');
  await field(page, 'IP address').press('Enter');
  await page.waitForTimeout(400);
  expect(await listRequests()).toEqual([]);
  await field(page, 'IP address').fill('203.0.113.7');
  await expect(page.getByText('Enter an IP address such as 203.0.113.7')).toBeHidden();
  await expect(page).toHaveURL(/ip=203\.0\.113\.7/);
});

test('a slow request for older filters is aborted when the filters change', async ({ page }) => {
  await openAccounts(page);
  await instance.fault({ path: '/api/v2/admin/accounts', latencyMs: 1500, count: 1 });
  const aborted: string[] = [];
  page.on('requestfailed', (request) => void (request.url().includes('/api/v2/admin/accounts') && aborted.push(new URL(request.url()).search)));
  await field(page, 'Origin').selectOption('local');
  await expect(page).toHaveURL(/origin=local/);
  await field(page, 'Origin').selectOption('remote');
  await expect(rows(page).locator('.acct').first()).toHaveText(/^@[^@]+@[^@]+$/);
  await expect.poll(() => aborted).toEqual(['?origin=local']);
  for (const acct of await rows(page).locator('.acct').allTextContents()) expect(acct).toMatch(/^@[^@]+@[^@]+$/);
  // The instance still finishes the abandoned request; let it, so it does not land in the next test's log.
  await expect.poll(listRequests, { timeout: 5000 }).toContain('/api/v2/admin/accounts?origin=local');
});

test('scrolling loads every page until the end, with a small DOM', async ({ page }) => {
  await openAccounts(page);
  const total = await countAccounts(await activeToken(page));
  await instance.clearRequests();
  let maxRows = 0;
  for (let i = 0; i < 300 && !(await endMarker(page).isVisible()); i++) {
    await page.mouse.wheel(0, 8000);
    maxRows = Math.max(maxRows, await rows(page).count());
  }
  await expect(endMarker(page)).toHaveText(`End of the list: ${total.toLocaleString('en')} accounts.`);
  expect(maxRows).toBeLessThanOrEqual(60);
  const sent = await listRequests();
  // The first page was loaded before; each later page is one request that follows the previous Link.
  expect(sent.length, sent.join('\n')).toBe(Math.ceil(total / 100) - 1);
  expect(sent.every((url) => /[?&]max_id=\d+/.test(url))).toBe(true);
});

test('a shared URL restores the view; garbage values fall back to no filter', async ({ page }) => {
  await openAccounts(page);
  await instance.clearRequests();
  await page.goto('/accounts?status=pending&email=%25%40spam.example&origin=local');
  await expect(field(page, 'Status')).toHaveValue('pending');
  await expect(field(page, 'Origin')).toHaveValue('local');
  await expect(field(page, 'E-mail')).toHaveValue('%@spam.example');
  await expect(rows(page).first()).toBeVisible();

  await page.goto('/accounts?status=banned&origin=mars&ip=999.1.1.1&role_ids=abc');
  await expect(rows(page).first()).toBeVisible();
  await expect(field(page, 'Status')).toHaveValue('');
  expect(await listRequests()).toEqual(['/api/v2/admin/accounts?origin=local&status=pending&email=%25%40spam.example', '/api/v2/admin/accounts']);
});

test('pivot links set a filter, and back restores the earlier filters and the scroll position', async ({ page }) => {
  await openAccounts(page);
  await field(page, 'Status').selectOption('active');
  await expect(page).toHaveURL(/status=active/);
  await scrollBy(page, 4000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(3000);
  const row = rows(page).filter({ has: page.locator('.pivot[aria-label^="Show accounts that used"]') }).nth(3);
  const ip = (await row.locator('.pivot[aria-label^="Show accounts that used"]').textContent())!;
  await row.locator('.pivot[aria-label^="Show accounts that used"]').click();
  await expect(page).toHaveURL(new RegExp(`/accounts\\?ip=${ip.replace(/\./g, '\\.')}$`));
  await expect(field(page, 'IP address')).toHaveValue(ip);
  await expect(field(page, 'Status')).toHaveValue('');
  await page.goBack();
  await expect(field(page, 'Status')).toHaveValue('active');
  await expect(field(page, 'IP address')).toHaveValue('');

  // Open an account with the keyboard, then come back to the same place.
  const target = rows(page).nth(12);
  const name = (await target.locator('.name').textContent())!;
  await target.focus();
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/accounts\/\d+$/);
  await page.goBack();
  await expect(page).toHaveURL(/status=active/);
  await expect(field(page, 'Status')).toHaveValue('active');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 5);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThanOrEqual(5);
  await expect(rows(page).filter({ hasText: name }).first()).toBeInViewport();
});

test('arrow keys move between rows, and hovering a row prefetches its account', async ({ page }) => {
  await openAccounts(page);
  await instance.clearRequests();
  await rows(page).first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(2)).toBeFocused();
  const id = await rows(page).nth(2).locator('a.name').getAttribute('href');
  await expect.poll(async () => (await instance.requests('/api/v1/admin/accounts/')).map((r) => r.url)).toContain(`/api/v1/admin/accounts/${id!.split('/').pop()}`);
});

test('a 500 on page 3 shows Retry, and Retry continues the list', async ({ page }) => {
  await openAccounts(page);
  await scrollBy(page, 4000);
  await expect(page.getByRole('status').filter({ hasText: /^200\+ accounts$/ })).toBeVisible();
  await instance.fault({ path: '/api/v2/admin/accounts', status: 500, count: null });
  await scrollBy(page, 6000);
  const error = page.getByRole('alert').filter({ hasText: 'The next accounts could not be loaded' });
  await expect(error).toBeVisible();
  await expect(error).toContainText('500');
  await instance.clearFaults();
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^300\+ accounts$/ })).toBeVisible();
  await expect(error).toBeHidden();
});

test('an answer that is not a list is explained, not shown as an empty list, and Retry recovers', async ({ page }) => {
  await openAccounts(page);
  await instance.fault({ path: '/api/v2/admin/accounts', status: 200, body: { accounts: [] }, count: 1 });
  await field(page, 'Origin').selectOption('local');
  const alert = page.getByRole('alert').filter({ hasText: 'The instance sent a response Modboard could not read.' });
  await expect(alert).toBeVisible();
  await expect(page.getByText('No accounts match.')).toHaveCount(0);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(rows(page).first()).toBeVisible();
  await expect(alert).toBeHidden();
});

test('an empty result names the filters and offers to clear them', async ({ page }) => {
  await openAccounts(page);
  await field(page, 'Username').fill('zzzz-nobody');
  await field(page, 'Username').press('Enter');
  await expect(page.getByText('No accounts match.')).toBeVisible();
  await expect(page.getByText('Active filters: Username: zzzz-nobody')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/accounts$/);
  await expect(field(page, 'Username')).toHaveValue('');
  await expect(rows(page).first()).toBeVisible();
});

test('a 403 says whether the scope or the role is missing', async ({ page }) => {
  await openAccounts(page);
  await instance.fault({ path: '/api/v2/admin/accounts', status: 403, body: { error: 'This action is not allowed' } });
  await field(page, 'Origin').selectOption('local');
  await expect(page.getByRole('heading', { name: 'Your role cannot list accounts' })).toBeVisible();
  await expect(page.getByText('(Admin)')).toBeVisible();
  await instance.fault({ path: '/api/v2/admin/accounts', status: 403, body: { error: 'This action is outside the authorized scopes' } });
  await field(page, 'Origin').selectOption('remote');
  await expect(page.getByRole('heading', { name: 'This sign-in cannot read accounts' })).toBeVisible();
});

test('the pending queue and the accounts page pass axe in both languages', async ({ page }) => {
  await openAccounts(page);
  await field(page, 'Status').selectOption('pending');
  await expect(page.locator('.cell-reason').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /^Pending/ }).click();
  await expect(page.getByRole('heading', { name: 'Pending sign-ups', level: 1 })).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
  await page.locator('.language-switch select').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('待审核注册');
  await expectNoAxeViolations(page);
});

test('a server without the v2 list falls back to v1 and says what it cannot filter', async ({ page }) => {
  await signIn(page, 'admin@modboard.test', { host: '127.0.0.1:3101' });
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByRole('note')).toContainText('only has the older account list (v1)');
  await expect(page.getByRole('note')).toContainText('Without an origin it shows local accounts only.');
  await field(page, 'Origin').selectOption('remote');
  await field(page, 'Status').selectOption('sensitized');
  await expect(page.getByRole('note')).toContainText('It cannot filter sensitive accounts');
  await expect(rows(page).first()).toBeVisible();
  await expect(rows(page).locator('.acct').first()).toContainText('@');
  for (const acct of await rows(page).locator('.acct').allTextContents()) expect(acct).toMatch(/^@[^@]+@[^@]+$/);
});
