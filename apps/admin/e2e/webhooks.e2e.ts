import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1: records every request, answers what `answers` says per path. */
async function startReceiver() {
  const received: Received[] = [];
  const answers = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(answers.get(path) ?? 200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    answers,
    /** The requests to this path, once there are at least `count`. */
    waitFor: async (path: string, count: number, timeoutMs = 20_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const got = received.filter((r) => r.path === path);
        if (got.length >= count) return got;
        if (Date.now() > deadline)
          throw new Error(`${path}: ${got.length} request(s), expected ${count}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

/**
 * Standard Webhooks verification as the specification writes it, independent of the API's code:
 * the key is the base64 after `whsec_`; the signed content is `id.timestamp.body`; the header
 * holds space-separated `v1,<base64 HMAC-SHA256>` signatures, any of which may match.
 */
function verifyStandardWebhook(secret: string, request: Received): boolean {
  const id = request.headers['webhook-id'] as string;
  const timestamp = request.headers['webhook-timestamp'] as string;
  const signatures = (request.headers['webhook-signature'] as string).split(' ');
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${request.body}`).digest();
  return signatures.some((signature) => {
    const [version, value] = signature.split(',');
    const given = Buffer.from(value ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

describeInBrowser('webhooks console in a real browser', () => {
  let kizuna: Kizuna | undefined;
  let browser: Browser | undefined;
  let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;

  beforeAll(async () => {
    receiver = await startReceiver();
    // The receiver listens on loopback: allowed only with this setting (development and tests).
    kizuna = await startKizuna(150_000, { KIZUNA_WEBHOOK_ALLOW_PRIVATE: 'true' });
    browser = await launchBrowser(chromiumPath!);
  });

  afterAll(async () => {
    publishScreenshots({ 'webhooks-02-endpoint': 'webhooks.png' });
    await browser?.close();
    await kizuna?.stop();
    await receiver?.close();
  });

  async function openAsAdmin(path: string): Promise<Page> {
    const page = await browser!.newPage();
    await page.goto(`${kizuna!.baseUrl}${path}`);
    // The browser keeps the session of an earlier test.
    await page.getByTestId('viewer').or(page.getByLabel('メールアドレス')).first().waitFor();
    if (new URL(page.url()).pathname === '/login') {
      await page.getByLabel('メールアドレス').fill(ADMIN.email);
      await page.getByLabel('パスワード').fill(ADMIN.password);
      await page.getByRole('button', { name: 'ログイン' }).click();
    }
    await page.getByTestId('viewer').waitFor();
    return page;
  }

  /** The confirmation open now (antd Popconfirm). */
  const popconfirm = (page: Page) => page.locator('.ant-popconfirm').filter({ visible: true });

  /** The toast with this text (antd messages). */
  const toast = (page: Page, text: string | RegExp) =>
    page.locator('.ant-message-notice').filter({ hasText: text });

  async function createEndpoint(page: Page, url: string, chooseTypes: string[]): Promise<string> {
    await page.getByRole('button', { name: '送信先を追加' }).click();
    const form = page.getByRole('form', { name: '送信先を追加' });
    await form.getByLabel('URL').fill(url);
    const types = form.getByLabel('イベント', { exact: true });
    for (const type of chooseTypes) {
      await types.fill(type);
      await types.press('Enter');
    }
    // Tab on to the next field: the list of types closes.
    await types.press('Tab');
    await form.getByLabel('説明').fill('請求システム連携');
    await form.getByRole('button', { name: '送信先を追加' }).click();
    const dialog = page.getByRole('dialog', { name: '送信先を追加しました' });
    await dialog.waitFor();
    return dialog.getByLabel(/署名シークレット/).inputValue();
  }

  it('adds an endpoint (secret shown once), sends a signed test event, replays after a 500, and stops it', async () => {
    const page = await openAsAdmin('/admin/webhooks');
    await page.getByText('Webhook の送信先はありません。').waitFor();
    const hooksUrl = receiver!.url('/hooks');

    // The domain's rule speaks before anything is sent; the API's refusal lands on the field too.
    await page.getByRole('button', { name: '送信先を追加' }).click();
    const form = page.getByRole('form', { name: '送信先を追加' });
    const url = form.getByLabel('URL');
    // The form opens with the URL focused, and Enter sends it: usable from the keyboard alone.
    await expect(url.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('billing.example.com/hooks');
    await page.keyboard.press('Enter');
    await form.getByText(/http:\/\/ または https:\/\/ で始まるURL/).waitFor();
    await url.fill('https://no-such-host.invalid/hooks');
    await url.press('Enter');
    await form.getByText('URLのホスト名を名前解決できません。').waitFor();
    await screenshot(page, 'webhooks-01-refused');
    await form.getByRole('button', { name: 'キャンセル' }).click();

    const secret = await createEndpoint(page, hooksUrl, [
      'customer.churned',
      'subscription.changed',
    ]);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const dialog = page.getByRole('dialog', { name: '送信先を追加しました' });
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain(
      '二度と表示できません',
    );
    await screenshot(page, 'webhooks-01-secret');
    // Escape does not throw the secret away: closing is a deliberate click.
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: '保管しました（閉じる）' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.locator('body').textContent()).resolves.not.toContain(secret);

    // The list: the URL, the description, the event types as tags, active.
    const row = page.getByTestId('webhook-endpoint-table').getByRole('row', { name: /hooks/ });
    await row.getByText('請求システム連携').waitFor();
    await row.getByText('解約', { exact: true }).waitFor();
    await row.getByText('契約内容の変更').waitFor();
    await row.getByText('有効').waitFor();
    await expect(row.textContent()).resolves.toMatch(/\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
    await screenshot(page, 'webhooks-01-list');

    // The endpoint's page: no delivery yet; a test event reaches the receiver, signed.
    await row.getByRole('link', { name: hooksUrl }).click();
    await page.waitForURL(/\/admin\/webhooks\/[^/?]+$/);
    await page.getByText('まだ配信はありません').waitFor();
    await page.getByRole('button', { name: 'テストイベントを送信' }).click();
    const [test] = await receiver!.waitFor('/hooks', 1);
    expect(test!.headers['webhook-id']).toMatch(/^evt_[0-9a-f]{32}$/);
    expect(Math.abs(Number(test!.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(
      300,
    );
    expect(verifyStandardWebhook(secret, test!)).toBe(true);
    expect(verifyStandardWebhook(`whsec_${Buffer.alloc(32).toString('base64')}`, test!)).toBe(
      false,
    );
    const eventId = test!.headers['webhook-id'] as string;
    expect(JSON.parse(test!.body)).toMatchObject({ id: eventId, type: 'webhook.test' });
    await toast(page, 'テストイベントは受信されました（HTTP 200）').waitFor();
    const deliveries = page.getByTestId('webhook-delivery-table');
    const delivery = deliveries.getByRole('row', { name: new RegExp(eventId) });
    await delivery.getByText('成功').waitFor();
    await expect(delivery.textContent()).resolves.toMatch(
      /webhook\.test[\s\S]*成功[\s\S]*1[\s\S]*200[\s\S]*\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/,
    );
    await screenshot(page, 'webhooks-02-endpoint');

    // The receiver fails now: a replay is sent again with the same webhook-id, and waits to retry.
    receiver!.answers.set('/hooks', 500);
    await delivery.getByRole('button', { name: /再送/ }).click();
    await popconfirm(page)
      .getByRole('button', { name: /^再\s?送$/ })
      .click();
    await toast(page, '再送を予約しました。').waitFor();
    const [, replayed] = await receiver!.waitFor('/hooks', 2);
    expect(replayed!.headers['webhook-id']).toBe(eventId);
    expect(verifyStandardWebhook(secret, replayed!)).toBe(true);
    await delivery.getByText('再試行待ち').waitFor();
    await delivery.getByText(/^500/).waitFor();
    const cells = await delivery.locator('td').allTextContents();
    expect(Number(cells[3])).toBeGreaterThanOrEqual(1); // attempts since the replay
    expect(cells[5]).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/); // last attempt, JST
    expect(cells[6]).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/); // next attempt, JST
    await screenshot(page, 'webhooks-03-retrying');

    // Rotating: confirmed with the 24 h overlap explained, the new secret shown once.
    await page.getByRole('button', { name: 'シークレットを再発行' }).click();
    await popconfirm(page).getByText('24時間').waitFor();
    await popconfirm(page).getByRole('button', { name: 'シークレットを再発行' }).click();
    const rotated = page.getByRole('dialog', { name: '署名シークレットを再発行しました' });
    const newSecret = await rotated.getByLabel(/署名シークレット/).inputValue();
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(secret);
    await rotated.getByRole('button', { name: '保管しました（閉じる）' }).click();
    await page.getByText(/旧シークレットも .* まで署名に使われます/).waitFor();

    // Stopping: confirmed; the waiting retry is cancelled, nothing more can be sent.
    await page.getByRole('button', { name: /^停\s?止$/ }).click();
    await popconfirm(page)
      .getByRole('button', { name: /^停\s?止$/ })
      .click();
    await toast(page, '送信を停止しました。').waitFor();
    await page.getByText('管理者が停止').waitFor();
    await delivery.getByText('キャンセル').waitFor();
    await expect(
      page.getByRole('button', { name: 'テストイベントを送信' }).isDisabled(),
    ).resolves.toBe(true);
    await screenshot(page, 'webhooks-04-stopped');

    // The page can be reloaded: the endpoint is read by its id.
    await page.reload();
    await page.getByText('管理者が停止').waitFor();
    await page.close();
  });

  it('warns on every administration page when an endpoint was stopped automatically (410 Gone)', async () => {
    const page = await openAsAdmin('/admin/webhooks');
    const goneUrl = receiver!.url('/gone');
    receiver!.answers.set('/gone', 410);
    await createEndpoint(page, goneUrl, []);
    await page
      .getByRole('dialog', { name: '送信先を追加しました' })
      .getByRole('button', { name: '保管しました（閉じる）' })
      .click();
    const row = page.getByTestId('webhook-endpoint-table').getByRole('row', { name: /gone/ });
    await row.getByText('すべてのイベント').waitFor();
    await row.getByRole('link', { name: goneUrl }).click();
    await page.getByRole('button', { name: 'テストイベントを送信' }).click();
    await receiver!.waitFor('/gone', 1);
    await toast(page, 'テストイベントは受信されませんでした（410）').waitFor();
    await page.getByText('受信側が 410 Gone を返したため自動停止', { exact: true }).waitFor();

    // Elsewhere in 管理, the banner names the endpoint and leads to it.
    await page.getByRole('tab', { name: 'スタッフ' }).click();
    const banner = page.getByTestId('webhook-disabled-banner');
    await banner.getByText('自動で停止された Webhook の送信先があります').waitFor();
    await banner.getByText(goneUrl).waitFor();
    await screenshot(page, 'webhooks-05-banner');

    // Narrow screens: the list, the endpoint and its deliveries stay usable at 390 px.
    await page.setViewportSize({ width: 390, height: 844 });
    await banner.getByRole('link', { name: '送信先を確認する' }).click();
    await page.waitForURL(/\/admin\/webhooks$/);
    await page.getByTestId('webhook-endpoint-table').getByText('すべてのイベント').waitFor();
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await screenshot(page, 'webhooks-06-list-390');
    await page.getByRole('link', { name: goneUrl }).first().click();
    await page.getByTestId('webhook-delivery-table').getByText('失敗').waitFor();
    await screenshot(page, 'webhooks-07-endpoint-390');

    // Resuming clears the warning.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: /^再\s?開$/ }).click();
    await popconfirm(page)
      .getByRole('button', { name: /^再\s?開$/ })
      .click();
    await toast(page, '送信を再開しました。').waitFor();
    await banner.waitFor({ state: 'detached' });
    await page.close();
  });
});
