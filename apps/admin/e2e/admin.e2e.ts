import type { Page } from 'playwright-core';
import {
  type Browser,
  findChromium,
  type Kizuna,
  launchBrowser,
  publishScreenshots,
  screenshot,
  SKIP_MESSAGE,
  startKizuna,
} from './harness';

const chromiumPath = findChromium();
if (!chromiumPath) console.warn(`\n${'!'.repeat(100)}\n${SKIP_MESSAGE}\n${'!'.repeat(100)}\n`);
const describeInBrowser = chromiumPath ? describe : describe.skip;

/** Customers seeded in a fresh demo database. */
const DEMO_CUSTOMERS = 3000;

const OPERATOR = { email: 'operator1@kizuna.example', password: 'kizuna-demo', name: '佐藤 一郎' };

describeInBrowser('admin console in a real browser', () => {
  let kizuna: Kizuna | undefined;
  let browser: Browser | undefined;
  // Tests may run in any order: the expected total counts the trials this suite started.
  let trialsStarted = 0;
  const expectedTotal = () => `全${(DEMO_CUSTOMERS + trialsStarted).toLocaleString('ja-JP')}件`;

  beforeAll(async () => {
    kizuna = await startKizuna();
    browser = await launchBrowser(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
    await kizuna?.stop();
  });

  async function openPage(path: string): Promise<Page> {
    const page = await browser!.newPage();
    await page.goto(`${kizuna!.baseUrl}${path}`);
    return page;
  }

  async function signIn(page: Page, { email = OPERATOR.email, password = OPERATOR.password } = {}) {
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel('パスワード').fill(password);
    await page.getByRole('button', { name: 'ログイン' }).click();
  }

  it('refuses a wrong password in words, and stays on the login page', async () => {
    const page = await openPage('/');
    await page.waitForURL(/\/login/);
    await screenshot(page, '01-login');
    await signIn(page, { password: 'not-the-password' });
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'メールアドレスまたはパスワードが正しくありません',
    );
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, '02-login-refused');
    await page.close();
  });

  it('lets an operator sign in, list, search and open customers', async () => {
    const page = await openPage('/customers');
    await page.waitForURL(/\/login\?from=/);
    await signIn(page);

    // Back on the page asked for, with the staff member in the header.
    await page.waitForURL(/\/customers$/);
    const viewer = page.getByTestId('viewer');
    await viewer.waitFor();
    await expect(viewer.textContent()).resolves.toContain(OPERATOR.name);
    await expect(viewer.textContent()).resolves.toContain('OPERATOR');

    // The demo data: 3,000 customers, 20 a page.
    const total = page.getByTestId('customer-total');
    await page.getByText(expectedTotal()).waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect(rows.count()).resolves.toBe(20);
    await expect(page.locator('.ant-table-tbody').textContent()).resolves.toMatch(
      /\d{4}\/\d{2}\/\d{2}/,
    );
    await screenshot(page, '03-customers');

    // Next page and back (keyset cursors).
    const firstName = await rows.first().locator('a').first().textContent();
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByText('2ページ目').waitFor();
    await expect(rows.first().locator('a').first().textContent()).resolves.not.toBe(firstName);
    await page.getByRole('button', { name: '前へ' }).click();
    await page.getByText('1ページ目').waitFor();
    await expect(rows.first().locator('a').first().textContent()).resolves.toBe(firstName);

    // Searching narrows the list, and the URL keeps the filter.
    const search = page.getByPlaceholder('会社名・フリガナ・法人番号で検索');
    await search.fill(firstName!);
    await search.press('Enter');
    await page.waitForURL(/q=/);
    await page.waitForFunction(([el, before]) => !!el && el.textContent !== before, [
      await total.elementHandle(),
      expectedTotal(),
    ] as const);
    const narrowed = Number((await total.textContent())!.replace(/\D/g, ''));
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(DEMO_CUSTOMERS);
    await screenshot(page, '04-customers-search');

    // Open the customer.
    await page.getByRole('link', { name: firstName! }).first().click();
    await page.waitForURL(/\/customers\/[^/?]+$/);
    await page.getByRole('heading', { name: firstName! }).waitFor();
    await page.getByText('ライフサイクル履歴').waitFor();
    await page.getByTestId('mfa-policy').waitFor();
    await page.getByText('契約履歴').waitFor();
    await screenshot(page, '05-customer-detail');
    await page.close();
  });

  it('starts a trial from the form (full-width phone number) and lands on the new customer', async () => {
    const page = await openPage('/login');
    await signIn(page);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByText('7日以内にトライアル終了').waitFor();
    await page.locator('.ant-statistic-content').first().getByText(/\d/).first().waitFor();
    await screenshot(page, '08-home');
    await page.getByRole('menuitem', { name: 'トライアル開始' }).click();
    await page.waitForURL(/\/trials\/new$/);
    const submit = page.getByRole('button', { name: 'トライアルを開始', exact: true });

    // First the domain rules speak, before anything is sent.
    await submit.click();
    await page.getByText('入力してください。').first().waitFor();

    const suffix = Date.now().toString(36).toUpperCase();
    const company = `株式会社ブラウザテスト${suffix}`;
    await page.getByLabel('会社名', { exact: true }).fill(company);
    await page.getByLabel('会社名フリガナ').fill('かぶしきがいしゃぶらうざてすと');
    await page.getByLabel('姓', { exact: true }).fill('山田');
    await page.getByLabel('名', { exact: true }).fill('花子');
    await page.getByLabel('セイ').fill('ヤマダ');
    await page.getByLabel('メイ').fill('ハナコ');
    await page.getByLabel('メールアドレス').fill(`hanako.${suffix.toLowerCase()}@example.co.jp`);
    await page.getByLabel('電話番号').fill('０３－１２３４－５６７８');
    await screenshot(page, '06-start-trial');
    await submit.click();
    trialsStarted += 1;

    await page.waitForURL(/\/customers\/[^/?]+$/);
    await page.getByRole('heading', { name: company }).waitFor();
    const header = page.locator('.ant-card').first();
    await expect(header.textContent()).resolves.toContain('トライアル');
    await expect(header.textContent()).resolves.toContain('カブシキガイシャブラウザテスト');
    const mfa = page.getByTestId('mfa-policy');
    await mfa.waitFor();
    await expect(mfa.textContent()).resolves.toMatch(/記憶[\s\S]*所持[\s\S]*属性/);
    // The phone number was normalised by the same rules on both sides.
    await expect(page.getByTestId('contacts').textContent()).resolves.toContain('03-1234-5678');
    await screenshot(page, '07-new-customer');
    await page.close();
  });

  it('hides contacts from an analyst with an explanation, and shows the rest', async () => {
    const page = await openPage('/login');
    await signIn(page, { email: 'analyst@kizuna.example' });
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('menuitem', { name: '顧客' }).click();
    await page.getByTestId('customer-total').waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
    await page.waitForURL(/\/customers\/[^/?]+$/);
    const contacts = page.getByTestId('contacts');
    await contacts.getByText('担当者の個人情報は表示できません').waitFor();
    await expect(contacts.textContent()).resolves.not.toContain('@');
    await page.getByTestId('mfa-policy').waitFor();
    await screenshot(page, '09-customer-detail-analyst');
    await page.close();
  });

  it('switches to English and remembers the choice', async () => {
    const page = await openPage('/login');
    await signIn(page);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Customers' }).click();
    await page.getByText(/^[\d,]+ in total$/).waitFor();
    await page.reload();
    await page.getByText(/^[\d,]+ in total$/).waitFor();
    await page.getByRole('columnheader', { name: 'Company' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await screenshot(page, '10-customers-en');
    await page.close();
  });

  afterAll(() => {
    publishScreenshots({
      '01-login': 'login.png',
      '03-customers': 'customers.png',
      '05-customer-detail': 'customer-detail.png',
      '06-start-trial': 'start-trial.png',
    });
  });
});
