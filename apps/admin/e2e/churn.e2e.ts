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

/** Analysts read churn, but never the personal data in its notes. */
const ANALYST = { email: 'analyst@kizuna.example', password: 'kizuna-demo' };

/** "1,234" / "￥12,340" → 1234 / 12340. */
const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
const PHONE = /\d{2,4}-\d{2,4}-\d{4}/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;

describeInBrowser('churn analysis in a real browser (analyst)', () => {
  let kizuna: Kizuna | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    kizuna = await startKizuna();
    browser = await launchBrowser(chromiumPath!);
  });

  afterAll(async () => {
    publishScreenshots({ 'churn-01-overview': 'churn.png' });
    await browser?.close();
    await kizuna?.stop();
  });

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

  /** Wait until the figures on screen are those of the URL's grouping. */
  async function settled(page: Page, groupBy = 'MONTH') {
    await page
      .locator(`[data-testid="churn-dashboard"][aria-busy="false"][data-group-by="${groupBy}"]`)
      .waitFor();
  }
  const kpi = async (page: Page, id: string) =>
    (await page.getByTestId(id).locator('.ant-statistic-content').textContent())!.trim();

  /** The notes table once it shows the notes of `reason` ('' for all). */
  async function notes(page: Page, reason: string) {
    await page
      .locator(`[data-testid="churn-notes"][aria-busy="false"][data-reason="${reason}"]`)
      .waitFor();
    const total = digits(await page.getByTestId('churn-notes-total').textContent());
    const texts = await page.getByTestId('churn-note-text').allTextContents();
    return { total, texts };
  }

  it('shows KPIs and the chart, keeps period and grouping in the URL, narrows notes to a reason', async () => {
    const page = await openAsAnalyst('/');
    await page.getByRole('menuitem', { name: '解約分析' }).click();
    await page.waitForURL(/\/churn$/);
    await settled(page);

    // The twelve months up to today by default: hundreds of demo churns, figures formatted ja-JP.
    const lost = await kpi(page, 'churn-kpi-customers');
    expect(digits(lost)).toBeGreaterThan(100);
    expect(await kpi(page, 'churn-kpi-mrr')).toMatch(/^￥\d{1,3}(,\d{3})+$/);
    expect(await kpi(page, 'churn-kpi-rate')).toMatch(/^\d+\.\d%$/);
    await expect(page.getByTestId('churn-period').textContent()).resolves.toMatch(
      /^対象期間 \d{4}\/\d{2}\/\d{2} 〜 \d{4}\/\d{2}\/\d{2}$/,
    );
    await page.locator('[data-testid="churn-reason-chart"] canvas').first().waitFor();
    const reasonRows = page.locator('[data-testid="churn-by-reason"] .ant-table-row');
    await expect(reasonRows.count()).resolves.toBe(7);
    expect(
      await page.locator('[data-testid="churn-by-plan"] .ant-table-row').count(),
    ).toBeGreaterThan(1);
    const all = await notes(page, '');
    expect(all.total).toBeGreaterThan(20);
    await page.waitForTimeout(600); // let the chart finish its entrance animation
    await screenshot(page, 'churn-01-overview');

    // Grouping by quarter: the URL says so, and the figures follow.
    await page.getByTestId('churn-time-group-by').getByText('四半期別').click();
    await page.waitForURL(/groupBy=QUARTER/);
    await settled(page, 'QUARTER');

    // A reason picked in the table: in the URL, and the notes are only of that reason.
    await page.locator('[data-testid="churn-group-select"][data-key="PRICE"]').click();
    await page.waitForURL(/reason=PRICE/);
    const price = await notes(page, 'PRICE');
    expect(price.total).toBeGreaterThan(0);
    expect(price.total).toBeLessThan(all.total);
    const tags = await page.getByTestId('churn-note-reason').allTextContents();
    expect(new Set(tags)).toEqual(new Set(['価格']));

    // Notes come masked to the analyst: placeholders, never a phone number or an address.
    const page1 = price.texts.join('\n');
    expect(page1).not.toMatch(PHONE);
    expect(page1).not.toMatch(EMAIL);
    expect(all.texts.join('\n')).not.toMatch(PHONE);
    expect(page1).toMatch(/\[氏名\]|\[電話番号\]/);
    await page.getByTestId('churn-note-masked').first().waitFor();
    await screenshot(page, 'churn-02-price-notes');

    // The period, picked in the range picker, goes to the URL and narrows the figures.
    const picker = page.getByTestId('churn-filters').locator('.ant-picker-range');
    const [start, end] = [picker.locator('input').first(), picker.locator('input').last()];
    const month = new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 7);
    await start.click();
    await start.fill(`${month.replace('-', '/')}/01`);
    await start.press('Enter');
    await end.fill(`${month.replace('-', '/')}/28`);
    await end.press('Enter');
    await page.waitForURL(new RegExp(`from=${month}-01&to=${month}-28`));
    await settled(page, 'QUARTER');
    // A new period drops the reason picked for the previous one.
    expect(page.url()).not.toMatch(/reason=/);
    expect(digits(await kpi(page, 'churn-kpi-customers'))).toBeLessThan(digits(lost));

    // The view is in the URL: opening it again shows the same figures.
    const shared = await browser!.newPage();
    await shared.goto(page.url());
    await settled(shared, 'QUARTER');
    await expect(kpi(shared, 'churn-kpi-customers')).resolves.toBe(
      await kpi(page, 'churn-kpi-customers'),
    );
    await shared.close();
    await page.close();
  });

  it('exports the groups shown as CSV for Excel (BOM, CRLF, headings in Japanese)', async () => {
    const page = await openAsAnalyst('/churn?groupBy=FISCAL_YEAR');
    await settled(page, 'FISCAL_YEAR');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('churn-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^churn-\d{8}-\d{8}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines[0]).toBe(
      '集計区分,キー,名称,解約数,失ったMRR（税抜・円）,構成比（%）,ロゴチャーン率（%）,期首の契約中顧客数,期首,参考値',
    );
    const rows = lines.slice(1).map((l) => l.split(','));
    // The seven reasons, the plans and the fiscal years the page shows, and nothing else.
    expect(rows.filter((r) => r[0] === '理由別').map((r) => r[1])).toHaveLength(7);
    expect(rows.filter((r) => r[0] === '年度別').every((r) => /^FY\d{4}$/.test(r[1]!))).toBe(true);
    expect(rows.filter((r) => r[0] === 'プラン別').length).toBeGreaterThan(1);
    // The reasons add up to the customers lost shown on the page.
    const byReason = rows.filter((r) => r[0] === '理由別').reduce((s, r) => s + Number(r[3]), 0);
    expect(byReason).toBe(digits(await kpi(page, 'churn-kpi-customers')));
    await page.close();
  });

  it('says so when the period has no churn', async () => {
    const page = await openAsAnalyst('/churn?from=2001-01-01&to=2001-12-31');
    await settled(page);
    await page.getByTestId('churn-empty').getByText('この期間に解約はありません').waitFor();
    expect(await kpi(page, 'churn-kpi-customers')).toBe('0社');
    expect(await page.getByTestId('churn-export').count()).toBe(0);
    expect(await page.getByTestId('churn-notes').count()).toBe(0);
    await screenshot(page, 'churn-03-empty');
    await page.close();
  });
});
