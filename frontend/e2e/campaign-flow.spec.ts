import { expect, test, type Page } from '@playwright/test';

const SCREENS = 'test-results/e2e-screens';
let step = 0;

async function snap(page: Page, name: string) {
  step += 1;
  await page.screenshot({ path: `${SCREENS}/${String(step).padStart(2, '0')}-${name}.png`, fullPage: true });
}

test('operator signs in, creates, previews, sends and watches a campaign', async ({ page }) => {
  const username = process.env.E2E_USERNAME ?? 'e2e';
  const password = process.env.E2E_PASSWORD ?? 'e2e-password';

  // 1. Sign in (Django session + CSRF).
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in to Herald' })).toBeVisible();
  await snap(page, 'sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Campaigns' })).toBeVisible();
  await snap(page, 'campaigns');

  // 2. Create the draft; the segment input shows the live audience size.
  await page.getByRole('link', { name: /New campaign/ }).click();
  await expect(page.getByRole('heading', { name: 'New campaign' })).toBeVisible();
  await page.getByLabel('Name').fill('Welcome Back');
  await page.getByLabel('Template').fill('Hi {{name}}, we miss you! 💌');
  await page.getByLabel('Segment rule').fill('vip');
  const audience = page.getByTestId('audience-size');
  await expect(audience).toHaveText(/^Audience: \d+ contacts?$/);
  const audienceSize = Number((await audience.textContent())?.match(/\d+/)?.[0]);
  expect(audienceSize).toBeGreaterThan(0);
  await snap(page, 'create');
  await page.getByRole('button', { name: 'Create draft' }).click();

  // 3. The preview: audience size + rendered text.
  await expect(page.getByRole('heading', { name: 'Welcome Back' })).toBeVisible();
  await expect(page.getByTestId('preview-audience')).toHaveText(`${audienceSize} contacts in the audience`);
  const rendered = page.getByTestId('rendered');
  await expect(rendered.first()).toHaveText(/^Hi .+, we miss you! 💌$/);
  await snap(page, 'preview');

  // 4. Send, through the confirmation dialog that names the audience size.
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Send this campaign?' });
  await expect(dialog).toContainText(`will be sent to ${audienceSize} contacts`);
  await snap(page, 'confirm-send');
  await dialog.getByRole('button', { name: `Send to ${audienceSize} contacts` }).click();
  await expect(dialog).toBeHidden();

  // 5. Live progress reaches 100% with no reload and no refresh button.
  const progress = page.getByRole('progressbar', { name: 'Progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByTestId('stats-panel')).toBeVisible();
  await snap(page, 'sending');
  await expect(progress).toHaveAttribute('aria-valuenow', '100', { timeout: 150_000 });
  await expect(page.getByTestId('stats-panel')).toHaveAttribute('data-status', 'sent', { timeout: 150_000 });
  await expect(page.getByTestId('progress-text')).toHaveText(`${audienceSize} of ${audienceSize} finished (100%)`);
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  await expect(page.getByRole('button', { name: /refresh/i })).toHaveCount(0);
  await snap(page, 'sent');

  // 6. Messages tab: sent rows.
  await page.getByRole('link', { name: 'Messages' }).click();
  const rows = page.getByTestId('message-row');
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Sent' }).first()).toBeVisible();
  await page.getByLabel('Status').selectOption('sent');
  await expect(rows.first()).toContainText('Sent');
  await snap(page, 'messages');

  // 7. Traditional Chinese.
  await page.getByRole('button', { name: '繁體中文' }).click();
  await expect(page.getByRole('link', { name: '訊息' })).toBeVisible();
  await expect(page.getByRole('link', { name: '活動', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '登出' })).toBeVisible();
  await expect(rows.first()).toContainText('已發送');
  await snap(page, 'zh-TW');

  // The choice is remembered across a reload (hash routing keeps the page).
  await page.reload();
  await expect(page.getByRole('button', { name: '登出' })).toBeVisible();
  await expect(page.getByRole('link', { name: '訊息' })).toBeVisible();

  // 8. Narrow phone screen (375 px): nothing overflows the page horizontally.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByRole('link', { name: '總覽' }).click();
  await expect(page.getByTestId('stats-panel')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await snap(page, 'mobile-overview');
  await page.getByRole('link', { name: '活動', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Welcome Back' })).toBeVisible();
  await snap(page, 'mobile-campaigns');

  // 9. Sign out (a POST with the CSRF token rotated at sign-in).
  await page.getByRole('button', { name: '登出' }).click();
  await expect(page.getByRole('heading', { name: '登入 Herald' })).toBeVisible();
});
