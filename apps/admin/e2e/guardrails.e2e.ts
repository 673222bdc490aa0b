import type { Page } from 'playwright-core';
import {
  type Browser,
  DEMO_STAFF,
  chromiumPath,
  describeInBrowser,
  type Kizuna,
  launchBrowser,
  screenshot,
  seriousAxeViolations,
  settled,
  signIn,
  startKizuna,
} from './harness';

/** YYYY/MM/DD (as typed into the date picker) of a day this many days from today in Tokyo. */
const jstDate = (days: number) =>
  new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replaceAll('-', '/');

describeInBrowser('guardrails up front (issue 17)', () => {
  let kizuna: Kizuna | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    kizuna = await startKizuna();
    browser = await launchBrowser(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
    await kizuna?.stop();
  });

  async function typeDate(page: Page, date: string) {
    const input = page.getByLabel('適用日');
    await input.click();
    await input.fill(date);
    await input.press('Enter');
  }

  it('says a typed past date is past, then disables the changes while the request is open', async () => {
    const page = await browser!.newPage();
    await signIn(page, kizuna!.baseUrl, DEMO_STAFF.operator);
    const company = `株式会社ガードレール${Date.now().toString(36).toUpperCase()}`;
    await page.goto(`${kizuna!.baseUrl}/trials/new`);
    await page.getByLabel('会社名', { exact: true }).fill(company);
    await page.getByLabel('姓', { exact: true }).fill('田中');
    await page.getByLabel('メールアドレス').fill(`gr.${Date.now()}@example.co.jp`);
    await page.getByRole('button', { name: 'トライアルを開始', exact: true }).click();
    await page.waitForURL(/\/customers\/[^/?]+$/);
    const customerUrl = page.url();
    await page.getByRole('heading', { name: company }).waitFor();
    // Nothing open yet: the actions are offered.
    await expect(page.getByTestId('open-request-notice').count()).resolves.toBe(0);
    await page.getByRole('link', { name: '本契約への移行を申請する' }).click();
    await page.waitForURL(/\/requests\/new\?kind=CONVERSION$/);

    await page.getByRole('radio', { name: /^スタンダード/ }).check();
    // A past day typed in is not dropped silently: it is reported as past, on the field.
    await typeDate(page, jstDate(-2));
    await page.getByRole('button', { name: 'ダブルチェックに回す' }).click();
    const dateItem = page.locator('.ant-form-item', { has: page.getByLabel('適用日') });
    await dateItem.getByText('今日以降の日付を選んでください。').waitFor();
    await expect(dateItem.textContent()).resolves.not.toContain('入力してください。');
    await screenshot(page, 'guardrails-past-date');

    await typeDate(page, jstDate(0));
    await page.getByRole('button', { name: 'ダブルチェックに回す' }).click();
    await page.waitForURL((url) => /^\/requests\/[^/]+$/.test(url.pathname));
    const requestPath = new URL(page.url()).pathname;

    // Back on the customer: the changes are disabled up front, with the reason and a link.
    await page.goto(customerUrl);
    const notice = page.getByTestId('open-request-notice');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain(
      '処理中の申請があるため、この顧客の変更は申請できません',
    );
    await expect(notice.textContent()).resolves.toContain('本契約への移行の申請が「確認待ち」です');
    for (const name of ['本契約への移行を申請する', 'トライアル延長を申請']) {
      const action = page.getByRole('button', { name });
      await expect(action.isDisabled()).resolves.toBe(true);
      await expect(action.getAttribute('aria-describedby')).resolves.toBe('open-request-notice');
    }
    await expect(
      page.getByRole('link', { name: '本契約への移行を申請する' }).count(),
    ).resolves.toBe(0);
    await settled(page);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'guardrails-open-request');
    await notice.getByRole('link', { name: '処理中の申請を開く' }).click();
    await page.waitForURL((url) => url.pathname === requestPath);
    await page.close();
  });
});
