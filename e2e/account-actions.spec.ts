import { expect, test, type Page } from '@playwright/test';
import { activeToken, createAccount, expectNoAxeViolations, instance, signIn, type AdminAccountBody } from './support.ts';

test.beforeEach(() => instance.reset());

const rows = (page: Page) => page.locator('.table-body [role="row"]');
const actions = (page: Page) => page.getByRole('region', { name: 'Actions' });

async function stateOf(page: Page, id: string) {
  return instance.api<AdminAccountBody & { error?: string }>(`/api/v1/admin/accounts/${id}`, await activeToken(page));
}

/** Writes sent to the instance since the last clearRequests, without preflights. */
async function writes() {
  return (await instance.requests('/api/v1/admin/accounts')).filter((r) => r.method === 'POST' || r.method === 'DELETE').map((r) => ({ call: `${r.method} ${r.url}`, body: r.body }));
}

async function openAccount(page: Page, account: AdminAccountBody) {
  await page.goto(`/accounts/${account.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(account.username);
}

test('approve a pending sign-up from the queue; it leaves the queue', async ({ page }) => {
  const pending = await createAccount({ username: 'pending_alice', approved: false, invite_request: 'I run a book club.' });
  await signIn(page, 'admin@modboard.test');
  await page.getByRole('link', { name: /^Pending/ }).click();
  await rows(page).filter({ hasText: '@pending_alice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('pending_alice');
  await expect(page.getByText('I run a book club.')).toBeVisible();
  await instance.clearRequests();
  await actions(page).getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Approved @pending_alice.' })).toBeVisible();
  await expect(actions(page).getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await expect(page.locator('.profile-card .badge.pending')).toHaveCount(0);
  expect(await writes()).toEqual([{ call: `POST /api/v1/admin/accounts/${pending.id}/approve`, body: '' }]);
  expect((await stateOf(page, pending.id)).body.approved).toBe(true);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Pending sign-ups', level: 1 })).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
  await expect(rows(page).filter({ hasText: '@pending_alice' })).toHaveCount(0);
});

test('after approving, a link leads on to the next pending sign-up of the queue', async ({ page }) => {
  const second = await createAccount({ username: 'pending_bob', approved: false });
  await createAccount({ username: 'pending_carol', approved: false });
  await signIn(page, 'admin@modboard.test');
  await page.getByRole('link', { name: /^Pending/ }).click();
  await rows(page).filter({ hasText: '@pending_carol' }).click();
  await actions(page).getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Approved @pending_carol.' })).toBeVisible();
  await page.getByRole('link', { name: 'Next pending sign-up: @pending_bob' }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${second.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('pending_bob');
  // An active account opened from the full list offers no such link.
  await page.goto('/accounts?status=active');
  await rows(page).first().click();
  await expect(actions(page)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Next pending sign-up/ })).toHaveCount(0);
});

test('reject asks first, deletes the sign-up and moves on to the next pending one', async ({ page }) => {
  const second = await createAccount({ username: 'pending_second', approved: false });
  const first = await createAccount({ username: 'pending_first', approved: false });
  await signIn(page, 'admin@modboard.test');
  await page.getByRole('link', { name: /^Pending/ }).click();
  await rows(page).filter({ hasText: '@pending_first' }).click();
  await instance.clearRequests();
  await actions(page).getByRole('button', { name: 'Reject' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject @pending_first?' });
  await expect(dialog).toContainText('The username and e-mail address become free for anyone to use again.');
  await expectNoAxeViolations(page, 'dialog');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${second.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('pending_second');
  await expect(page.getByRole('status').filter({ hasText: 'Rejected @pending_first; the sign-up is deleted.' })).toBeVisible();
  expect(await writes()).toEqual([{ call: `POST /api/v1/admin/accounts/${first.id}/reject`, body: '' }]);
  expect(await stateOf(page, first.id)).toEqual({ status: 404, body: { error: 'Record not found' } });
  await page.getByRole('link', { name: /^Pending/ }).click();
  await expect(rows(page).filter({ hasText: '@pending_second' })).toHaveCount(1);
  await expect(rows(page).filter({ hasText: '@pending_first' })).toHaveCount(0);
});

test('limit with a reason and no e-mail, then undo the limit', async ({ page }) => {
  const target = await createAccount({ username: 'noisy_bob' });
  await signIn(page, 'admin@modboard.test');
  await openAccount(page, target);
  await instance.clearRequests();
  await actions(page).getByRole('button', { name: 'Moderate…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Moderate @noisy_bob' });
  await expect(dialog.getByRole('radio')).toHaveCount(5);
  await dialog.getByRole('radio', { name: /^Limit/ }).check();
  await dialog.getByLabel('Reason (shown to the user)').fill('Unsolicited mentions.');
  await dialog.getByLabel('Notify the user by e-mail').uncheck();
  await expect(dialog.locator('.summary')).toHaveText('Limit: only their followers see their posts; resolves every open report on this account. No e-mail is sent.');
  await expectNoAxeViolations(page, 'dialog');
  await dialog.getByRole('button', { name: 'Limit @noisy_bob' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Limited @noisy_bob.' })).toBeVisible();
  await expect(page.locator('.profile-card .badge.limited')).toHaveText('Limited');
  expect(await writes()).toEqual([
    { call: `POST /api/v1/admin/accounts/${target.id}/action`, body: JSON.stringify({ type: 'silence', text: 'Unsolicited mentions.', send_email_notification: false }) },
  ]);
  expect((await stateOf(page, target.id)).body.silenced).toBe(true);

  await actions(page).getByRole('button', { name: 'Undo limit' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lifted the limit on @noisy_bob.' })).toBeVisible();
  await expect(page.locator('.profile-card .badge.limited')).toHaveCount(0);
  expect((await stateOf(page, target.id)).body.silenced).toBe(false);
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await expect(rows(page).filter({ hasText: '@noisy_bob' }).locator('.badge')).toHaveCount(0);
});

test('suspend, then delete data only after typing the username', async ({ page }) => {
  const target = await createAccount({ username: 'spam_carol' });
  await signIn(page, 'admin@modboard.test');
  await openAccount(page, target);
  await actions(page).getByRole('button', { name: 'Moderate…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Moderate @spam_carol' });
  await dialog.getByRole('radio', { name: /^Suspend/ }).check();
  await expect(dialog.locator('.summary')).toContainText('reversible for 30 days, then the data is deleted; resolves every open report on this account. An e-mail tells the user.');
  await dialog.getByRole('button', { name: 'Suspend @spam_carol' }).click();
  await expect(page.locator('.profile-card .badge.suspended')).toBeVisible();
  expect((await stateOf(page, target.id)).body.suspended).toBe(true);

  await instance.clearRequests();
  await actions(page).getByRole('button', { name: 'Delete data' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete the data of @spam_carol?' });
  const input = confirm.getByLabel('Type the username, spam_carol, to confirm');
  await input.fill('spam_caro');
  await expect(confirm.getByRole('button', { name: 'Delete data' })).toBeDisabled();
  await input.press('Enter');
  await expectNoAxeViolations(page, 'dialog');
  expect(await writes()).toEqual([]);
  await input.fill('spam_carol');
  await confirm.getByRole('button', { name: 'Delete data' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Deleting the data of @spam_carol.' })).toBeVisible();
  expect(await writes()).toEqual([{ call: `DELETE /api/v1/admin/accounts/${target.id}`, body: '' }]);
  expect((await stateOf(page, target.id)).body.suspended).toBe(true);
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await expect(rows(page).filter({ hasText: '@spam_carol' }).locator('.badge.suspended')).toBeVisible();
});

test('each undo action clears its state on the instance', async ({ page }) => {
  const target = await createAccount({ username: 'many_states', disabled: true, sensitized: true, suspended: true });
  await signIn(page, 'admin@modboard.test');
  await openAccount(page, target);
  const steps = [
    ['Unfreeze', 'disabled', 'Unfroze @many_states.'],
    ['Undo sensitive', 'sensitized', '@many_states is no longer marked sensitive.'],
    ['Undo suspension', 'suspended', 'Lifted the suspension of @many_states.'],
  ] as const;
  for (const [label, field, toast] of steps) {
    await actions(page).getByRole('button', { name: label }).click();
    await expect(page.getByRole('status').filter({ hasText: toast })).toBeVisible();
    await expect(actions(page).getByRole('button', { name: label })).toHaveCount(0);
    expect((await stateOf(page, target.id)).body[field]).toBe(false);
  }
});

test('the action form disables types in force and sends preset, report and e-mail choice', async ({ page }) => {
  await signIn(page, 'admin@modboard.test');
  const token = await activeToken(page);
  const reports = (await instance.api<{ id: string; target_account: { id: string } }[]>('/api/v1/admin/reports', token)).body;
  const report = reports[0]!;
  const target = report.target_account;
  await page.goto(`/accounts/${target.id}`);
  await instance.clearRequests();
  await actions(page).getByRole('button', { name: 'Moderate…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Moderate @/ });
  const state = (await stateOf(page, target.id)).body;
  await expect(dialog.getByRole('radio', { name: /^Limit/ })).toBeEnabled({ enabled: !state.silenced });
  await expect(dialog.getByRole('radio', { name: /^Warn/ })).toBeChecked();
  await dialog.getByLabel('Warning preset id (optional)').fill('x1');
  await dialog.getByLabel('Related report').selectOption(report.id);
  await dialog.getByRole('button', { name: /^Warn @/ }).click();
  await expect(dialog.getByText('A preset id is a number.')).toBeVisible();
  await dialog.getByLabel('Warning preset id (optional)').fill('1');
  await dialog.getByRole('button', { name: /^Warn @/ }).click();
  await expect(dialog).toBeHidden();
  const sent = await writes();
  expect(sent).toEqual([
    { call: `POST /api/v1/admin/accounts/${target.id}/action`, body: JSON.stringify({ type: 'none', text: '', send_email_notification: true, warning_preset_id: '1', report_id: report.id }) },
  ]);
  const resolved = (await instance.api<{ id: string }[]>('/api/v1/admin/reports?resolved=true', token)).body;
  expect(resolved.map((r) => r.id)).toContain(report.id);
});

test('a 422 keeps the form and shows the server message; a missing endpoint stops being offered until asked again', async ({ page }) => {
  const target = await createAccount({ username: 'kept_input', silenced: true });
  await signIn(page, 'admin@modboard.test');
  await openAccount(page, target);
  await instance.fault({ path: `/api/v1/admin/accounts/${target.id}/action`, method: 'POST', status: 422, body: { error: 'Validation failed: Text is too long' } });
  await actions(page).getByRole('button', { name: 'Moderate…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Moderate @kept_input' });
  await expect(dialog.getByRole('radio', { name: /^Limit/ })).toBeDisabled();
  await dialog.getByLabel('Reason (shown to the user)').fill('Keep me');
  await dialog.getByRole('button', { name: 'Warn @kept_input' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The instance did not accept this: Validation failed: Text is too long');
  await expect(dialog.getByLabel('Reason (shown to the user)')).toHaveValue('Keep me');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await instance.fault({ path: `/api/v1/admin/accounts/${target.id}/unsilence`, method: 'POST', status: 404, body: { error: 'Not found' } });
  await actions(page).getByRole('button', { name: 'Undo limit' }).click();
  await expect(actions(page).getByRole('alert')).toHaveText('This server does not offer this action, so it is no longer shown.');
  await expect(actions(page).getByRole('button', { name: 'Undo limit' })).toHaveCount(0);
  await expect(actions(page).getByRole('note')).toHaveText('This server does not offer: Undo limit (it answered 404).');
  await page.reload();
  await expect(actions(page).getByRole('note')).toHaveText('This server does not offer: Undo limit (it answered 404).');
  // A server that has since gained the endpoint: the moderator can offer it again.
  await instance.clearFaults();
  await actions(page).getByRole('button', { name: 'Offer again' }).click();
  await expect(actions(page).getByRole('note')).toHaveCount(0);
  await actions(page).getByRole('button', { name: 'Undo limit' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lifted the limit on @kept_input.' })).toBeVisible();
  expect((await instance.api(`/api/v1/admin/accounts/${target.id}`, await activeToken(page))).body).toMatchObject({ silenced: false });
});

test('moderator and triage roles see exactly what their permissions allow', async ({ page, browser }) => {
  const target = await createAccount({ username: 'suspended_dan', suspended: true });
  await signIn(page, 'moderator@modboard.test');
  await openAccount(page, target);
  await expect(actions(page).getByRole('button')).toHaveText(['Undo suspension', 'Moderate…']);

  const triage = await browser.newPage();
  await signIn(triage, 'triage@modboard.test');
  await instance.clearRequests();
  await triage.goto(`/accounts/${target.id}`);
  await expect(triage.getByRole('heading', { name: 'Your role cannot manage accounts' })).toBeVisible();
  expect(await instance.requests('/api/v1/admin/accounts')).toEqual([]);
  await triage.close();
});

test('two moderators: the account is rejected elsewhere, and approving it here explains it is gone', async ({ page, browser }) => {
  const target = await createAccount({ username: 'contested', approved: false });
  await signIn(page, 'admin@modboard.test');
  await openAccount(page, target);
  await expectNoAxeViolations(page);

  const other = await browser.newPage();
  await signIn(other, 'moderator@modboard.test');
  await openAccount(other, target);
  await actions(other).getByRole('button', { name: 'Reject' }).click();
  await other.getByRole('dialog').getByRole('button', { name: 'Reject' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Rejected @contested' })).toBeVisible();
  await other.close();

  await actions(page).getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('heading', { name: 'This account no longer exists' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to pending sign-ups' })).toBeVisible();
  await expectNoAxeViolations(page);
});
