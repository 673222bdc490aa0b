import {
  isFailingTooLong,
  nextWebhookAttemptAt,
  webhookResponseVerdict,
  WEBHOOK_MAX_ATTEMPTS,
} from './webhook-delivery.rules.js';

const failedAt = new Date('2027-01-01T00:00:00Z');
const S = 1_000;
const M = 60 * S;
const H = 60 * M;

describe('nextWebhookAttemptAt', () => {
  // Standard Webhooks: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h.
  it.each([
    [1, 5 * S],
    [2, 5 * M],
    [3, 30 * M],
    [4, 2 * H],
    [5, 5 * H],
    [6, 10 * H],
    [7, 10 * H],
  ])('after attempt %i waits %i ms (random 0.5: no jitter)', (attempts, delay) => {
    expect(nextWebhookAttemptAt(attempts, failedAt, 0.5)?.getTime()).toBe(
      failedAt.getTime() + delay,
    );
  });

  it.each([
    [0, 0.9 * 5 * S],
    [0.999999, 1.1 * 5 * S],
    [0.25, 0.95 * 5 * S],
  ])('jitter stays within ±10%% (random %f → %i ms)', (random, delay) => {
    const at = nextWebhookAttemptAt(1, failedAt, random)!.getTime() - failedAt.getTime();
    expect(at).toBeCloseTo(delay, -1);
  });

  it('gives up after the eighth attempt', () => {
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(8);
    expect(nextWebhookAttemptAt(8, failedAt, 0.5)).toBeNull();
    expect(nextWebhookAttemptAt(9, failedAt, 0.5)).toBeNull();
    expect(nextWebhookAttemptAt(0, failedAt, 0.5)).toBeNull();
  });

  it('adds up to about a day and a half', () => {
    let at = failedAt;
    for (let attempt = 1; attempt < WEBHOOK_MAX_ATTEMPTS; attempt++)
      at = nextWebhookAttemptAt(attempt, at, 0.5)!;
    const hours = (at.getTime() - failedAt.getTime()) / H;
    expect(hours).toBeGreaterThan(27);
    expect(hours).toBeLessThan(28);
  });
});

describe('webhookResponseVerdict', () => {
  it.each([
    [200, 'SUCCEEDED'],
    [204, 'SUCCEEDED'],
    [299, 'SUCCEEDED'],
    [410, 'GONE'],
    [301, 'RETRY'],
    [400, 'RETRY'],
    [404, 'RETRY'],
    [429, 'RETRY'],
    [500, 'RETRY'],
    [503, 'RETRY'],
    [null, 'RETRY'],
  ])('%s → %s', (status, verdict) => {
    expect(webhookResponseVerdict(status)).toBe(verdict);
  });
});

describe('isFailingTooLong', () => {
  const since = new Date('2027-01-01T00:00:00Z');
  it.each([
    ['2027-01-05T23:59:59Z', false],
    ['2027-01-06T00:00:00Z', true],
    ['2027-01-09T00:00:00Z', true],
  ])('failing since 2027-01-01, at %s → %s', (now, expected) => {
    expect(isFailingTooLong(since, new Date(now))).toBe(expected);
  });
});
