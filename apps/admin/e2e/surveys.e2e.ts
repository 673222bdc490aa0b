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

/** Analysts read surveys and import answers, but never see personal data. */
const ANALYST = { email: 'analyst@kizuna.example', password: 'kizuna-demo' };

/** "+25.0" / "−30.0" → 25 / −30. */
const parseScore = (text: string | null) => Number((text ?? '').replace('\u2212', '-'));
/** "n = 1,234" → 1234. */
const parseN = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

describeInBrowser('survey dashboards in a real browser (analyst)', () => {
  let kizuna: Kizuna | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    kizuna = await startKizuna();
    browser = await launchBrowser(chromiumPath!);
  });

  afterAll(async () => {
    // Whatever steps ran: publish the dashboards' final screenshots for the docs.
    publishScreenshots({
      'surveys-01-nps': 'surveys-nps.png',
      'surveys-03-nps-premium': 'surveys-nps-premium.png',
      'surveys-04-comments-masked': 'surveys-comments.png',
      'surveys-05-import': 'surveys-import.png',
      'surveys-05-import-preview': 'surveys-import-preview.png',
      'surveys-08-import-phone': 'surveys-import-phone.png',
      'surveys-06-csat': 'surveys-csat.png',
      'surveys-07-ces': 'surveys-ces.png',
    });
    await browser?.close();
    await kizuna?.stop();
  });

  /** Open a path as the analyst, signing in when the console asks for it. */
  async function openAsAnalyst(path: string): Promise<Page> {
    const page = await browser!.newPage();
    await page.goto(`${kizuna!.baseUrl}${path}`);
    // Either the console (already signed in) or the login form it redirects to.
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

  /** The headline's score and n, once the dashboard shows the figures of these plans. */
  async function headline(page: Page, plans: string[] = [], kind = 'NPS') {
    const ready = `[aria-busy="false"][data-kind="${kind}"][data-plans="${plans.join(',')}"]`;
    await page.locator(`[data-testid="survey-dashboard"]${ready}`).waitFor();
    return {
      score: (await page.getByTestId('survey-score').textContent())!,
      n: (await page.getByTestId('survey-n').textContent())!,
    };
  }

  /** Choose plans in the plan filter's dropdown: a click selects a plan, a second click drops it. */
  async function togglePlans(page: Page, ...names: string[]) {
    const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    await page.getByTestId('survey-filter-plans').click();
    await dropdown.waitFor();
    for (const name of names) {
      // The choice is kept in the URL: let each click reach it before the next one.
      const before = await page.evaluate(() => location.href);
      await dropdown.getByTitle(name, { exact: true }).click();
      await page.waitForFunction((href) => location.href !== href, before);
    }
    // Close the dropdown (a click outside it) and wait until it is gone.
    await page.getByRole('heading', { name: 'アンケート分析' }).click();
    await dropdown.waitFor({ state: 'hidden' });
  }

  it('shows the NPS with n and its margin, and changes both when filtered by plan', async () => {
    const page = await openAsAnalyst('/surveys/nps');
    // The menu offers the section to the analyst.
    await page.getByRole('menuitem', { name: 'アンケート' }).waitFor();
    // …but not what an analyst may not do.
    expect(await page.getByRole('menuitem', { name: 'トライアル開始' }).count()).toBe(0);

    const all = await headline(page);
    expect(all.score).toMatch(/^[+\u2212]?\d+\.\d$/);
    expect(parseN(all.n)).toBeGreaterThan(1000);
    await expect(page.getByTestId('survey-margin').textContent()).resolves.toMatch(
      /^±\d+\.\d（95 %）$/,
    );
    await page.getByTestId('survey-groups').waitFor();
    await page.getByTestId('survey-trend').waitFor();
    await page.getByTestId('survey-distribution').waitFor();
    // Analysts read comments masked, with a tag saying what was hidden.
    await page.locator('[data-testid="survey-comments"] .ant-table-row').first().waitFor();
    await screenshot(page, 'surveys-01-nps');

    await togglePlans(page, 'ベーシック');
    const basic = await headline(page, ['BASIC']);
    expect(page.url()).toMatch(/plans=BASIC(&|$)/);
    expect(parseN(basic.n)).toBeLessThan(parseN(all.n));
    expect(parseN(basic.n)).toBeGreaterThan(0);
    expect(basic.score).not.toBe(all.score);
    await screenshot(page, 'surveys-02-nps-basic');

    // Drop BASIC (back to every plan), then choose PREMIUM: one settled change at a time.
    await togglePlans(page, 'ベーシック');
    await expect(headline(page, [])).resolves.toEqual(all);
    await togglePlans(page, 'プレミアム');
    const premium = await headline(page, ['PREMIUM']);
    expect(page.url()).toMatch(/plans=PREMIUM(&|$)/);
    expect(parseN(premium.n)).toBeLessThan(parseN(all.n));
    // The demo data: PREMIUM customers are happier than BASIC ones.
    expect(parseScore(premium.score)).toBeGreaterThan(parseScore(basic.score));
    await screenshot(page, 'surveys-03-nps-premium');

    // The view is in the URL: opening it again shows the same figures.
    const shared = await browser!.newPage();
    await shared.goto(page.url());
    await expect(headline(shared, ['PREMIUM'])).resolves.toEqual(premium);
    await shared.close();

    // Grouped by month, the groups chart shows one bar per month.
    await page.getByTestId('survey-filter-group-by').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .getByTitle('月別', { exact: true })
      .click();
    await page.waitForURL(/groupBy=MONTH/);
    await page.getByText('月別の内訳').waitFor();
    await page.close();
  });

  it('marks a small sample as indicative, not as a fact', async () => {
    // One day of BASIC answers: a handful, far under the threshold of 30.
    const day = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    const page = await openAsAnalyst(`/surveys/nps?from=${day}&to=${day}&plans=BASIC`);
    const { n } = await headline(page, ['BASIC']);
    expect(parseN(n)).toBeGreaterThan(0);
    expect(parseN(n)).toBeLessThan(30);
    await expect(page.getByTestId('survey-headline').textContent()).resolves.toContain(
      '少数サンプル: 参考値',
    );
    await screenshot(page, 'surveys-08-small-sample');
    await page.close();
  });

  it('shows masked comments to the analyst, and exports the filtered answers as CSV', async () => {
    const page = await openAsAnalyst('/surveys/nps?plans=BASIC');
    const rows = page.locator('[data-testid="survey-comments"] .ant-table-row');
    await rows.first().waitFor();
    const totalText = page.getByTestId('survey-comments-total');
    await totalText.waitFor();
    const allComments = await totalText.textContent();

    // Comments with personal data come masked, and the masked kinds are listed as tags.
    const search = page.getByPlaceholder('コメントを検索');
    await search.fill('[電話番号]');
    await search.press('Enter');
    await page.waitForURL(/q=/);
    // The table (and the export button with it) follows the URL once the new page has rendered.
    await page.waitForFunction(
      (before) =>
        document.querySelector('[data-testid="survey-comments-total"]')?.textContent !== before,
      allComments,
    );
    await page.getByTestId('masked-personal-data').first().waitFor();
    await expect(page.getByTestId('survey-comments').textContent()).resolves.toContain(
      '[電話番号]',
    );
    await screenshot(page, 'surveys-04-comments-masked');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('survey-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^survey-responses-\d{8}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    // Japanese headings and labels (the console is in Japanese), the columns the import reads.
    expect(lines[0]).toBe(
      '回答ID,アンケートコード,顧客ID,法人番号,顧客名,プラン,ステージ,スコア,チャネル,回答日時,コメント,回答者名,回答者メール',
    );
    expect(lines.length).toBeGreaterThan(1);
    // Only what the page shows: BASIC answers whose comment mentions a masked phone number.
    // The plan by its name, as the filter on the page shows it.
    const basicName = 'ベーシック';
    const header = lines[0]!.split(',');
    const rowsOf = lines.slice(1);
    expect(rowsOf.filter((l) => !l.includes('[電話番号]'))).toEqual([]);
    expect(rowsOf.filter((l) => l.split(',')[header.indexOf('プラン')] !== basicName)).toEqual([]);
    const total = Number((await totalText.textContent())!.replace(/\D/g, ''));
    expect(rowsOf.length).toBe(total);
    await page.close();
  });

  it('previews a CSV, imports it with a progress bar, names bad rows as Excel does and keeps a history', async () => {
    const page = await openAsAnalyst('/surveys/import');
    // A customer to answer for: the analyst may read customers (not their contacts).
    const customerId = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${localStorage.getItem('kizuna.token')}`,
        },
        body: JSON.stringify({
          query: '{ customers(first: 1) { edges { node { id } } } }',
        }),
      });
      const body = (await res.json()) as {
        data: { customers: { edges: { node: { id: string } }[] } };
      };
      return body.data.customers.edges[0]!.node.id;
    });
    // Japanese headings, and a comment over two lines: Excel shows the next answer on row 3.
    const csv = [
      'アンケートコード,顧客ID,スコア,コメント,チャネル,回答日時',
      `NPS-RELATIONSHIP,${customerId},9,"ブラウザから
取込",WEB,2026/10/02 10:00`,
      `NPS-RELATIONSHIP,${customerId},11,範囲外のスコア,WEB,2026/10/03 10:00`,
      `CSAT-SUPPORT,${customerId},5,丁寧な対応,EMAIL,2026/10/04 10:00`,
    ].join('\r\n');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'ブラウザ取込.csv',
      mimeType: 'text/csv',
      buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]),
    });

    // Before anything is sent: the encoding, how each column is read, the first rows.
    const preview = page.getByTestId('survey-import-preview');
    await preview.waitFor();
    await expect(page.getByTestId('survey-import-preview-encoding').textContent()).resolves.toBe(
      'UTF-8 (BOM)',
    );
    const mapping = page.getByTestId('survey-import-mapping');
    await expect(
      mapping.locator('tr', { hasText: 'スコア' }).first().textContent(),
    ).resolves.toContain('必須');
    const previewRows = page.locator('[data-testid="survey-import-preview-rows"] .ant-table-row');
    await expect(previewRows.count()).resolves.toBe(3);
    await expect(previewRows.nth(1).locator('td').first().textContent()).resolves.toBe('3');
    await expect(page.getByTestId('survey-import-result').count()).resolves.toBe(0);
    await screenshot(page, 'surveys-05-import-preview');
    await page.getByTestId('survey-import-start').click();

    const status = page.getByTestId('survey-import-status');
    await page.getByTestId('survey-import-result').getByText('ブラウザ取込.csv').waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="survey-import-status"]')?.textContent === '完了',
    );
    await expect(status.textContent()).resolves.toBe('完了');
    await expect(
      page
        .getByTestId('survey-import-progress')
        .getByRole('progressbar')
        .getAttribute('aria-valuenow'),
    ).resolves.toBe('100');
    await expect(page.getByTestId('survey-import-progress').textContent()).resolves.toContain(
      '3 / 3 行',
    );

    const errors = page.locator('[data-testid="survey-import-errors"] .ant-table-row');
    await expect(errors.count()).resolves.toBe(1);
    const cells = await errors.first().locator('td').allTextContents();
    // Row 3 as Excel shows it (the file's line 4), the column as the file's header names it.
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('スコア');
    expect(cells[2]).toMatch(/範囲外/);

    // The bad rows, as they were, to fix and import again.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('survey-import-bad-rows').click(),
    ]);
    expect(download.suggestedFilename()).toBe('ブラウザ取込_取込エラー.csv');
    const lines = readFileSync((await download.path())!)
      .subarray(3)
      .toString('utf8')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'アンケートコード,顧客ID,スコア,コメント,チャネル,回答日時,元の行,エラー内容',
    );
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toMatch(
      /^NPS-RELATIONSHIP,[^,]+,11,範囲外のスコア,WEB,2026\/10\/03 10:00,3,スコア: /,
    );

    // The history: this import first, with who uploaded it and the counts.
    const latest = page.locator('[data-testid="survey-import-history"] .ant-table-row').first();
    await latest.getByText('ブラウザ取込.csv').waitFor();
    await expect(latest.textContent()).resolves.toMatch(
      /伊藤 五月 \(analyst\)[\s\S]*完了[\s\S]*全3件・取込2・重複0・エラー1/,
    );
    // Let the bar finish its animation to 100 % before the picture (no tooltip over it).
    await page.mouse.move(0, 0);
    await page.locator('.ant-progress-status-success').waitFor();
    await page.waitForTimeout(800);
    await screenshot(page, 'surveys-05-import');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(500);
    for (const id of ['survey-import-result', 'survey-import-history', 'survey-import-bad-rows']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await screenshot(page, 'surveys-08-import-phone');
    await page.close();
  });

  it('shows CSAT and CES with their share, mean and margin', async () => {
    const page = await openAsAnalyst('/surveys/csat');
    const csat = await headline(page, [], 'CSAT');
    expect(csat.score).toMatch(/^\d+\.\d%$/);
    expect(parseN(csat.n)).toBeGreaterThan(0);
    await expect(page.getByTestId('survey-margin').textContent()).resolves.toMatch(/^±\d+\.\d pt/);
    await expect(page.getByTestId('survey-mean').textContent()).resolves.toMatch(/^平均 \d\.\d\d$/);
    await page.getByTestId('survey-groups').waitFor();
    await screenshot(page, 'surveys-06-csat');

    await page.getByRole('tab', { name: 'CES' }).click();
    await page.waitForURL(/\/surveys\/ces/);
    const ces = await headline(page, [], 'CES');
    expect(ces.score).toMatch(/^\d+\.\d%$/);
    await page.getByTestId('survey-trend').waitFor();
    await screenshot(page, 'surveys-07-ces');
    await page.close();
  });
});
