import type { Locator, Page } from 'playwright-core';
import {
  type Browser,
  DEMO_STAFF,
  chromiumPath,
  describeInBrowser,
  type Kizuna,
  launchBrowser,
  publishScreenshots,
  queryAsViewer,
  screenshot,
  seriousAxeViolations,
  settled,
  signIn,
  startKizuna,
} from './harness';

/**
 * Pick an option of a labelled antd select; the choice shows in the select before going on.
 * A click that lands while the list still animates open can miss the option, and the list can
 * close under it: open the list again until the choice has taken.
 */
async function choose(page: Page, within: Locator, label: string, option: string) {
  const chosen = within.locator('.ant-select').filter({ hasText: option });
  for (let attempt = 0; attempt < 5 && !(await chosen.isVisible()); attempt += 1) {
    await within.getByLabel(label).click();
    const item = page.locator(`.ant-select-item-option[title="${option}"]:visible`);
    // The list may also close again before the option settles: then a short wait, and retry.
    await item.click({ timeout: 5_000 }).catch(() => undefined);
    await chosen.waitFor({ timeout: 5_000 }).catch(() => undefined);
  }
  await chosen.waitFor();
}

interface Customer {
  id: string;
  name: string;
  version: number;
  employeeCount: number | null;
}

describeInBrowser('the customer page as a 360° view, in a real browser', () => {
  let kizuna: Kizuna | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let customer: Customer;

  beforeAll(async () => {
    kizuna = await startKizuna();
    browser = await launchBrowser(chromiumPath!);
    page = await browser.newPage();
    await signIn(page, kizuna.baseUrl, DEMO_STAFF.operator);
    const found = await queryAsViewer<{ customers: { edges: { node: Customer }[] } }>(
      page,
      '{ customers(first: 1, filter: { stage: ACTIVE }) { edges { node { id name version employeeCount } } } }',
    );
    customer = found.customers.edges[0]!.node;
    await page.goto(`${kizuna.baseUrl}/customers/${encodeURIComponent(customer.id)}`);
    await page.getByRole('heading', { name: customer.name }).waitFor();
  });

  afterAll(async () => {
    publishScreenshots({
      'customer-360-1440': 'customer-360.png',
      'customer-360-390': 'customer-360-phone.png',
    });
    await browser?.close();
    await kizuna?.stop();
  });

  it('edits the company profile as an operator, at the version read', async () => {
    const employees = (customer.employeeCount ?? 0) + 123;
    const profile = page.getByTestId('profile');
    await profile.getByRole('button', { name: /編集/ }).click();
    const dialog = page.getByRole('dialog', { name: '会社情報を編集' });
    await dialog.getByLabel('従業員数').fill(String(employees));
    await dialog.getByLabel('年商').fill('1234567890');
    await dialog.getByLabel('流動比率').fill('150');
    await choose(page, dialog, 'エンゲージメント', '高い（積極的）');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    await expect(profile.getByTestId('profile-revenue').textContent()).resolves.toBe(
      '12億3,456万円',
    );
    await expect(profile.getByTestId('profile-current-ratio').textContent()).resolves.toBe('150 %');
    await expect(profile.getByTestId('profile-engagement').textContent()).resolves.toBe(
      '高い（積極的）',
    );
    const stored = await queryAsViewer<{ customer: Customer & { engagement: string } }>(
      page,
      `{ customer(id: "${customer.id}") { id name version employeeCount engagement } }`,
    );
    expect(stored.customer.employeeCount).toBe(employees);
    expect(stored.customer.engagement).toBe('HIGH');
    expect(stored.customer.version).toBe(customer.version + 1);
    // The audit card shows the change at once.
    await page
      .getByTestId('customer-audit')
      .locator('[data-action="customer.updated"]')
      .first()
      .waitFor();
  });

  it('adds a task for oneself and completes it', async () => {
    const title = `e2e: 契約更新の確認 ${Date.now()}`;
    const tasks = page.getByTestId('tasks');
    await tasks.getByRole('button', { name: /タスクを追加/ }).click();
    const dialog = page.getByRole('dialog', { name: 'タスクを追加' });
    await dialog.getByLabel('内容').fill(title);
    await dialog.getByRole('button', { name: /タスクを追加/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = tasks.getByTestId('task').filter({ hasText: title });
    await row.waitFor();
    // Left to its default, the assignee is the one who added it.
    const me = await queryAsViewer<{ viewer: { displayName: string } }>(
      page,
      '{ viewer { displayName } }',
    );
    await expect(row.textContent()).resolves.toContain(me.viewer.displayName);
    await row.getByRole('button', { name: `完了にする: ${title}` }).click();
    await page.waitForFunction(
      (t) =>
        [...document.querySelectorAll('[data-testid="task"]')].some(
          (el) => el.textContent?.includes(t) && el.getAttribute('data-status') === 'DONE',
        ),
      title,
      { timeout: 15_000 },
    );
  });

  it('adds a contact with its role (refused in Japanese first, on the field) and removes it after confirming', async () => {
    const contacts = page.getByTestId('contacts');
    await contacts.getByRole('button', { name: /担当者を追加/ }).click();
    const dialog = page.getByRole('dialog', { name: '担当者を追加' });
    await dialog.getByLabel('姓').fill('試験');
    await dialog.getByLabel('名').fill('花子');
    await dialog.getByLabel('メールアドレス').fill('hanako@');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog.getByText('メールアドレスの形式が正しくありません。').waitFor();
    await dialog.getByLabel('メールアドレス').fill('hanako.e2e@example.co.jp');
    await choose(page, dialog, '役割', '経理・請求担当');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Listed under its role, for whoever needs to reach billing.
    const billing = contacts.getByRole('region', { name: '経理・請求担当' });
    await billing.getByText('試験 花子').waitFor();
    await billing
      .getByRole('group', { name: '試験 花子 さんの操作' })
      .getByRole('button', { name: /削\s?除/ })
      .click();
    // The confirmation's own (danger) button: only it removes.
    await page.locator('.ant-popconfirm-buttons .ant-btn-dangerous').click();
    await contacts.getByText('試験 花子').waitFor({ state: 'detached' });
  });

  it('reads well at 1440 and 390 px and passes axe', async () => {
    await settled(page);
    // The earlier steps' toasts fade after 3 s: the screenshots show the page, not them.
    await page.waitForFunction(() => !document.querySelector('.ant-message-notice'), null, {
      timeout: 15_000,
    });
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'customer-360-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 390, null, {
      timeout: 15_000,
    });
    await screenshot(page, 'customer-360-390');
  });

  it('shows an analyst the same page without changes and without personal data', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.waitForURL(/\/login/);
    await signIn(page, kizuna!.baseUrl, DEMO_STAFF.analyst);
    await page.goto(`${kizuna!.baseUrl}/customers/${encodeURIComponent(customer.id)}`);
    await page.getByRole('heading', { name: customer.name }).waitFor();
    await page.getByTestId('tasks').getByTestId('task').first().waitFor();
    await page.getByTestId('company-nps').getByTestId('company-comments').waitFor();
    for (const name of [/編\s?集/, '手動で設定', /タスクを追加/, /担当者を追加/, /完了にする/])
      await expect(page.getByRole('button', { name }).count()).resolves.toBe(0);
    // Contacts are refused to analysts; survey comments reach them masked: no personal data shown.
    await page.getByText('担当者の個人情報は表示できません').waitFor();
    await expect(page.getByTestId('personal-data-shown').count()).resolves.toBe(0);
  });
});
