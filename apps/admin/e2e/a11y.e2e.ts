import type { Page } from 'playwright-core';
import {
  type Browser,
  DEMO_STAFF,
  chromiumPath,
  describeInBrowser,
  type Kizuna,
  launchBrowser,
  seriousAxeViolations,
  settled,
  signIn,
  startKizuna,
} from './harness';
import { mainPages } from './main-pages';

/** What a screen needs besides axe's verdict: one main landmark and one level-one heading in it. */
async function landmarkProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const mains = document.querySelectorAll('main, [role="main"]').length;
    if (mains !== 1) problems.push(`${mains} main landmarks (want 1)`);
    const headings = [...document.querySelectorAll('h1')].filter((h) => h.closest('main'));
    if (headings.length !== 1)
      problems.push(`${headings.length} level-one headings in main (want 1)`);
    return problems;
  });
}

/** Axe's critical and serious findings and the landmark problems of the screen at `path`. */
async function audit(page: Page, baseUrl: string, path: string): Promise<string[]> {
  await page.goto(`${baseUrl}${path}`);
  await settled(page);
  return [...(await landmarkProblems(page)), ...(await seriousAxeViolations(page))];
}

describeInBrowser('accessibility (axe-core) in a real browser', () => {
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

  it('the login page has a main landmark, one h1 and no critical or serious violation', async () => {
    const page = await browser!.newPage();
    await expect(audit(page, kizuna!.baseUrl, '/login')).resolves.toEqual([]);
    await page.close();
  });

  it('every main screen has one h1 in main and no critical or serious violation', async () => {
    const page = await browser!.newPage();
    await signIn(page, kizuna!.baseUrl, DEMO_STAFF.admin);
    const failures: string[] = [];
    for (const { name, path } of await mainPages(page)) {
      const problems = await audit(page, kizuna!.baseUrl, path);
      failures.push(...problems.map((problem) => `${name} (${path}): ${problem}`));
    }
    // One readable list: every screen, every rule id and its elements.
    expect(failures).toEqual([]);
    await page.close();
  });

  it.each([
    ['operator', DEMO_STAFF.operator],
    ['checker', DEMO_STAFF.checker],
    ['analyst', DEMO_STAFF.analyst],
  ])('the home of the %s passes too', async (_role, email) => {
    const page = await browser!.newPage();
    await signIn(page, kizuna!.baseUrl, email);
    await expect(audit(page, kizuna!.baseUrl, '/')).resolves.toEqual([]);
    await page.close();
  });

  it('a skip link is the first thing Tab reaches, and Enter moves the focus into main', async () => {
    const page = await browser!.newPage();
    await signIn(page, kizuna!.baseUrl, DEMO_STAFF.operator);
    await page.goto(`${kizuna!.baseUrl}/customers`);
    await settled(page);
    const skip = page.getByRole('link', { name: '本文へスキップ' });
    // Hidden until it has the focus, then shown.
    await expect(skip.isVisible()).resolves.toBe(true);
    const hiddenBox = await skip.boundingBox();
    expect(hiddenBox === null || hiddenBox.width <= 1 || hiddenBox.y + hiddenBox.height <= 0).toBe(
      true,
    );

    await page.keyboard.press('Tab');
    await expect(skip.evaluate((link) => link === document.activeElement)).resolves.toBe(true);
    const shownBox = await skip.boundingBox();
    expect(shownBox!.width).toBeGreaterThan(1);
    expect(shownBox!.y).toBeGreaterThanOrEqual(0);

    await page.keyboard.press('Enter');
    const focusedInMain = () =>
      page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    await expect(focusedInMain()).resolves.toBe(true);
    // The next Tab goes on inside the page's content, not back to the side menu.
    await page.keyboard.press('Tab');
    await expect(focusedInMain()).resolves.toBe(true);
    await page.close();
  });
});
