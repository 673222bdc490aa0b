import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
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

/** Analysts read usage and SLA; only admins record availability (sla:write). */
const ANALYST = { email: 'analyst@kizuna.example', password: 'kizuna-demo' };
const ADMIN = { email: 'admin@kizuna.example', password: 'kizuna-demo' };
type Staff = typeof ANALYST;

interface UsageGroup {
  key: string;
  label: string;
  customers: number;
  dau: number;
  mau: number;
  stickiness: number | null;
  storageGb: number;
}

interface SlaPlan {
  planCode: string;
  targetPercent: number;
  measuredPercent: number | null;
  breached: boolean;
  creditPercent: number | null;
  customersAffected: number;
  creditTotalYen: number;
  creditRequestsOpen: number;
}

/**
 * Written here independently of the console's formatters (ja-JP): users with at most one
 * decimal, DAU/MAU with one decimal, storage with one, yen with separators.
 */
const users = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const share = (r: number | null) =>
  r === null ? '—' : `${(Math.round(Math.round(r * 10_000) / 10) / 10).toFixed(1)}%`;
const gb = (n: number) =>
  `${n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} GB`;
const yen = (n: number) => `￥${n.toLocaleString('en-US')}`;
const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

/** The Tokyo month `back` months before this one (YYYY-MM). */
function tokyoMonth(back: number): string {
  const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

describeInBrowser('usage and SLA in a real browser', () => {
  let kizuna: Kizuna | undefined;
  let browser: Browser | undefined;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    kizuna = await startKizuna();
    browser = await launchBrowser(chromiumPath!);
    for (const staff of [ANALYST, ADMIN]) {
      const login = await gql<{ login: { token: string } }>(
        staff,
        'mutation ($input: LoginInput!) { login(input: $input) { token } }',
        { input: staff },
      );
      tokens.set(staff.email, login.login.token);
    }
  });

  afterAll(async () => {
    publishScreenshots({ 'usage-01-overview': 'usage.png', 'sla-02-recorded': 'sla.png' });
    await browser?.close();
    await kizuna?.stop();
  });

  async function gql<T>(
    staff: Staff,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const token = tokens.get(staff.email);
    const res = await fetch(`${kizuna!.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  /** What the API says for the same filter as the page. */
  async function usage(groupBy: string, filter: Record<string, unknown> = {}) {
    const data = await gql<{ usageReport: { from: string; to: string; groups: UsageGroup[] } }>(
      ANALYST,
      `query ($groupBy: UsageGroupBy!, $filter: UsageReportFilter) {
        usageReport(groupBy: $groupBy, filter: $filter) {
          from to groups { key label customers dau mau stickiness storageGb } } }`,
      { groupBy, filter },
    );
    return data.usageReport;
  }

  async function sla(month: string) {
    const data = await gql<{ slaReport: { plans: SlaPlan[] } }>(
      ANALYST,
      `query ($month: String!) { slaReport(month: $month) { plans {
        planCode targetPercent measuredPercent breached creditPercent customersAffected
        creditTotalYen creditRequestsOpen } } }`,
      { month },
    );
    return data.slaReport.plans;
  }

  /** A page at `path` signed in as `staff` (the browser keeps one session: switch if needed). */
  async function open(path: string, staff: Staff): Promise<Page> {
    const page = await browser!.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${kizuna!.baseUrl}${path}`);
    const viewer = page.getByTestId('viewer');
    const email = page.getByLabel('メールアドレス');
    await viewer.or(email).first().waitFor();
    // Demo display names end with the account, e.g. 渡辺 六花 (admin).
    const account = `(${staff.email.split('@')[0]})`;
    if ((await viewer.count()) > 0 && (await viewer.textContent())!.includes(account)) return page;
    if ((await viewer.count()) > 0) await page.getByRole('button', { name: 'ログアウト' }).click();
    await email.fill(staff.email);
    await page.getByLabel('パスワード').fill(staff.password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await viewer.getByText(account).waitFor();
    if (new URL(page.url()).pathname + new URL(page.url()).search !== path) {
      await page.goto(`${kizuna!.baseUrl}${path}`);
      await viewer.waitFor();
    }
    return page;
  }

  /** Type a month (YYYY-MM) into the form's month picker, as 2026年05月, and confirm it. */
  async function pickMonth(form: Locator, month: string) {
    const input = form.getByLabel('対象月');
    const typed = `${month.replace('-', '年')}月`;
    await input.click();
    await input.fill(typed);
    await input.press('Enter');
    await expect(input.inputValue()).resolves.toBe(typed);
  }

  /** Wait until the usage figures on screen are those of the URL's plans. */
  async function usageSettled(page: Page, plans = '') {
    await page
      .locator(`[data-testid="usage-dashboard"][aria-busy="false"][data-plans="${plans}"]`)
      .waitFor();
  }
  const kpi = async (page: Page, id: string) =>
    (await page
      .getByTestId(`usage-kpi-${id}`)
      .locator('.ant-statistic-content')
      .textContent())!.trim();
  const cells = async (page: Page, table: string, key: string) =>
    (
      await page.locator(`[data-testid="${table}"] tr[data-row-key="${key}"] td`).allTextContents()
    ).map((c) => c.trim());

  /**
   * Nothing of the page sticks out to the right of a 390 px screen (wide tables scroll in their
   * box). The page's content, and the whole document unless the viewer holds several roles: the
   * shared header lists every role (an admin's four tags do not fit 390 px; not this page's).
   */
  async function fitsNarrowScreen(page: Page, { wholeDocument = true } = {}) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(600);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('.ant-layout-content *')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter((e) => !e.closest('.ant-table-content, .ant-table-body'))
        .map((e) => `${e.tagName}.${e.className}`.slice(0, 80)),
    );
    expect(wide).toEqual([]);
    if (!wholeDocument) return;
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  }

  it('shows the API’s usage figures per plan and the customers ranked, and keeps plans in the URL', async () => {
    const page = await open('/', ANALYST);
    await page.getByRole('menuitem', { name: '利用状況' }).click();
    await page.waitForURL(/\/usage$/);
    await usageSettled(page);

    // The twelve months up to today by default, the demo's plans and customers.
    const plans = await usage('PLAN');
    const customers = await usage('CUSTOMER');
    expect(plans.groups.length).toBeGreaterThanOrEqual(3);
    expect(customers.groups.length).toBeGreaterThan(1000);
    await expect(page.getByTestId('usage-period').textContent()).resolves.toBe(
      `対象期間 ${plans.from.replaceAll('-', '/')} 〜 ${plans.to.replaceAll('-', '/')}`,
    );
    for (const p of plans.groups) {
      expect(await cells(page, 'usage-by-plan', p.key)).toEqual([
        p.label,
        p.customers.toLocaleString('en-US'),
        users(p.dau),
        users(p.mau),
        share(p.stickiness),
        gb(p.storageGb),
      ]);
    }
    const sum = (pick: (g: UsageGroup) => number) => plans.groups.reduce((s, g) => s + pick(g), 0);
    expect(digits(await kpi(page, 'customers'))).toBe(sum((g) => g.customers));
    expect(sum((g) => g.customers)).toBe(customers.groups.length);
    expect(await kpi(page, 'dau')).toBe(users(Math.round(sum((g) => g.dau) * 100) / 100));
    expect(await kpi(page, 'stickiness')).toBe(share(sum((g) => g.dau) / sum((g) => g.mau)));
    await page.getByTestId('usage-mau-note').getByText('MAU は近似値です').waitFor();

    // The ranking: by DAU/MAU among customers with at least five monthly users and usage from
    // before the period's last four weeks, each a link.
    const cutoff = new Date(Date.parse(`${plans.to}T00:00:00Z`) - 28 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const established = new Set(
      (await usage('CUSTOMER', { from: plans.from, to: cutoff })).groups.map((g) => g.key),
    );
    expect(established.size).toBeLessThan(customers.groups.length); // the recent trials
    const ranked = customers.groups
      .filter((c) => c.stickiness !== null && c.mau >= 5 && established.has(c.key))
      .sort((a, b) => b.stickiness! - a.stickiness! || b.dau - a.dau);
    const first = ranked[0]!;
    const last = ranked[ranked.length - 1]!;
    expect(await cells(page, 'usage-top', first.key)).toEqual([
      '1',
      first.label,
      users(first.dau),
      users(first.mau),
      share(first.stickiness),
      gb(first.storageGb),
    ]);
    expect((await cells(page, 'usage-bottom', last.key))[1]).toBe(last.label);
    expect(last.stickiness!).toBeLessThan(0.3); // the demo's month-end users
    await page.locator('[data-testid="usage-trend-chart"] canvas').first().waitFor();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(600); // let the chart finish its entrance animation
    await screenshot(page, 'usage-01-overview');

    // A customer of the ranking opens its page.
    await page
      .locator(`[data-testid="usage-top"] tr[data-row-key="${first.key}"]`)
      .getByRole('link', { name: first.label })
      .click();
    await page.waitForURL(new RegExp(`/customers/${encodeURIComponent(first.key)}$`));
    await page.getByRole('heading', { name: first.label }).waitFor();
    await page.goBack();
    await usageSettled(page);

    // One plan picked: in the URL, and the figures are the API's for that filter.
    await page.getByTestId('usage-filter-plans').click();
    await page.getByTitle('プレミアム').click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/plans=PREMIUM/);
    await usageSettled(page, 'PREMIUM');
    const premium = await usage('PLAN', { planCodes: ['PREMIUM'] });
    expect(premium.groups.map((g) => g.key)).toEqual(['PREMIUM']);
    const only = premium.groups[0]!;
    expect(await page.locator('[data-testid="usage-by-plan"] .ant-table-row').count()).toBe(1);
    expect(digits(await kpi(page, 'customers'))).toBe(only.customers);
    expect(await kpi(page, 'mau')).toBe(users(only.mau));
    // Ranked by storage, also in the URL.
    await page.getByTestId('usage-rank-by').getByText('ストレージ').click();
    await page.waitForURL(/rankBy=STORAGE/);
    const premiumCustomers = await usage('CUSTOMER', { planCodes: ['PREMIUM'] });
    const biggest = [...premiumCustomers.groups].sort((a, b) => b.storageGb - a.storageGb)[0]!;
    expect(
      await page
        .locator('[data-testid="usage-top"] .ant-table-row')
        .first()
        .getAttribute('data-row-key'),
    ).toBe(biggest.key);

    // The view is in the URL: opening it again shows the same figures.
    const shared = await open(new URL(page.url()).pathname + new URL(page.url()).search, ANALYST);
    await usageSettled(shared, 'PREMIUM');
    await expect(kpi(shared, 'mau')).resolves.toBe(users(only.mau));
    await shared.close();

    await fitsNarrowScreen(page);
    await screenshot(page, 'usage-02-premium-390');
    await page.close();
  });

  it('exports usage as CSV for Excel (BOM, CRLF, Japanese headings, Tokyo days)', async () => {
    const page = await open('/usage', ANALYST);
    await usageSettled(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('usage-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^usage-\d{8}-\d{8}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines[0]).toBe(
      '集計区分,キー,名称,期間開始,期間終了,顧客数,DAU（日次平均）,MAU（近似）,DAU/MAU（%）,ストレージ（GB）',
    );
    const records = lines.slice(1).map((l) => l.split(','));
    const plans = await usage('PLAN');
    const customers = await usage('CUSTOMER');
    const byPlan = records.filter((r) => r[0] === 'プラン別');
    expect(byPlan.map((r) => r[1])).toEqual(['BASIC', 'STANDARD', 'PREMIUM']);
    const basic = plans.groups.find((g) => g.key === 'BASIC')!;
    expect(byPlan[0]).toEqual([
      'プラン別',
      'BASIC',
      basic.label,
      plans.from.replaceAll('-', '/'),
      plans.to.replaceAll('-', '/'),
      String(basic.customers),
      String(basic.dau),
      String(basic.mau),
      String(Math.round(basic.stickiness! * 10_000) / 100),
      String(basic.storageGb),
    ]);
    // Every customer, and each plan month by month with its Tokyo days.
    expect(records.filter((r) => r[0] === '顧客別')).toHaveLength(customers.groups.length);
    const months = records.filter((r) => r[0] === '月別（ベーシック）');
    expect(months.length).toBeGreaterThanOrEqual(12);
    expect(months.every((r) => /^\d{4}-\d{2}$/.test(r[1]!))).toBe(true);
    expect(months[0]![3]).toBe(plans.from.replaceAll('-', '/'));
    expect(months[months.length - 1]![4]).toBe(plans.to.replaceAll('-', '/'));
    await page.close();
  });

  it('says so when the period has no usage', async () => {
    const page = await open('/usage?from=2001-01-01&to=2001-12-31', ANALYST);
    await usageSettled(page);
    await page.getByTestId('usage-empty').getByText('この期間の利用データはありません').waitFor();
    expect(await page.getByTestId('usage-export').count()).toBe(0);
    await page.close();
  });

  it('shows a breached month as the API reports it; the analyst may not record', async () => {
    // The demo's breach: the top plan three months ago, credited but for six requests.
    const month = tokyoMonth(3);
    const page = await open(`/sla?month=${month}`, ANALYST);
    await page
      .locator(`[data-testid="sla-month"][aria-busy="false"][data-month="${month}"]`)
      .waitFor();
    const plans = await sla(month);
    const premium = plans.find((p) => p.planCode === 'PREMIUM')!;
    expect(premium).toMatchObject({ breached: true, creditPercent: 25, creditRequestsOpen: 6 });
    const row = await cells(page, 'sla-plans', 'PREMIUM');
    expect(row.slice(0, 9)).toEqual([
      'プレミアム',
      '99.99%',
      `${premium.measuredPercent}%`,
      '未達',
      '25%',
      `${premium.customersAffected.toLocaleString('en-US')}社`,
      yen(premium.creditTotalYen),
      '6件',
      expect.stringContaining('フェイルオーバー'),
    ]);
    expect((await cells(page, 'sla-plans', 'BASIC'))[3]).toBe('達成');
    // The credit table, read-only, from the target step down.
    expect(
      await page.locator('[data-testid="sla-tiers"] .ant-table-row').allTextContents(),
    ).toEqual(['プランの目標未満10%', '99.00% 未満25%', '95.00% 未満50%']);
    expect(await page.getByTestId('sla-record').count()).toBe(0);
    expect(await page.getByTestId('sla-record-plan').count()).toBe(0);
    // Open credits: amount and month hidden from all but their maker until checked.
    await page
      .locator('[data-testid="sla-requests-total"]')
      .getByText('全6件', { exact: true })
      .waitFor();
    await page.getByTestId('sla-requests').getByText('確認後に表示').first().waitFor();
    await page.close();
  });

  it('records a breached month as admin: refusals on their fields, then the credit requests appear', async () => {
    const month = tokyoMonth(1);
    const page = await open('/', ADMIN);
    await page.getByRole('menuitem', { name: 'SLA' }).click();
    await page.waitForURL(/\/sla$/);
    // The last month that ended, by default; the demo measured it within target.
    await page
      .locator(`[data-testid="sla-month"][aria-busy="false"][data-month="${month}"]`)
      .waitFor();
    await page.waitForURL(new RegExp(`month=${month}|/sla$`));
    const before = (await sla(month)).find((p) => p.planCode === 'BASIC')!;
    expect(before.breached).toBe(false);
    expect((await cells(page, 'sla-plans', 'BASIC'))[3]).toBe('達成');
    await screenshot(page, 'sla-01-month');

    // Record BASIC again: a value out of range is refused on its field before anything is sent.
    await page
      .locator('[data-testid="sla-plans"] tr[data-row-key="BASIC"]')
      .getByRole('button', { name: '記録し直す' })
      .click();
    const form = page.getByRole('dialog');
    await form.getByLabel('稼働率（%）').fill('100.5');
    await form.getByRole('button', { name: '記録する' }).click();
    await form.getByText('値が範囲外です（100.5）。').waitFor();
    // The API refuses the demo's credited month: on the month field.
    await pickMonth(form, tokyoMonth(3));
    await form.getByLabel('プラン').click();
    await page.getByTitle('プレミアム').click();
    await form.getByLabel('稼働率（%）').fill('99.5');
    await form.getByRole('button', { name: '記録する' }).click();
    await form.getByText(/既に適用されているため、稼働率を記録し直せません/).waitFor();
    await screenshot(page, 'sla-03-refused');

    // Last month, BASIC (target 99.9 %) at 99.5 %: below target, 10 %.
    await pickMonth(form, month);
    await form.getByLabel('プラン').click();
    await page.getByTitle('ベーシック').click();
    await form
      .getByLabel('インシデントの内容')
      .fill('認証サーバーの証明書更新漏れで約3時間ログイン不可');
    await form.getByRole('button', { name: '記録する' }).click();
    await page.getByText(/クレジット申請を[\d,]+件作成しました/).waitFor({ timeout: 60_000 });

    const after = (await sla(month)).find((p) => p.planCode === 'BASIC')!;
    expect(after).toMatchObject({ breached: true, creditPercent: 10, measuredPercent: 99.5 });
    expect(after.customersAffected).toBeGreaterThan(100);
    expect(after.creditRequestsOpen).toBe(after.customersAffected);
    await page
      .locator(`[data-testid="sla-month"][aria-busy="false"][data-month="${month}"]`)
      .waitFor();
    const row = await cells(page, 'sla-plans', 'BASIC');
    expect(row.slice(2, 8)).toEqual([
      '99.50%',
      '未達',
      '10%',
      `${after.customersAffected.toLocaleString('en-US')}社`,
      '￥0',
      `${after.creditRequestsOpen.toLocaleString('en-US')}件`,
    ]);

    // The requests raised, waiting for a check: the admin made them, so sees month and amount.
    await page
      .locator('[data-testid="sla-requests-total"]')
      .getByText(`全${(after.customersAffected + 6).toLocaleString('en-US')}件`, { exact: true })
      .waitFor();
    const first = page.locator('[data-testid="sla-requests"] .ant-table-row').first();
    await expect(first.textContent()).resolves.toContain('この月');
    await expect(first.textContent()).resolves.toContain('ベーシック（10%）');
    await expect(first.textContent()).resolves.toContain('確認待ち');
    expect(await first.getByTestId('sla-request-credit').textContent()).toMatch(
      /^￥[\d,]+ \/ ￥[\d,]+$/,
    );
    await page.getByRole('link', { name: 'ダブルチェックへ' }).waitFor();
    await page.mouse.move(0, 0);
    await page.locator('.ant-message-notice').waitFor({ state: 'detached', timeout: 10_000 });
    await screenshot(page, 'sla-02-recorded');

    await fitsNarrowScreen(page, { wholeDocument: false });
    await screenshot(page, 'sla-04-recorded-390');
    await page.close();
  });
});
