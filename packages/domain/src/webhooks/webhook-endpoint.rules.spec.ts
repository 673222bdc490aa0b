import {
  endpointReceives,
  validateWebhookEndpointFields,
  validateWebhookEventTypes,
  WEBHOOK_DESCRIPTION_MAX,
} from './webhook-endpoint.rules.js';

const KNOWN = ['customer.trial_started', 'customer.churned', 'subscription.changed'];
const POLICY = { production: true, allowPrivate: false };

describe('validateWebhookEventTypes', () => {
  it.each([
    [[], []],
    [
      ['subscription.changed', 'customer.trial_started'],
      ['customer.trial_started', 'subscription.changed'],
    ],
    [['customer.churned', 'customer.churned'], ['customer.churned']],
  ])('%j → %j', (types, expected) => {
    expect(validateWebhookEventTypes(types, KNOWN)).toEqual({ ok: true, value: expected });
  });

  it('refuses unknown types, naming them', () => {
    const result = validateWebhookEventTypes(['customer.churned', 'customer.deleted', 'x'], KNOWN);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_EVENT_TYPE', field: 'eventTypes' },
    });
    if (!result.ok) expect(result.error.message.en).toContain('customer.deleted, x');
  });
});

describe('validateWebhookEndpointFields', () => {
  it('validates and normalises every field given', () => {
    expect(
      validateWebhookEndpointFields(
        {
          url: ' https://hooks.example.com/a ',
          eventTypes: ['customer.churned'],
          description: '  請求システム  ',
        },
        KNOWN,
        POLICY,
      ),
    ).toEqual({
      ok: true,
      value: {
        url: 'https://hooks.example.com/a',
        eventTypes: ['customer.churned'],
        description: '請求システム',
      },
    });
  });

  it('leaves out the fields not given (an update of one field)', () => {
    expect(validateWebhookEndpointFields({ description: 'CRM' }, KNOWN, POLICY)).toEqual({
      ok: true,
      value: { description: 'CRM' },
    });
  });

  it('reports every problem', () => {
    const result = validateWebhookEndpointFields(
      {
        url: 'http://hooks.example.com/',
        eventTypes: ['nope.nope'],
        description: 'あ'.repeat(WEBHOOK_DESCRIPTION_MAX + 1),
      },
      KNOWN,
      POLICY,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.map((e) => [e.code, e.field])).toEqual([
        ['HTTPS_REQUIRED', 'url'],
        ['UNKNOWN_EVENT_TYPE', 'eventTypes'],
        ['TOO_LONG', 'description'],
      ]);
  });

  it('accepts a description of exactly the maximum length', () => {
    const description = '顧'.repeat(WEBHOOK_DESCRIPTION_MAX);
    expect(validateWebhookEndpointFields({ description }, KNOWN, POLICY).ok).toBe(true);
  });
});

describe('endpointReceives', () => {
  it.each([
    [[], 'customer.churned', true],
    [['customer.churned'], 'customer.churned', true],
    [['customer.churned'], 'subscription.changed', false],
    [['customer.churned', 'subscription.changed'], 'subscription.changed', true],
  ])('%j receives %s: %s', (types, type, expected) => {
    expect(endpointReceives(types, type)).toBe(expected);
  });
});
