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

const ADMIN = { email: 'admin@kizuna.example', password: 'kizuna-demo' };
const ANALYST = { email: 'analyst@kizuna.example', password: 'kizuna-demo' };
/** Today in Tokyo, YYYY-MM-DD. */
const todayJst = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

describeInBrowser('audit log in a real browser (admin)', () => {
  let kizuna: Kizuna | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    kizuna = await startKizuna();
    browser = await launchBrowser(chromiumPath!);
  });

  afterAll(async () => {
    publishScreenshots({
      'audit-01-filtered': 'audit-log-filtered.png',
      'audit-02-verified': 'audit-log-verified.png',
      'audit-03-phone': 'audit-log-phone.png',
    });
    await browser?.close();
    await kizuna?.stop();
  });

  async function openAs(user: { email: string; password: string }, path: string): Promise<Page> {
    const page = await browser!.newPage();
    await page.goto(`${kizuna!.baseUrl}${path}`);
    await page.getByTestId('viewer').or(page.getByLabel('メールアドレス')).first().waitFor();
    if (new URL(page.url()).pathname === '/login') {
      await page.getByLabel('メールアドレス').fill(user.email);
      await page.getByLabel('パスワード').fill(user.password);
      await page.getByRole('button', { name: 'ログイン' }).click();
      await page.waitForURL((url) => url.pathname.startsWith(path.split('?')[0]!));
    }
    await page.getByTestId('viewer').waitFor();
    return page;
  }

  /** POST a one-row survey file as the analyst; the HTTP status. */
  async function importAsAnalyst(): Promise<number> {
    const gql = async <T>(query: string, variables: object, token?: string): Promise<T> => {
      const res = await fetch(`${kizuna!.baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return ((await res.json()) as { data: T }).data;
    };
    const { login } = await gql<{ login: { token: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { token } }',
      { input: ANALYST },
    );
    const token = login.token;
    const { customers } = await gql<{ customers: { edges: { node: { id: string } }[] } }>(
      '{ customers(first: 1) { edges { node { id } } } }',
      {},
      token,
    );
    const res = await fetch(`${kizuna!.baseUrl}/imports/survey-responses`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: `survey_code,customer_id,score,answered_at\nNPS-RELATIONSHIP,${customers.edges[0]!.node.id},9,2026/10/02 10:00\n`,
    });
    return res.status;
  }

  const rows = (page: Page) => page.locator('[data-testid="audit-table"] tr.ant-table-row');

  /** Wait until the table shows only events of `actions` (codes, as data-action says). */
  async function onlyActions(page: Page, actions: readonly string[]) {
    await page.waitForFunction((allowed) => {
      const shown = [...document.querySelectorAll('[data-testid="audit-action"]')].map((b) =>
        b.getAttribute('data-action'),
      );
      return shown.length > 0 && shown.every((a) => allowed.includes(a ?? ''));
    }, actions);
  }

  it('labels actions in words, filters by a group and by Tokyo days in the URL, and exports CSV', async () => {
    // An analyst imports survey answers (through the API: the browser stays signed in as admin);
    // the audit log must name her, not "system".
    expect(await importAsAnalyst()).toBe(202);

    const page = await openAs(ADMIN, '/audit');
    await rows(page).first().waitFor();
    // Actions read as words, never as codes.
    const table = page.getByTestId('audit-table');
    await expect(table.textContent()).resolves.not.toMatch(/provisioningRequest\.|customer\.trial/);

    // The group "アンケート", picked in the select: in the URL, and only survey actions are listed.
    await page.getByTestId('audit-action-filter').click();
    await page.keyboard.type('アンケートのすべて');
    await page.locator('.ant-select-item-option[title="アンケートのすべての操作"]').click();
    await page.waitForURL(/group=SURVEY/);
    await onlyActions(page, [
      'survey.created',
      'survey.updated',
      'surveyResponse.submitted',
      'surveyImport.completed',
    ]);
    const imported = rows(page).filter({ hasText: 'アンケート回答をCSV取込' }).first();
    await imported.waitFor({ timeout: 30_000 }).catch(async () => {
      // The worker may finish after the first page loaded: load it again.
      await page.reload();
      await imported.waitFor();
    });
    await expect(imported.textContent()).resolves.toContain('伊藤 五月 (analyst)');

    // Today, in the range picker: kept in the URL; tomorrow on shows nothing.
    const today = todayJst();
    const picker = page.getByTestId('audit-period');
    const [start, end] = [picker.locator('input').first(), picker.locator('input').last()];
    await start.click();
    await start.fill(today.replaceAll('-', '/'));
    await start.press('Enter');
    await end.fill(today.replaceAll('-', '/'));
    await end.press('Enter');
    await page.waitForURL(new RegExp(`group=SURVEY&from=${today}&to=${today}`));
    await imported.waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'audit-01-filtered');

    // The CSV of what the filter matches: BOM, Japanese headings, JST times, words for codes.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`監査ログ_${today.replaceAll('-', '')}.csv`);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      '記録番号,日時,操作者,操作者の種類,操作,対象の種類,対象ID,リクエストID,変更前,変更後',
    );
    const importLine = lines.find((l) => l.includes('アンケート回答をCSV取込'))!;
    expect(importLine).toMatch(
      new RegExp(
        `^\\d+,${today.replaceAll('-', '/')} \\d\\d:\\d\\d,伊藤 五月 \\(analyst\\),スタッフ,`,
      ),
    );
    expect(lines.slice(1).join('\n')).not.toContain('surveyImport.completed');
    const total = Number(
      ((await page.getByTestId('audit-total').textContent()) ?? '').replace(/\D/g, ''),
    );
    expect(lines.length - 1).toBe(total);

    // The view is in the URL: opened again, the same filter.
    const shared = await browser!.newPage();
    await shared.goto(page.url());
    await shared.getByTestId('audit-action-filter').getByText('アンケートのすべての操作').waitFor();
    await shared.close();
    await page.close();
  });

  it('runs the chain verification and says the log is intact', async () => {
    const page = await openAs(ADMIN, '/audit');
    await rows(page).first().waitFor();
    await page.getByTestId('audit-chain-run').click();
    const result = page.getByTestId('audit-chain-result');
    await result.waitFor({ timeout: 60_000 });
    await expect(result.getAttribute('data-ok')).resolves.toBe('true');
    await expect(result.textContent()).resolves.toMatch(
      /改ざんは見つかりませんでした[\s\S]*[\d,]+件の記録のハッシュ・連結・署名をすべて検証しました/,
    );
    await screenshot(page, 'audit-02-verified');
    await page.close();
  });

  it('fits a 390 px phone: filters, buttons and table inside the screen', async () => {
    const page = await openAs(ADMIN, '/audit?group=REQUEST');
    await page.setViewportSize({ width: 390, height: 844 });
    await rows(page).first().waitFor();
    const ids = ['audit-action-filter', 'audit-period', 'audit-export', 'audit-chain-run'];
    // The layout follows the new width in a moment (the side menu collapses).
    await page
      .waitForFunction(
        (list) =>
          list.every((id) => {
            const r = document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect();
            return r !== undefined && r.left >= 0 && r.right <= 390;
          }),
        ids,
        { timeout: 5000 },
      )
      .catch(() => undefined);
    await screenshot(page, 'audit-03-phone');
    const outside: string[] = [];
    for (const id of ids) {
      const box = (await page.getByTestId(id).boundingBox())!;
      if (box.x < 0 || box.x + box.width > 390)
        outside.push(`${id}: ${box.x}–${box.x + box.width}`);
    }
    expect(outside).toEqual([]);
    await page.close();
  });
});
