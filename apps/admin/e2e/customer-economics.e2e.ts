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

const PASSWORD = 'kizuna-demo';
const OPERATOR = 'operator1@kizuna.example';

/** Written here independently of the console's formatters: ￥1,234 and 2027/04/10. */
const yen = (n: number) => `￥${n.toLocaleString('en-US')}`;
const slashed = (isoDate: string) => isoDate.replaceAll('-', '/');
/** Today in Tokyo, YYYY-MM-DD. */
const jstToday = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL JSON read by each test

describeInBrowser('customer economics in a real browser', () => {
  let kizuna: Kizuna | undefined;
  let browser: Browser | undefined;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    kizuna = await startKizuna();
    browser = await launchBrowser(chromiumPath!);
  });

  afterAll(async () => {
    publishScreenshots({
      'customer-economics-1440': 'customer-economics.png',
      'customer-economics-390': 'customer-economics-mobile.png',
      'customer-economics-credit-check': 'service-credit-check.png',
      'customer-economics-renewals': 'customers-renewing.png',
    });
    await browser?.close();
    await kizuna?.stop();
  });

  async function gql(email: string, query: string, variables: Data = {}): Promise<Data> {
    let token = tokens.get(email);
    if (!token) {
      const login = await post(
        '',
        'mutation ($input: LoginInput!) { login(input: $input) { token } }',
        {
          input: { email, password: PASSWORD },
        },
      );
      token = login.login.token as string;
      tokens.set(email, token);
    }
    return post(token, query, variables);
  }

  async function post(token: string, query: string, variables: Data): Promise<Data> {
    const res = await fetch(`${kizuna!.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: Data; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  /** The browser shares one session: whoever signed in last. */
  let signedInAs: string | null = null;

  /** Open `path` signed in as `email` (signing the previous user out first). */
  async function openAs(email: string, path: string): Promise<Page> {
    const page = await browser!.newPage();
    await page.goto(`${kizuna!.baseUrl}${path}`);
    // The first load of a fresh server on a busy machine can take a while.
    await page
      .getByTestId('viewer')
      .or(page.getByLabel('メールアドレス'))
      .first()
      .waitFor({ timeout: 90_000 });
    if (new URL(page.url()).pathname !== '/login' && signedInAs !== email) {
      await page.getByRole('button', { name: 'ログアウト' }).click();
      await page.waitForURL(/\/login/);
      // The URL changes first: wait for the form itself, not the page signed out of.
      await page.getByRole('button', { name: 'ログイン' }).waitFor();
    }
    if (new URL(page.url()).pathname === '/login') {
      await page.getByRole('textbox', { name: 'メールアドレス' }).fill(email);
      await page.getByLabel('パスワード').fill(PASSWORD);
      await page.getByRole('button', { name: 'ログイン' }).click();
      await page.getByTestId('viewer').waitFor();
      signedInAs = email;
      await page.goto(`${kizuna!.baseUrl}${path}`);
    }
    await page.getByTestId('viewer').waitFor();
    return page;
  }

  it('shows the contract term and renewal, fee history, usage sparkline and credits', async () => {
    // A demo customer with everything to show: an annual contract, usage and a credit.
    const found = await gql(
      OPERATOR,
      `{ customers(first: 100, filter: { stage: ACTIVE, renewingWithinDays: 400 }) { edges { node {
        id name serviceCredits { month credit { includingTax } }
        usage(days: 90) { date activeUsers }
        subscription { contractTerm renewsAt renewalAmount { includingTax }
          feeHistory { effectiveFrom } } } } } }`,
    );
    const nodes = found.customers.edges.map((e: Data) => e.node) as Data[];
    const customer =
      nodes.find(
        (c) =>
          c.subscription.contractTerm === 'ANNUAL' &&
          c.serviceCredits.length > 0 &&
          c.usage.length > 0,
      ) ?? nodes.find((c) => c.serviceCredits.length > 0 && c.usage.length > 0);
    expect(customer).toBeDefined();

    const page = await openAs(OPERATOR, `/customers/${encodeURIComponent(customer!.id)}`);
    await page.getByRole('heading', { name: customer!.name }).waitFor();
    const subscription = page.getByTestId('subscription');
    await expect(subscription.getByTestId('contract-term').textContent()).resolves.toBe(
      customer!.subscription.contractTerm === 'ANNUAL' ? '年契約' : '月契約',
    );
    const renewal = await subscription.getByTestId('renewal').textContent();
    expect(renewal).toContain(slashed(customer!.subscription.renewsAt));
    expect(renewal).toContain(yen(customer!.subscription.renewalAmount.includingTax));

    // Fee history: one row per change, newest first.
    const feeRows = page.locator('[data-testid="fee-history"] .ant-table-row');
    await expect(feeRows.count()).resolves.toBe(customer!.subscription.feeHistory.length);
    await expect(feeRows.first().textContent()).resolves.toContain(
      slashed(customer!.subscription.feeHistory[0].effectiveFrom),
    );

    // Usage: the latest day's DAU and the sparkline.
    const usage = page.getByTestId('usage');
    const latest = customer!.usage.at(-1);
    await expect(usage.getByTestId('usage-latest-dau').textContent()).resolves.toContain(
      latest.activeUsers.toLocaleString('ja-JP'),
    );
    await usage.locator('[data-testid="usage-sparkline"] svg path').first().waitFor();

    // Credits: each with its month and amount including tax.
    const creditRows = page.locator('[data-testid="service-credits"] .ant-table-row');
    await expect(creditRows.count()).resolves.toBe(customer!.serviceCredits.length);
    await expect(creditRows.first().textContent()).resolves.toContain(
      yen(customer!.serviceCredits[0].credit.includingTax),
    );

    await screenshot(page, 'customer-economics-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('usage-sparkline').scrollIntoViewIfNeeded();
    // Nothing widens the page on a phone (once laid out again): wide tables scroll in their cards.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 390, null, {
      timeout: 15_000,
    });
    await screenshot(page, 'customer-economics-390');
    await page.close();
  });

  it('lists customers renewing within 30 days, soonest first, with date and amount', async () => {
    const page = await openAs(OPERATOR, '/customers');
    await page.getByRole('combobox', { name: '更新予定' }).click();
    await page.getByTitle('30日以内に更新').click();
    await page.waitForURL(/renewing=30/);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('renewal');
    const dates = page.getByTestId('renews-at');
    await dates.first().waitFor();
    const shown = (await dates.allTextContents()).map((d) => d.replaceAll('/', '-'));
    expect(shown).toEqual([...shown].sort());
    const today = jstToday();
    const limit = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    for (const date of shown) {
      expect(date > today).toBe(true);
      expect(date <= limit).toBe(true);
    }
    const api = await gql(
      OPERATOR,
      `{ customers(first: 1, filter: { renewingWithinDays: 30 }) { totalCount } }`,
    );
    await expect(page.getByTestId('customer-total').textContent()).resolves.toBe(
      `全${api.customers.totalCount.toLocaleString('ja-JP')}件`,
    );
    await screenshot(page, 'customer-economics-renewals');
    await page.close();
  });

  it('lets a checker work a service credit out blind; a wrong amount is returned like any mismatch', async () => {
    const waiting = await gql(
      'checker1@kizuna.example',
      `{ provisioningRequests(first: 1, filter: { kind: SERVICE_CREDIT, awaitingMyCheck: true }) {
        edges { node { id version customer { id name } proposal { planCode } } } } }`,
    );
    const request = waiting.provisioningRequests.edges[0]?.node as Data | undefined;
    expect(request).toBeDefined();
    // Blind: the checker's API answer has no proposal either.
    expect(request!.proposal).toBeNull();
    // The maker (the admin who recorded the month) knows the amount.
    const made = await gql(
      'admin@kizuna.example',
      `query ($id: ID!) { node(id: $id) { ... on ProvisioningRequest {
        serviceCreditSubject { month }
        proposal { serviceCredit { credit { excludingTax includingTax } } } } } }`,
      { id: request!.id },
    );
    const credit = made.node.proposal.serviceCredit.credit;

    const page = await openAs(
      'checker1@kizuna.example',
      `/requests/${encodeURIComponent(request!.id)}/check`,
    );
    const aid = page.getByTestId('credit-check-aid');
    await aid.waitFor();
    await expect(aid.getByTestId('credit-subject').textContent()).resolves.toContain(
      slashed(made.node.serviceCreditSubject.month),
    );
    await expect(
      aid.locator('[data-testid="credit-tiers"] .ant-table-row').count(),
    ).resolves.toBeGreaterThan(0);
    await expect(
      aid.locator('[data-testid="credit-fees"] .ant-table-row').count(),
    ).resolves.toBeGreaterThan(0);
    // Nothing on the page gives the amount away.
    await expect(page.getByTestId('proposal').count()).resolves.toBe(0);
    await expect(page.locator('body').textContent()).resolves.not.toContain(
      `${yen(credit.excludingTax)}（税抜）`,
    );
    await screenshot(page, 'customer-economics-credit-check');

    // The amount including tax typed where the amount excluding tax is asked: returned.
    await page.getByLabel('クレジット額（税抜・円）').fill(String(credit.includingTax));
    await page.getByRole('button', { name: '照合する' }).click();
    const result = page.getByTestId('check-result');
    await result.getByText('入力が申請内容と一致しませんでした').waitFor();
    await expect(result.textContent()).resolves.toContain(
      '申請は作成者に差し戻され、ヒヤリ・ハットとして記録されました。一致しなかった項目: クレジット額（税抜）',
    );
    await expect(result.locator('.kizuna-row-mismatch').count()).resolves.toBe(1);
    // Now decided, the computation is shown.
    await expect(result.getByTestId('service-credit').textContent()).resolves.toContain(
      yen(credit.excludingTax),
    );
    await screenshot(page, 'customer-economics-credit-mismatch');

    // The maker resubmits it unchanged; checker2 enters the right amount: applied and listed.
    const resubmitted = await gql(
      'admin@kizuna.example',
      `mutation ($input: ResubmitProvisioningRequestInput!) { resubmitProvisioningRequest(input: $input) {
        request { version } userErrors { code } } }`,
      { input: { requestId: request!.id, version: request!.version } },
    );
    expect(resubmitted.resubmitProvisioningRequest.userErrors).toEqual([]);
    const second = await openAs(
      'checker2@kizuna.example',
      `/requests/${encodeURIComponent(request!.id)}/check`,
    );
    await second.getByTestId('credit-check-aid').waitFor();
    await second.getByLabel('クレジット額（税抜・円）').fill(String(credit.excludingTax));
    await second.getByRole('button', { name: '照合する' }).click();
    await second.getByTestId('check-result').getByText('入力が申請内容と一致しました').waitFor();
    await second.getByTestId('check-result').getByRole('link', { name: '顧客の詳細へ' }).click();
    await second.getByRole('heading', { name: request!.customer.name }).waitFor();
    await expect(second.getByTestId('service-credits').textContent()).resolves.toContain(
      slashed(made.node.serviceCreditSubject.month),
    );
    // Its request shows how the credit was worked out, now that the check is decided.
    await second
      .getByTestId('service-credits')
      .getByRole('row', { name: new RegExp(slashed(made.node.serviceCreditSubject.month)) })
      .getByRole('link', { name: '申請を見る' })
      .click();
    await second.waitForURL((url) => /^\/requests\/[^/]+$/.test(url.pathname));
    await expect(second.getByTestId('service-credit').textContent()).resolves.toContain(
      `${yen(credit.excludingTax)}（税抜）`,
    );
    await screenshot(second, 'customer-economics-credit-request');
    await page.close();
    await second.close();
  });

  it('converts a trial to an annual contract: term in the preview, re-entered blind, renewing a year later', async () => {
    const started = await gql(
      OPERATOR,
      `mutation ($input: StartTrialInput!) { startTrial(input: $input) { customer { id name } userErrors { code } } }`,
      {
        input: {
          name: `株式会社年契約${Date.now().toString(36).toUpperCase()}`,
          contact: { familyName: '岡田', email: `annual.${Date.now()}@example.co.jp` },
        },
      },
    );
    const customer = started.startTrial.customer as Data;
    const today = jstToday();
    const page = await openAs(OPERATOR, `/customers/${encodeURIComponent(customer.id)}`);
    await page.getByRole('link', { name: '本契約への移行を申請する' }).click();
    await page.waitForURL(/\/requests\/new\?kind=CONVERSION$/);
    await page.getByRole('radio', { name: /^スタンダード/ }).check();
    for (const option of [/^パスワード認証/, /^認証アプリ/])
      await page.getByRole('checkbox', { name: option }).check();
    await page.getByRole('radio', { name: '年契約', exact: true }).check();
    const dateInput = page.getByLabel('適用日');
    await dateInput.click();
    await dateInput.fill(slashed(today));
    await dateInput.press('Enter');
    // ￥1,690 a month × 12 = ￥20,280, taxed once: ￥22,308.
    await expect(page.getByTestId('preview-term').textContent()).resolves.toBe(
      '年契約更新時の金額: ￥20,280（税抜）/ ￥22,308（税込）',
    );
    await screenshot(page, 'customer-economics-annual-conversion');
    await page.getByRole('button', { name: 'ダブルチェックに回す' }).click();
    await page.waitForURL((url) => /^\/requests\/[^/]+$/.test(url.pathname));
    const requestUrl = page.url();
    await page.close();

    const check = await openAs('checker1@kizuna.example', `${new URL(requestUrl).pathname}/check`);
    await check.getByText('申請内容は表示されません').waitFor();
    await check.getByRole('radio', { name: /^スタンダード/ }).check();
    for (const option of [/^パスワード認証/, /^認証アプリ/])
      await check.getByRole('checkbox', { name: option }).check();
    const checkDate = check.getByLabel('適用日');
    await checkDate.click();
    await checkDate.fill(slashed(today));
    await checkDate.press('Enter');
    // Nothing chosen in advance: the checker picks the term from the customer's order.
    await expect(
      check.getByRole('radio', { name: '年契約', exact: true }).isChecked(),
    ).resolves.toBe(false);
    await expect(
      check.getByRole('radio', { name: '月契約', exact: true }).isChecked(),
    ).resolves.toBe(false);
    await check.getByRole('radio', { name: '年契約', exact: true }).check();
    await check.getByRole('button', { name: '照合する' }).click();
    const result = check.getByTestId('check-result');
    await result.getByText('入力が申請内容と一致しました').waitFor();
    await expect(result.getByRole('row', { name: /^契約期間/ }).textContent()).resolves.toContain(
      '年契約年契約',
    );
    await result.getByRole('link', { name: '顧客の詳細へ' }).click();
    await check.getByRole('heading', { name: customer.name }).waitFor();
    await expect(check.getByTestId('contract-term').textContent()).resolves.toBe('年契約');
    const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    await expect(check.getByTestId('renewal').textContent()).resolves.toContain(
      slashed(nextYear.endsWith('-02-29') ? nextYear.replace('-02-29', '-02-28') : nextYear),
    );
    await check.close();
  });
});
