import type { Page } from 'playwright-core';
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

interface Cell {
  stage: string;
  npsBand: string;
  customers: number;
  movedIn: number;
  movedOut: number;
}
interface Figures {
  customerSegmentMap: { cells: Cell[] };
  customerHealthSummary: { bands: { band: string; customers: number }[] };
}
const FIGURES = `{ customerSegmentMap { cells { stage npsBand customers movedIn movedOut } }
  customerHealthSummary { bands { band customers } } }`;

/**
 * The map's figures once the health job has scored the demo customers: two reads a second apart
 * that agree (the job runs right after start-up and then only on changes or at 03:00).
 */
async function stableFigures(page: Page): Promise<Figures> {
  let last = '';
  for (let i = 0; i < 120; i++) {
    const figures = await queryAsViewer<Figures>(page, FIGURES);
    const text = JSON.stringify(figures);
    const scored = figures.customerHealthSummary.bands.reduce((s, b) => s + b.customers, 0);
    if (scored > 0 && text === last) return figures;
    last = text;
    await page.waitForTimeout(1000);
  }
  throw new Error('the health job never settled');
}

/** Another staff member signs in on this browser: the stored session goes first. */
async function signOut(page: Page) {
  await page.goto(`${kizuna!.baseUrl}/login`);
  await page.evaluate(() => localStorage.clear());
}

let kizuna: Kizuna | undefined;

describeInBrowser('customer health in a real browser', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    kizuna = await startKizuna();
    browser = await launchBrowser(chromiumPath!);
  });

  afterAll(async () => {
    publishScreenshots({ 'customer-success-01-map': 'customer-success.png' });
    await browser?.close();
    await kizuna?.stop();
  });

  it('an analyst sees the map as the API counts it, picks a cell and sees its customers', async () => {
    const page = await browser!.newPage();
    await signIn(page, kizuna!.baseUrl, DEMO_STAFF.analyst);
    const figures = await stableFigures(page);
    await page.getByRole('menuitem', { name: '顧客の健全性' }).click();
    await page.waitForURL(/\/customer-success$/);
    await page.getByTestId('segment-map').waitFor();
    await settled(page);

    // Every cell shows the API's count and moves.
    expect(figures.customerSegmentMap.cells).toHaveLength(12);
    for (const cell of figures.customerSegmentMap.cells) {
      const button = page.getByTestId(`cell-${cell.stage}-${cell.npsBand}`);
      await expect(button.textContent()).resolves.toBe(
        `${cell.customers}+${cell.movedIn} / −${cell.movedOut}`,
      );
    }
    for (const band of figures.customerHealthSummary.bands)
      await expect(page.getByTestId(`band-${band.band}`).textContent()).resolves.toContain(
        band.customers.toLocaleString('ja-JP'),
      );
    // The at-risk list is there, with no personal data on the page.
    await page.getByTestId('at-risk').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/@example\.co\.jp|\d{2,4}-\d{4}-\d{4}/);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'customer-success-01-map');

    // The fullest cell, by keyboard: its customers below, as many as the API has.
    const fullest = [...figures.customerSegmentMap.cells].sort(
      (a, b) => b.customers - a.customers,
    )[0]!;
    const button = page.getByTestId(`cell-${fullest.stage}-${fullest.npsBand}`);
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`cell=${fullest.stage}\\.${fullest.npsBand}`));
    const list = page.getByTestId('segment-customers');
    await list.getByTestId('segment-customers-count').waitFor();
    await expect(list.getByTestId('segment-customers-count').textContent()).resolves.toBe(
      `${fullest.customers.toLocaleString('ja-JP')}社のうち${Math.min(20, fullest.customers)}社`,
    );
    const cellCustomers = await queryAsViewer<{
      customers: { edges: { node: { name: string } }[] };
    }>(
      page,
      `{ customers(first: 20, filter: { segment: { stage: ${fullest.stage}, npsBand: ${fullest.npsBand} } },
          orderBy: { field: HEALTH_SCORE, direction: ASC }) { edges { node { name } } } }`,
    );
    const names = await list.locator('tbody tr td:first-child a').allTextContents();
    expect(names).toEqual(cellCustomers.customers.edges.map((e) => e.node.name));
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.close();
  });

  it('an operator has no menu entry and is refused at the address', async () => {
    const page = await browser!.newPage();
    await signOut(page);
    await signIn(page, kizuna!.baseUrl, DEMO_STAFF.operator);
    await expect(page.getByRole('menuitem', { name: '顧客の健全性' }).count()).resolves.toBe(0);
    await page.goto(`${kizuna!.baseUrl}/customer-success`);
    await page.getByText('このページはアナリストと管理者のロールで表示できます').waitFor();
    await page.close();
  });

  it('an admin changes a weight; the API keeps it, versioned and audited', async () => {
    const page = await browser!.newPage();
    await signOut(page);
    await signIn(page, kizuna!.baseUrl, DEMO_STAFF.admin);
    await page.goto(`${kizuna!.baseUrl}/admin/health-settings`);
    const usage = page.getByRole('spinbutton', { name: /利用の推移/ });
    await usage.waitFor();
    await expect(usage.inputValue()).resolves.toBe('30');
    await usage.fill('35');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('設定を保存しました。スコアは約15秒以内に再計算されます。').waitFor();
    await page.getByTestId('health-settings-version').getByText(/版 1/).waitFor();
    await settled(page);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);

    const saved = await queryAsViewer<{
      healthSettings: { version: number; weights: { signal: string; weight: number }[] };
      auditEvents: { edges: { node: { action: string } }[] };
    }>(
      page,
      `{ healthSettings { version weights { signal weight } }
         auditEvents(first: 1, filter: { actions: ["healthSettings.updated"] }) { edges { node { action } } } }`,
    );
    expect(saved.healthSettings.version).toBe(1);
    expect(saved.healthSettings.weights.find((w) => w.signal === 'USAGE')?.weight).toBe(35);
    expect(saved.auditEvents.edges.map((e) => e.node.action)).toEqual(['healthSettings.updated']);

    // A refusal of the rules stays on its field, and nothing is sent.
    const watch = page.getByRole('spinbutton', { name: '「要観察」の下限' });
    await watch.fill('90');
    await page.getByRole('button', { name: '保存する' }).click();
    await expect(watch.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.close();
  });
});
