import { readFileSync } from 'node:fs';
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

/** Analysts read revenue (revenue:read). */
const ANALYST = { email: 'analyst@kizuna.example', password: 'kizuna-demo' };

interface Period {
  period: string;
  from: string;
  to: string;
  startMrr: number;
  mrr: number;
  arr: number;
  churnedMrr: number;
  customersActive: number;
  grr: number | null;
  nrr: number | null;
  mrrChurnRate: number | null;
  arpa: number | null;
  trialsEnded: number;
  trialsConverted: number;
  trialConversionRate: number | null;
  ltv: number | null;
}

/**
 * Written here independently of the console's formatters: ￥1,234,567 and 98.3% (the API's four
 * decimals as basis points, halves away from zero as the API rounds).
 */
const yen = (n: number) => `￥${n.toLocaleString('en-US')}`;
const percent = (r: number | null) =>
  r === null ? '—' : `${(Math.round(Math.round(r * 10_000) / 10) / 10).toFixed(1)}%`;

describeInBrowser('economics in a real browser (analyst)', () => {
  let kizuna: Kizuna | undefined;
  let browser: Browser | undefined;
  let token = '';

  beforeAll(async () => {
    kizuna = await startKizuna();
    browser = await launchBrowser(chromiumPath!);
    const login = await gql<{ login: { token: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { token } }',
      { input: ANALYST },
    );
    token = login.login.token;
  });

  afterAll(async () => {
    publishScreenshots({ 'economics-01-overview': 'economics.png' });
    await browser?.close();
    await kizuna?.stop();
  });

  async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
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
  async function report(groupBy: string, filter: Record<string, unknown> = {}) {
    const data = await gql<{ revenueReport: { periods: Period[] } }>(
      `query ($groupBy: RevenueGroupBy!, $filter: RevenueReportFilter) {
        revenueReport(groupBy: $groupBy, filter: $filter) { periods {
          period from to startMrr mrr arr churnedMrr customersActive grr nrr mrrChurnRate arpa
          trialsEnded trialsConverted trialConversionRate ltv
        } } }`,
      { groupBy, filter },
    );
    return data.revenueReport.periods;
  }

  async function openAsAnalyst(path: string): Promise<Page> {
    const page = await browser!.newPage();
    await page.goto(`${kizuna!.baseUrl}${path}`);
    await page.getByTestId('viewer').or(page.getByLabel('メールアドレス')).first().waitFor();
    if (new URL(page.url()).pathname === '/login') {
      await page.getByLabel('メールアドレス').fill(ANALYST.email);
      await page.getByLabel('パスワード').fill(ANALYST.password);
      await page.getByRole('button', { name: 'ログイン' }).click();
      await page.waitForURL((url) => url.pathname.startsWith(path.split('?')[0]!));
    }
    await page.getByTestId('viewer').waitFor();
    return page;
  }

  /** Wait until the figures on screen are those of the URL's grouping and plans. */
  async function settled(page: Page, groupBy = 'MONTH', plans = '') {
    await page
      .locator(
        `[data-testid="economics-dashboard"][aria-busy="false"][data-group-by="${groupBy}"][data-plans="${plans}"]`,
      )
      .waitFor();
  }
  const kpi = async (page: Page, id: string) =>
    (await page.getByTestId(id).locator('.ant-statistic-content').textContent())!.trim();
  const detail = async (page: Page, id: string) =>
    (await page.getByTestId(`${id}-detail`).textContent())!.trim();

  /** Every KPI card shows the API's figure for the latest period, with its denominator. */
  async function expectKpisOf(page: Page, p: Period) {
    expect(await kpi(page, 'economics-kpi-mrr')).toBe(yen(p.mrr));
    expect(await detail(page, 'economics-kpi-mrr')).toBe(
      `期末の契約中 ${p.customersActive.toLocaleString('en-US')}社`,
    );
    expect(await kpi(page, 'economics-kpi-arr')).toBe(yen(p.arr));
    expect(await kpi(page, 'economics-kpi-nrr')).toBe(percent(p.nrr));
    expect(await kpi(page, 'economics-kpi-grr')).toBe(percent(p.grr));
    expect(await detail(page, 'economics-kpi-grr')).toBe(`期首MRR ${yen(p.startMrr)} が基準`);
    expect(await kpi(page, 'economics-kpi-arpa')).toBe(p.arpa === null ? '—' : yen(p.arpa));
    expect(await kpi(page, 'economics-kpi-trial')).toBe(percent(p.trialConversionRate));
    expect(await detail(page, 'economics-kpi-trial')).toBe(
      `本登録 ${p.trialsConverted} ÷ 終了したトライアル ${p.trialsEnded}件`,
    );
    expect(await kpi(page, 'economics-kpi-churn')).toBe(percent(p.mrrChurnRate));
    expect(await detail(page, 'economics-kpi-churn')).toBe(
      `解約MRR ${yen(p.churnedMrr)} ÷ 期首MRR ${yen(p.startMrr)}`,
    );
    expect(await kpi(page, 'economics-kpi-ltv')).toBe(
      p.ltv === null ? '算出できません' : yen(p.ltv),
    );
  }

  it('shows the API’s figures, switches grouping in the URL, and tooltips in plain text', async () => {
    const page = await openAsAnalyst('/');
    await page.getByRole('menuitem', { name: '収益・KPI' }).click();
    await page.waitForURL(/\/economics$/);
    await settled(page);

    // The twelve months up to today by default: the KPIs are the latest month's.
    const months = await report('MONTH');
    expect(months.length).toBeGreaterThanOrEqual(12);
    const latest = months[months.length - 1]!;
    expect(latest.mrr).toBeGreaterThan(1_000_000); // the demo's hundreds of paying customers
    await expectKpisOf(page, latest);
    await expect(page.getByTestId('economics-kpi-period').textContent()).resolves.toBe(
      `最新の期間 ${latest.period.replace('-', '/')}（${latest.from.replaceAll('-', '/')} 〜 ${latest.to.replaceAll('-', '/')}）`,
    );
    // The month runs up to today: said so.
    await page.getByTestId('economics-kpis').getByTestId('economics-in-progress').waitFor();
    const rows = page.locator('[data-testid="economics-period-table"] .ant-table-row');
    await expect(rows.count()).resolves.toBe(months.length);
    await page.locator('[data-testid="economics-mrr-chart"] canvas').first().waitFor();
    await page.locator('[data-testid="economics-trial-chart"] canvas').first().waitFor();

    // The MRR chart's tooltip: the period, each movement and MRR as text, no {key|…} markup.
    const chart = page.getByTestId('economics-mrr-chart');
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width - 60, box.y + 120);
    const tooltip = chart.locator('div').filter({ hasText: '純増減' }).last();
    await tooltip.waitFor();
    const tip = (await tooltip.innerText()).trim();
    expect(tip).toMatch(/期首MRR: ￥[\d,]+/);
    expect(tip).toMatch(/MRR: ￥[\d,]+$/);
    expect(tip).not.toMatch(/\{\w+\|/);
    await page.mouse.move(0, 0);
    await page.waitForTimeout(600); // let the charts finish their entrance animation
    await screenshot(page, 'economics-01-overview');

    // Grouping by quarter: the URL says so, and the KPIs are the latest quarter's.
    await page.getByTestId('economics-group-by').getByText('四半期別').click();
    await page.waitForURL(/groupBy=QUARTER/);
    await settled(page, 'QUARTER');
    const quarters = await report('QUARTER');
    const quarter = quarters[quarters.length - 1]!;
    expect(quarter.period).toMatch(/^FY\d{4}-Q[1-4]$/);
    await expectKpisOf(page, quarter);
    await expect(rows.count()).resolves.toBe(quarters.length);
    // MRR at the end of the last quarter is MRR today, as for the month.
    expect(quarter.mrr).toBe(latest.mrr);

    // Narrow screens: everything fits 390 px, the wide table scrolls inside its card.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(600);
    await screenshot(page, 'economics-02-quarters-390');
    // What sticks out to the right, if anything (the table scrolls inside its own box).
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter((e) => !e.closest('.ant-table-content, .ant-table-body'))
        .map((e) => `${e.tagName}.${e.className}`.slice(0, 80)),
    );
    expect(wide).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.close();
  });

  it('keeps plans and fiscal years in the URL and shows that filter’s figures', async () => {
    const page = await openAsAnalyst('/economics?plans=BASIC&groupBy=FISCAL_YEAR');
    await settled(page, 'FISCAL_YEAR', 'BASIC');
    const years = await report('FISCAL_YEAR', { planCodes: ['BASIC'] });
    const all = await report('FISCAL_YEAR');
    const year = years[years.length - 1]!;
    expect(year.mrr).toBeLessThan(all[all.length - 1]!.mrr);
    await expectKpisOf(page, year);
    await page.close();
  });

  it('exports the periods shown as CSV for Excel (BOM, CRLF, Japanese headings, plain yen)', async () => {
    const page = await openAsAnalyst('/economics?groupBy=QUARTER');
    await settled(page, 'QUARTER');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('economics-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^economics-quarter-\d{8}-\d{8}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 5)).toEqual([
      '期間',
      '開始日',
      '終了日',
      '期首MRR（税抜・円）',
      'MRR（税抜・円）',
    ]);
    const quarters = await report('QUARTER');
    const records = lines.slice(1).map((l) => l.split(','));
    expect(records.map((r) => r.slice(0, 3))).toEqual(
      // Dates as Excel reads them in Japan (YYYY/MM/DD).
      quarters.map((q) => [q.period, q.from.replaceAll('-', '/'), q.to.replaceAll('-', '/')]),
    );
    // Amounts as plain integers, rates as percentages: the API's numbers.
    const at = (name: string) => header.indexOf(name);
    const last = records[records.length - 1]!;
    const q = quarters[quarters.length - 1]!;
    expect(last[at('MRR（税抜・円）')]).toBe(String(q.mrr));
    expect(last[at('期首MRR（税抜・円）')]).toBe(String(q.startMrr));
    expect(last[at('GRR（%）')]).toBe(
      q.grr === null ? '' : String(Math.round(q.grr * 10_000) / 100),
    );
    expect(last[at('集計途中')]).toBe('集計途中');

    // In English, the headings are English (and the language goes back for the other tests).
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Economics' }).waitFor();
    await settled(page, 'QUARTER');
    const [english] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('economics-export').click(),
    ]);
    const englishText = readFileSync((await english.path())!).toString('utf8');
    expect(englishText.startsWith('\uFEFFPeriod,From,To,"Start MRR (yen, excl. tax)",')).toBe(true);
    await page.getByText('日本語', { exact: true }).click();
    await page.getByRole('heading', { name: '収益・KPI' }).waitFor();
    await page.close();
  });

  it('says so when there is no revenue in the period', async () => {
    const page = await openAsAnalyst('/economics?from=2001-01-01&to=2001-12-31');
    await settled(page);
    await page
      .getByTestId('economics-empty')
      .getByText('この条件に収益のデータはありません')
      .waitFor();
    expect(await page.getByTestId('economics-export').count()).toBe(0);
    expect(await page.getByTestId('economics-kpis').count()).toBe(0);
    await page.close();
  });
});
