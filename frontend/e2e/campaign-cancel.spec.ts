import { expect, test } from '@playwright/test';

const SCREENS = 'test-results/e2e-screens';

test('operator cancels a draft campaign through the confirmation dialog', async ({ page }) => {
  const username = process.env.E2E_USERNAME ?? 'e2e';
  const password = process.env.E2E_PASSWORD ?? 'e2e-password';

  await page.goto('/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Campaigns' })).toBeVisible();

  await page.getByRole('link', { name: /New campaign/ }).click();
  await page.getByLabel('Name').fill('Called Off');
  await page.getByLabel('Template').fill('Hi {{name}}, never mind.');
  await page.getByLabel('Segment rule').fill('vip');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { name: 'Called Off' })).toBeVisible();

  // No Pause / Resume on a draft; Cancel campaign asks first.
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Resume' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel campaign' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this campaign?' });
  await expect(dialog).toContainText('Messages not yet sent will not be sent');
  await page.screenshot({ path: `${SCREENS}/cancel-01-confirm.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Yes, cancel campaign' }).click();
  await expect(dialog).toBeHidden();

  const header = page.getByRole('heading', { name: 'Called Off' }).locator('..');
  await expect(header.locator('[data-status="cancelled"]')).toHaveText('Cancelled');
  await expect(page.getByText('Finished', { exact: true })).toBeVisible();
  await expect(page.getByTestId('stats-panel')).toHaveAttribute('data-status', 'cancelled');
  await expect(page.getByRole('button', { name: 'Cancel campaign' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/cancel-02-cancelled.png`, fullPage: true });
});
