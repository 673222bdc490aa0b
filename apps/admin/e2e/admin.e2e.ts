import type { Page } from 'playwright-core';
import {
  type Browser,
  chromiumPath,
  describeInBrowser,
  type Kizuna,
  launchBrowser,
  publishScreenshots,
  screenshot,
  startKizuna,
} from './harness';

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
    // The page number changes at the click; the rows once the page has arrived (until then the
    // table keeps showing the previous page), so wait for the rows themselves.
    const firstLink = rows.first().locator('a').first();
    const firstName = (await firstLink.textContent())!;
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByText('2ページ目').waitFor();
    await firstLink.filter({ hasNotText: firstName }).waitFor();
    await expect(firstLink.textContent()).resolves.not.toBe(firstName);
    await page.getByRole('button', { name: '前へ' }).click();
    await page.getByText('1ページ目').waitFor();
    await firstLink.filter({ hasText: firstName }).waitFor();
    await expect(firstLink.textContent()).resolves.toBe(firstName);

    // The page is in the URL: a customer opened from page 3, then the browser's 戻る, the
    // page's 顧客一覧へ and a reload all show page 3 again.
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByText('2ページ目').waitFor();
    await firstLink.filter({ hasNotText: firstName }).waitFor();
    const secondName = (await firstLink.textContent())!;
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByText('3ページ目').waitFor();
    await firstLink.filter({ hasNotText: secondName }).waitFor();
    const thirdName = (await firstLink.textContent())!;
    const pageThree = page.url();
    expect(new URL(pageThree).searchParams.getAll('after')).toHaveLength(2);
    const backOnPageThree = async () => {
      await page.getByText('3ページ目').waitFor();
      await firstLink.filter({ hasText: thirdName }).waitFor();
      expect(page.url()).toBe(pageThree);
    };
    await firstLink.click();
    await page.waitForURL(/\/customers\/[^/?]+$/);
    await page.getByRole('heading', { name: thirdName }).waitFor();
    await page.goBack();
    await backOnPageThree();
    await firstLink.click();
    await page.getByRole('heading', { name: thirdName }).waitFor();
    await page.getByRole('link', { name: '顧客一覧へ' }).click();
    await backOnPageThree();
    await page.reload();
    await backOnPageThree();
    await page.getByRole('button', { name: '前へ' }).click();
    await page.getByText('2ページ目').waitFor();
    await firstLink.filter({ hasText: secondName }).waitFor();
    await page.goto(`${kizuna!.baseUrl}/customers`);
    await page.getByText('1ページ目').waitFor();
    await firstLink.filter({ hasText: firstName }).waitFor();

    // Searching narrows the list as you type (no Enter needed), and the URL keeps the filter.
    const search = page.getByPlaceholder('会社名・フリガナ・法人番号で検索');
    await search.fill(firstName!);
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
    await page.getByText('契約履歴', { exact: true }).waitFor();
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
    await page.getByRole('menuitem', { name: /^(team )?顧客$/ }).click();
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

  /** The login page in Japanese, whatever an earlier test chose in the language switch. */
  async function openLoginInJapanese(): Promise<Page> {
    const page = await openPage('/login');
    await page.evaluate(() => localStorage.setItem('kizuna.language', 'ja'));
    await page.reload();
    return page;
  }

  /** YYYY/MM/DD (as typed into the date picker) of a day this many days from today in Tokyo. */
  const jstDate = (days: number) =>
    new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000)
      .toISOString()
      .slice(0, 10)
      .replaceAll('-', '/');

  async function signOut(page: Page) {
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.waitForURL(/\/login/);
    // The URL changes first: wait for the form itself, not the page signed out of.
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
  }

  /** Blind entry or request form: plan, the option checkboxes, effective date. */
  async function enterChange(page: Page, plan: string, options: RegExp[], date: string) {
    await page.getByRole('radio', { name: new RegExp(`^${plan}`) }).check();
    for (const option of options) await page.getByRole('checkbox', { name: option }).check();
    const dateInput = page.getByLabel('適用日');
    await dateInput.click();
    await dateInput.fill(date);
    await dateInput.press('Enter');
    // A conversion's term: the maker's form starts monthly, the checker's blind one empty.
    const monthly = page.getByRole('radio', { name: '月契約', exact: true });
    if ((await monthly.count()) > 0) await monthly.check();
  }

  /** The checker opens the request of this company from the check queue. */
  async function openFromQueue(page: Page, company: string) {
    await page.getByRole('menuitem', { name: 'ダブルチェック' }).click();
    await page.waitForURL(/\/requests\/check$/);
    const row = page.getByTestId('requests-queue').getByRole('row', { name: new RegExp(company) });
    await row.waitFor();
    await row.getByRole('link', { name: 'チェックする' }).click();
    await page.waitForURL(/\/requests\/[^/]+\/check$/);
    await page.getByText('申請内容は表示されません').waitFor();
  }

  it('converts a trial with a colleague’s blind check: mismatch → near-miss → resubmit → applied', async () => {
    const page = await openLoginInJapanese();
    const suffix = Date.now().toString(36).toUpperCase();
    const company = `株式会社ダブルチェック${suffix}`;
    // Today: an approval applies it at once (a later date is scheduled, see the next test).
    const date = jstDate(0);
    const PASSWORD = /^パスワード認証/;
    const TOTP = /^認証アプリ/;
    const IC_CARD = /^ICカード認証/;

    // operator1 starts a trial (every option enabled) and drafts its conversion.
    await signIn(page);
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${kizuna!.baseUrl}/trials/new`);
    await page.getByLabel('会社名', { exact: true }).fill(company);
    await page.getByLabel('姓', { exact: true }).fill('田中');
    await page.getByLabel('メールアドレス').fill(`dc.${suffix.toLowerCase()}@example.co.jp`);
    await page.getByRole('button', { name: 'トライアルを開始', exact: true }).click();
    trialsStarted += 1;
    await page.waitForURL(/\/customers\/[^/?]+$/);
    await page.getByRole('heading', { name: company }).waitFor();
    await page.getByRole('link', { name: '本契約への移行を申請する' }).click();
    await page.waitForURL(/\/requests\/new\?kind=CONVERSION$/);

    await enterChange(page, 'スタンダード', [PASSWORD, TOTP], date);
    // The live preview: the two options kept, every other trial option removed, fee with tax.
    const preview = page.getByTestId('change-preview');
    await page
      .getByTestId('preview-kept')
      .getByText('認証アプリ（ワンタイムパスワード）')
      .waitFor();
    await expect(page.getByTestId('preview-kept').locator('.ant-tag').count()).resolves.toBe(2);
    await expect(page.getByTestId('preview-removed').textContent()).resolves.toContain(
      'ICカード認証',
    );
    await expect(page.getByTestId('preview-added').textContent()).resolves.toBe('なし');
    // スタンダード ￥1,490 + 認証アプリ ￥200 = ￥1,690 (税抜), ￥1,859 (税込); trial ￥0 before.
    await expect(preview.textContent()).resolves.toMatch(/￥1,690[\s\S]*￥169[\s\S]*￥1,859/);
    await screenshot(page, '11-conversion-request');
    await page.getByRole('button', { name: 'ダブルチェックに回す' }).click();
    await page.waitForURL((url) => /^\/requests\/[^/]+$/.test(url.pathname));
    const requestUrl = page.url();
    await page.getByText('確認待ち').first().waitFor();

    // The maker is offered no check of their own request, and the check screen refuses them.
    await expect(page.getByRole('link', { name: 'ダブルチェックする' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '確認待ち' }).isDisabled()).resolves.toBe(true);
    await screenshot(page, '12-request-submitted');
    await page.goto(`${requestUrl}/check`);
    await page.getByText('自分が作成した申請はチェックできません').waitFor();
    await expect(page.getByRole('button', { name: '照合する' }).count()).resolves.toBe(0);
    await page.goto(`${kizuna!.baseUrl}/requests/check`);
    await page.getByTestId('requests-queue').waitFor();
    await expect(page.getByTestId('requests-queue').textContent()).resolves.not.toContain(company);
    await signOut(page);

    // checker1 re-enters blind and gets an option wrong: returned, near-miss recorded.
    await signIn(page, { email: 'checker1@kizuna.example' });
    await page.waitForURL((url) => url.pathname === '/');
    await openFromQueue(page, company);
    await expect(page.getByTestId('proposal').count()).resolves.toBe(0);
    await screenshot(page, '13-blind-check');
    await enterChange(page, 'スタンダード', [PASSWORD, IC_CARD], date);
    await page.getByRole('button', { name: '照合する' }).click();
    const result = page.getByTestId('check-result');
    await result.getByText('入力が申請内容と一致しませんでした').waitFor();
    await expect(result.textContent()).resolves.toContain(
      '申請は作成者に差し戻され、ヒヤリ・ハットとして記録されました。一致しなかった項目: オプション',
    );
    await expect(result.locator('.kizuna-row-mismatch').count()).resolves.toBe(1);
    await screenshot(page, '14-check-mismatch');
    await result.getByRole('link', { name: 'ヒヤリ・ハットを見る' }).click();
    await page.waitForURL(/\/near-misses$/);
    const nearMiss = page
      .getByTestId('near-miss-table')
      .getByRole('row', { name: new RegExp(company) });
    await nearMiss.waitFor();
    await expect(nearMiss.textContent()).resolves.toContain('オプション');
    await screenshot(page, '15-near-misses');
    await signOut(page);

    // operator1 reads the finding, and resubmits (the maker's values were right).
    await signIn(page);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('home-returned').getByText(company).waitFor();
    await page.getByRole('menuitem', { name: '自分の申請' }).click();
    const mine = page.getByTestId('requests-mine').getByRole('row', { name: new RegExp(company) });
    await mine.waitFor();
    await expect(mine.textContent()).resolves.toContain('差し戻し');
    await expect(mine.textContent()).resolves.toContain('一致しなかった項目: オプション');
    await screenshot(page, '16-my-requests-returned');
    await mine.getByRole('link', { name: '修正して再提出' }).click();
    await page.waitForURL(/\/edit$/);
    await page.getByTestId('request-findings').waitFor();
    await expect(page.getByRole('radio', { name: /^スタンダード/ }).isChecked()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('checkbox', { name: TOTP }).isChecked()).resolves.toBe(true);
    await page
      .getByLabel('修正内容のメモ')
      .fill('申込書を再確認しました。オプションは申請どおりです。');
    await page.getByRole('button', { name: '修正してダブルチェックに回す' }).click();
    await page.waitForURL(requestUrl);
    await page.getByText('確認待ち').first().waitFor();
    // The history keeps the maker's note for the next checker.
    await expect(page.getByTestId('history-note').last().textContent()).resolves.toContain(
      'オプションは申請どおりです。',
    );
    await signOut(page);

    // checker2 re-enters correctly: the conversion is applied. (checker1 saw the maker's values
    // when the mismatch was shown, so a second check by them would not be blind.)
    await signIn(page, { email: 'checker2@kizuna.example' });
    await page.waitForURL((url) => url.pathname === '/');
    await openFromQueue(page, company);
    await enterChange(page, 'スタンダード', [PASSWORD, TOTP], date);
    await page.getByRole('button', { name: '照合する' }).click();
    await result.getByText('入力が申請内容と一致しました').waitFor();
    await expect(result.locator('.kizuna-row-mismatch').count()).resolves.toBe(0);
    await screenshot(page, '17-check-matched');
    await result.getByRole('link', { name: '顧客の詳細へ' }).click();
    await page.waitForURL(/\/customers\/[^/?]+$/);
    await page.getByRole('heading', { name: company }).waitFor();

    // ACTIVE, on スタンダード, with exactly the two chosen options.
    await page.locator('[data-stage="ACTIVE"]').first().waitFor();
    const subscription = page.getByTestId('subscription');
    await expect(subscription.textContent()).resolves.toContain('スタンダード');
    const options = await subscription
      .locator('[data-option]')
      .evaluateAll((tags) => tags.map((t) => t.getAttribute('data-option')).sort());
    expect(options).toEqual(['MFA_PASSWORD', 'MFA_TOTP']);
    await page.getByTestId('customer-requests').getByText('反映済み').waitFor();
    await screenshot(page, '18-customer-converted');
    await page.close();
  });

  it('schedules a conversion dated in the future: the customer stays in trial until its date', async () => {
    const page = await openLoginInJapanese();
    const suffix = Date.now().toString(36).toUpperCase();
    const company = `株式会社適用予定${suffix}`;
    const date = jstDate(5);
    const PASSWORD = /^パスワード認証/;
    const TOTP = /^認証アプリ/;

    // operator1 starts a trial and requests its conversion effective in five days.
    await signIn(page);
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${kizuna!.baseUrl}/trials/new`);
    await page.getByLabel('会社名', { exact: true }).fill(company);
    await page.getByLabel('姓', { exact: true }).fill('山本');
    await page.getByLabel('メールアドレス').fill(`sc.${suffix.toLowerCase()}@example.co.jp`);
    await page.getByRole('button', { name: 'トライアルを開始', exact: true }).click();
    trialsStarted += 1;
    await page.waitForURL(/\/customers\/[^/?]+$/);
    const customerUrl = page.url();
    await page.getByRole('link', { name: '本契約への移行を申請する' }).click();
    await page.waitForURL(/\/requests\/new\?kind=CONVERSION$/);
    await enterChange(page, 'スタンダード', [PASSWORD, TOTP], date);
    await page.getByRole('button', { name: 'ダブルチェックに回す' }).click();
    await page.waitForURL((url) => /^\/requests\/[^/]+$/.test(url.pathname));
    const requestUrl = page.url();
    await signOut(page);

    // checker1 sees its effective date in the queue and approves it blind: scheduled, not applied.
    await signIn(page, { email: 'checker1@kizuna.example' });
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('menuitem', { name: 'ダブルチェック' }).click();
    const row = page.getByTestId('requests-queue').getByRole('row', { name: new RegExp(company) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(date);
    await openFromQueue(page, company);
    await enterChange(page, 'スタンダード', [PASSWORD, TOTP], date);
    await page.getByRole('button', { name: '照合する' }).click();
    const result = page.getByTestId('check-result');
    await result.getByText(`${date} 適用予定`).waitFor();
    // The contract after the decision: still the trial until the date.
    await expect(page.getByTestId('check-subscription').textContent()).resolves.toContain(
      'トライアル',
    );
    await screenshot(page, '19-check-scheduled');

    await page.goto(requestUrl);
    await page.getByTestId('request-outcome').getByText(`${date} 適用予定`).waitFor();
    await page.getByText('適用予定', { exact: true }).first().waitFor();

    // The customer: still in trial, with the change announced for its date.
    await page.goto(customerUrl);
    await page.getByRole('heading', { name: company }).waitFor();
    await page.locator('[data-stage="TRIAL"]').first().waitFor();
    await expect(page.locator('[data-stage="TRIAL"]').first().textContent()).resolves.toBe(
      'トライアル',
    );
    const scheduled = page.locator('.ant-card', { hasText: '予定されている変更' });
    await scheduled.getByText(`${date} 適用予定`).waitFor();
    await screenshot(page, '20-customer-scheduled');
    await page.close();
  });

  it('records a near-miss by hand about a customer’s request, then shows the new case in detail and list', async () => {
    const page = await openLoginInJapanese();
    await signIn(page, { email: 'checker1@kizuna.example' });
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('menuitem', { name: 'ヒヤリ・ハット' }).click();
    await page.waitForURL(/\/near-misses$/);
    await page.getByRole('link', { name: 'ヒヤリ・ハットを記録' }).click();
    await page.waitForURL(/\/near-misses\/new$/);

    // Keyboard first: the kind has the focus and is chosen with the arrow keys.
    const kind = page.getByLabel('区分', { exact: true });
    await page.waitForFunction(() => document.activeElement?.id === 'kind');
    await kind.press('ArrowDown');
    await page.locator('.ant-select-item-option[title="インシデント"]:visible').waitFor();
    await kind.press('ArrowDown');
    await kind.press('Enter');
    await expect(page.locator('.ant-form-item', { has: kind }).textContent()).resolves.toContain(
      'インシデント',
    );
    // The occurrence time is now, in Tokyo time and the Japanese format.
    const occurredAt = await page.getByLabel('発生日時').inputValue();
    expect(occurredAt).toMatch(new RegExp(`^${jstDate(0)} \\d{2}:\\d{2}$`));

    // Nothing is sent without a description.
    const submit = page.getByRole('button', { name: '記録する', exact: true });
    await submit.click();
    await page.getByText('入力してください。').waitFor();

    const suffix = Date.now().toString(36).toUpperCase();
    const description = `手入力のテスト${suffix}: 請求書の宛先を取り違えかけた`;
    await page.getByLabel('内容').fill(description);
    // The customer, found by what its name starts with (the one converted above); the option
    // shows the 法人番号 too. Its requests are then offered, newest first.
    const request = page.getByLabel('関連する申請', { exact: true });
    await expect(request.isDisabled()).resolves.toBe(true);
    await page.getByLabel('顧客', { exact: true }).fill('株式会社ダブルチェック');
    // By its title: the kind list above may still be closing (its options are visible a moment).
    const customerOption = page
      .locator('.ant-select-item-option[title^="株式会社ダブルチェック"]:visible')
      .first();
    await customerOption.waitFor();
    const customer = (await customerOption.getAttribute('title'))!;
    await customerOption.click();
    await page.waitForFunction(
      () => !(document.getElementById('requestId') as HTMLInputElement | null)?.disabled,
    );
    await request.click();
    // Kind, status, when (Japanese format, Tokyo time) and by whom.
    const requestOption = page
      .locator('.ant-select-item-option[title^="本契約への移行・反映済み・"]:visible')
      .first();
    await requestOption.waitFor();
    expect(await requestOption.getAttribute('title')).toMatch(
      new RegExp(`・${jstDate(0)} \\d{2}:\\d{2}・佐藤 一郎 \\(operator1\\)$`),
    );
    await requestOption.click();
    await page.getByLabel('関係する項目').click();
    await page.locator('.ant-select-item-option[title="オプション"]:visible').click();
    await page.getByLabel('関係する項目').press('Escape');
    await page.getByLabel('原因', { exact: true }).click();
    await page.locator('.ant-select-item-option[title="連絡・伝達の不備"]:visible').click();
    await page.getByLabel('再発防止策').fill('宛先は法人番号で照合してから送る');
    // The form as filled in, once the last list has closed.
    await page.locator('.ant-select-item-option:visible').first().waitFor({ state: 'hidden' });
    await screenshot(page, '22-near-miss-record');
    await submit.click();

    // The new case, as recorded.
    await page.waitForURL((url) => /^\/near-misses\/(?!new$)[^/]+$/.test(url.pathname));
    await page.getByText('ヒヤリ・ハットを記録しました。').waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await page.getByRole('heading', { name: 'インシデント' }).waitFor();
    const what = page.locator('.ant-card', { hasText: '発生した事象' });
    await what.getByText(description).waitFor();
    const facts = await what.textContent();
    expect(facts).toContain(occurredAt);
    expect(facts).toContain(customer);
    expect(facts).toContain('オプション');
    expect(facts).toContain('手動登録');
    expect(facts).toContain('本契約への移行');
    expect(facts).toContain('高橋 三奈');
    await page.getByText('対策立案済み').first().waitFor();
    await screenshot(page, '23-near-miss-recorded');

    // Switching the language keeps what is being typed into the analysis.
    const draft = page.locator('textarea#countermeasure');
    await draft.fill('下書き: 二人目が宛先を読み上げる');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Incident' }).waitFor();
    await expect(draft.inputValue()).resolves.toBe('下書き: 二人目が宛先を読み上げる');
    await page.getByText('日本語', { exact: true }).click();
    await page.getByRole('heading', { name: 'インシデント' }).waitFor();

    // And in the list, newest first.
    await page.getByRole('link', { name: 'ヒヤリ・ハット一覧へ' }).click();
    await page.waitForURL(/\/near-misses$/);
    const row = page
      .getByTestId('near-miss-table')
      .getByRole('row')
      .filter({ has: page.locator(`a[href="/near-misses/${encodeURIComponent(id)}"]`) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(
      new RegExp(`${occurredAt}[\\s\\S]*インシデント[\\s\\S]*${customer}[\\s\\S]*手動登録`),
    );
    await page.close();
  });

  it('shows the weekly near-miss report as a chart and the audit log with before/after', async () => {
    const page = await openLoginInJapanese();
    await signIn(page, { email: 'checker1@kizuna.example' });
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('home-awaiting').waitFor();
    await screenshot(page, '19-home-checker');

    await page.getByRole('menuitem', { name: '週次レポート' }).click();
    // The demo data holds returned requests, so the chart has bars to draw.
    await page.getByTestId('near-miss-weekly-chart').locator('canvas').first().waitFor();
    await screenshot(page, '20-near-miss-report');

    await page.getByRole('menuitem', { name: '監査ログ' }).click();
    const table = page.getByTestId('audit-table');
    await table.locator('tr.ant-table-row').first().waitFor();
    // Actions are picked by their words (the code stays in the URL).
    const total = page.getByTestId('audit-total');
    const unfiltered = await total.textContent();
    await page.getByTestId('audit-action-filter').click();
    await page.keyboard.type('承認し適用');
    await page.locator('.ant-select-item-option[title="ダブルチェックで承認し適用"]').click();
    await page.waitForURL(/action=provisioningRequest\.applied/);
    // The filtered page has replaced the whole log (its total says so).
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="audit-total"]')?.textContent !== before,
      unfiltered,
    );
    await table.getByText('ダブルチェックで承認し適用').first().waitFor();
    // The newest applications may be service credits (no options): open events until a
    // conversion's, whose options changed.
    const expandIcons = table.locator('.ant-table-row-expand-icon');
    let change = table.locator('.ant-table-expanded-row').first();
    for (let i = 0; i < 15; i++) {
      await expandIcons.nth(i).click();
      change = table.locator('.ant-table-expanded-row').nth(i);
      await change.getByText('変更前').waitFor();
      if ((await change.locator('[data-mark="removed"]').count()) > 0) break;
    }
    await expect(change.textContent()).resolves.toContain('planCode');
    // The conversion took trial options away: shown struck through, the kept ones plain.
    await change.locator('[data-mark="removed"]').first().waitFor();
    await change.locator('[data-mark="kept"]').first().waitFor();
    // The request the event names by database id links to its page.
    await change.locator('a[href^="/requests/"]').first().waitFor();
    await screenshot(page, '21-audit-log');
    await page.close();
  });

  it('erases a churned customer’s personal data with a blind check, and shows its deletion certificate', async () => {
    const page = await openLoginInJapanese();
    await signIn(page);
    await page.waitForURL((url) => url.pathname === '/');

    // Home: the demo's churned customers whose erasure is overdue, with churn and due dates.
    const workList = page.getByTestId('home-erasure-due');
    await workList.getByText('消去期限切れ・今週期限の個人情報').waitFor();
    const firstDue = workList.locator('.ant-list-item').first();
    await firstDue.waitFor();
    await expect(firstDue.textContent()).resolves.toMatch(
      /期限切れ[\s\S]*解約 \d{4}\/\d{2}\/\d{2}[\s\S]*消去期限 \d{4}\/\d{2}\/\d{2}/,
    );
    await screenshot(page, '24-home-erasure');

    // The customer list filters on it, in the URL: a churned customer with a corporate number.
    await page.getByRole('menuitem', { name: /^(team )?顧客$/ }).click();
    await page.getByTestId('customer-total').waitFor();
    await page.getByLabel('個人情報の消去期限').click();
    await page.locator('.ant-select-item-option[title="期限切れ"]:visible').click();
    await page.waitForURL(/erasure=OVERDUE/);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.locator('[data-stage="CHURNED"]').first().waitFor();
    await expect(rows.locator('[data-stage]:not([data-stage="CHURNED"])').count()).resolves.toBe(0);
    const candidates = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('a')?.textContent ?? '',
        number: tr.querySelectorAll('td')[1]?.textContent ?? '',
      })),
    );
    const target = candidates.find((c) => /^\d{13}$/.test(c.number))!;
    expect(target).toBeDefined();
    const company = target.name;
    const escaped = company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

    // Its page: the due date, highlighted as overdue by the server's today; contacts still there.
    await page.getByRole('link', { name: company, exact: true }).first().click();
    await page.waitForURL(/\/customers\/[^/?]+$/);
    const customerUrl = page.url();
    await page.getByRole('heading', { name: company }).waitFor();
    await page.getByText('個人情報の消去期限', { exact: true }).waitFor();
    const due = page.locator('[data-testid="erasure-due"][data-status="OVERDUE"]');
    await due.waitFor();
    await expect(due.textContent()).resolves.toMatch(/^\d{4}\/\d{2}\/\d{2}期限切れ$/);
    await expect(page.getByTestId('contacts').textContent()).resolves.toContain('@');

    // operator1 asks for the erasure today: what goes and what stays is explained first.
    await page.getByRole('button', { name: /個人情報の消去を申請/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('erasure-scope').getByText('帳簿書類の保存義務（法人税法）').waitFor();
    await expect(dialog.getByLabel('適用日').inputValue()).resolves.toBe(jstDate(0));
    await screenshot(page, '25-erasure-request');
    await dialog.getByRole('button', { name: 'ダブルチェックに回す' }).click();
    await page.waitForURL((url) => /^\/requests\/[^/]+$/.test(url.pathname));
    await page.getByText('個人情報の消去').first().waitFor();
    await page.goto(customerUrl);
    await page
      .getByTestId('customer-requests')
      .getByRole('row', { name: /個人情報の消去/ })
      .waitFor();
    await signOut(page);

    // checker1 re-enters the corporate number blind: not one at all is refused before sending.
    await signIn(page, { email: 'checker1@kizuna.example' });
    await page.waitForURL((url) => url.pathname === '/');
    await openFromQueue(page, escaped);
    const corporateNumber = page.getByLabel('法人番号');
    await expect(corporateNumber.inputValue()).resolves.toBe('');
    await corporateNumber.fill('123');
    await page.getByRole('button', { name: '照合する' }).click();
    const refusal = page.getByText(
      '法人番号は13桁の数字で、チェックディジットが正しい必要があります。',
    );
    await refusal.waitFor();
    await expect(page.getByTestId('check-result').count()).resolves.toBe(0);
    // Correcting the number takes the refusal away.
    await corporateNumber.fill(target.number);
    await refusal.waitFor({ state: 'detached' });
    await screenshot(page, '26-erasure-check');
    await page.getByRole('button', { name: '照合する' }).click();
    const result = page.getByTestId('check-result');
    await result.getByText('入力が申請内容と一致しました').waitFor();
    // Entered and requested side by side, the customer's number fetched for the latter.
    const numberRow = result.getByRole('row', { name: /法人番号/ });
    await expect(numberRow.textContent()).resolves.toBe(
      `法人番号${target.number}${target.number}一致`,
    );

    // The customer: ERASED, no contacts left, when it happened and the certificate.
    await result.getByRole('link', { name: '顧客の詳細へ' }).click();
    await page.waitForURL(customerUrl);
    await page.locator('[data-stage="ERASED"]').first().waitFor();
    await page.getByTestId('erased-notice').waitFor();
    const contacts = page.getByTestId('contacts');
    await contacts.getByText(/個人情報は \d{4}\/\d{2}\/\d{2} に消去されました。/).waitFor();
    await expect(contacts.textContent()).resolves.not.toContain('@');
    await expect(page.getByRole('button', { name: /個人情報の消去を申請/ }).count()).resolves.toBe(
      0,
    );
    await screenshot(page, '27-customer-erased');

    // The certificate: its number, the company, the digest, printable without the console.
    await page.getByTestId('certificate-link').first().click();
    await page.waitForURL(/\/certificates\/KZ-DC-\d{4}-\d{6}$/);
    const sheet = page.getByTestId('certificate');
    await sheet.getByRole('heading', { name: '個人情報消去証明書' }).waitFor();
    const number = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await expect(sheet.textContent()).resolves.toContain(number);
    await expect(sheet.textContent()).resolves.toContain(company);
    await expect(sheet.textContent()).resolves.toContain(target.number);
    await expect(sheet.textContent()).resolves.toMatch(
      /申請日時\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} JST[\s\S]*申請者佐藤 一郎[\s\S]*確認者（ダブルチェック）高橋 三奈/,
    );
    await sheet.getByTestId('certificate-erased').getByText('担当者情報').waitFor();
    const digest = (await page.getByTestId('certificate-digest').textContent())!.trim();
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    await expect(page.getByRole('link', { name: /PDF/ }).getAttribute('href')).resolves.toBe(
      `/certificates/${number}.pdf`,
    );
    await screenshot(page, '28-certificate');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ant-layout-sider').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: /印刷/ }).isVisible()).resolves.toBe(false);
    await expect(sheet.isVisible()).resolves.toBe(true);
    await screenshot(page, '29-certificate-print');
    await page.emulateMedia({ media: 'screen' });

    // Whoever holds a copy can check its digest.
    const verify = page.getByTestId('certificate-verify');
    const digestInput = verify.getByLabel('照合するダイジェスト');
    await digestInput.fill(digest.toUpperCase());
    await verify.getByRole('button', { name: '照合' }).click();
    await verify.getByText('一致', { exact: true }).waitFor();
    await digestInput.fill(`${digest.slice(0, -1)}${digest.endsWith('0') ? '1' : '0'}`);
    await verify.getByRole('button', { name: '照合' }).click();
    await verify.getByText('不一致', { exact: true }).waitFor();

    // In English, the certificate's own labels come from the API in English too.
    await page.getByText('English', { exact: true }).click();
    await sheet.getByRole('heading', { name: 'Certificate of Personal Data Erasure' }).waitFor();
    await sheet.getByTestId('certificate-erased').getByText('Contact persons').waitFor();
    await page.getByText('日本語', { exact: true }).click();
    await sheet.getByRole('heading', { name: '個人情報消去証明書' }).waitFor();
    await page.close();
  });

  afterAll(() => {
    publishScreenshots({
      '01-login': 'login.png',
      '03-customers': 'customers.png',
      '05-customer-detail': 'customer-detail.png',
      '06-start-trial': 'start-trial.png',
      '08-home': 'home.png',
      '11-conversion-request': 'conversion-request.png',
      '13-blind-check': 'blind-check.png',
      '14-check-mismatch': 'check-mismatch.png',
      '15-near-misses': 'near-misses.png',
      '16-my-requests-returned': 'my-requests.png',
      '17-check-matched': 'check-matched.png',
      '18-customer-converted': 'customer-converted.png',
      '19-home-checker': 'home-checker.png',
      '20-near-miss-report': 'near-miss-report.png',
      '21-audit-log': 'audit-log.png',
      '22-near-miss-record': 'near-miss-record.png',
      '24-home-erasure': 'home-erasure.png',
      '28-certificate': 'deletion-certificate.png',
    });
  });
});
