import {
  checkWebhookEndpoint,
  groupEventTypes,
  serializeCreateWebhookEndpoint,
  serializeUpdateWebhookEndpoint,
} from './webhook-endpoint.serializer';

const KNOWN = [
  'customer.lead_created',
  'customer.churned',
  'subscription.changed',
  'provisioning_request.submitted',
  'provisioning_request.applied',
];

describe('checkWebhookEndpoint', () => {
  it.each([
    [{ url: 'https://billing.example.com/hooks' }, []],
    // The server decides on https and private addresses (its setting), not the console.
    [{ url: 'http://127.0.0.1:8080/hooks' }, []],
    [{ url: '  ' }, [['REQUIRED', 'url']]],
    [{ url: 'billing.example.com/hooks' }, [['INVALID_WEBHOOK_URL', 'url']]],
    [{ url: 'ftp://billing.example.com/' }, [['INVALID_WEBHOOK_URL', 'url']]],
    [{ url: 'https://user:pw@billing.example.com/' }, [['INVALID_WEBHOOK_URL', 'url']]],
    [{ url: `https://example.com/${'a'.repeat(2000)}` }, [['TOO_LONG', 'url']]],
    [
      { url: 'https://example.com/', eventTypes: ['customer.churned', 'customer.deleted'] },
      [['UNKNOWN_EVENT_TYPE', 'eventTypes']],
    ],
    [{ url: 'https://example.com/', description: 'あ'.repeat(501) }, [['TOO_LONG', 'description']]],
    [{ url: 'https://example.com/', description: 'あ'.repeat(500) }, []],
  ])('%j → %j', (values, expected) => {
    expect(checkWebhookEndpoint(values, KNOWN).map((e) => [e.code, e.field])).toEqual(expected);
  });
});

describe('serializeCreateWebhookEndpoint', () => {
  it('trims, and orders the event types as the API lists them', () => {
    expect(
      serializeCreateWebhookEndpoint(
        {
          url: ' https://billing.example.com/hooks ',
          eventTypes: ['subscription.changed', 'customer.churned'],
          description: ' 請求システム ',
        },
        KNOWN,
      ),
    ).toEqual({
      url: 'https://billing.example.com/hooks',
      eventTypes: ['customer.churned', 'subscription.changed'],
      description: '請求システム',
    });
  });

  it('sends no event type (every type) when none is chosen', () => {
    expect(serializeCreateWebhookEndpoint({ url: 'https://x.example/' }, KNOWN)).toEqual({
      url: 'https://x.example/',
      eventTypes: [],
      description: '',
    });
  });

  it('names the endpoint when updating', () => {
    expect(
      serializeUpdateWebhookEndpoint(
        'V2ViaG9va0VuZHBvaW50OjE',
        { url: 'https://x.example/' },
        KNOWN,
      ),
    ).toEqual({
      endpointId: 'V2ViaG9va0VuZHBvaW50OjE',
      url: 'https://x.example/',
      eventTypes: [],
      description: '',
    });
  });
});

describe('groupEventTypes', () => {
  it('groups by what precedes the dot, keeping the order of the list', () => {
    expect(groupEventTypes([...KNOWN, 'customer.erased', 'plain'])).toEqual([
      {
        prefix: 'customer',
        types: ['customer.lead_created', 'customer.churned', 'customer.erased'],
      },
      { prefix: 'subscription', types: ['subscription.changed'] },
      {
        prefix: 'provisioning_request',
        types: ['provisioning_request.submitted', 'provisioning_request.applied'],
      },
      { prefix: 'plain', types: ['plain'] },
    ]);
  });
});
