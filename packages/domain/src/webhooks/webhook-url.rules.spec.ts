import type { UserErrorCode } from '../errors/user-error.js';
import { validateWebhookUrl, webhookAddressRefusal, WEBHOOK_URL_MAX } from './webhook-url.rules.js';

const DEVELOPMENT = { production: false, allowPrivate: false };
const PRODUCTION = { production: true, allowPrivate: false };
const TESTS = { production: false, allowPrivate: true };

describe('validateWebhookUrl', () => {
  it.each([
    ['https://hooks.example.com/kizuna', PRODUCTION, 'https://hooks.example.com/kizuna'],
    [
      '  https://Hooks.Example.com:8443/a?b=c  ',
      PRODUCTION,
      'https://hooks.example.com:8443/a?b=c',
    ],
    ['http://hooks.example.com/', DEVELOPMENT, 'http://hooks.example.com/'],
    ['http://127.0.0.1:3000/hook', TESTS, 'http://127.0.0.1:3000/hook'],
    ['http://[::1]:3000/hook', TESTS, 'http://[::1]:3000/hook'],
    ['https://8.8.8.8/hook', PRODUCTION, 'https://8.8.8.8/hook'],
  ])('%s under %j → %s', (raw, policy, expected) => {
    expect(validateWebhookUrl(raw, policy)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', DEVELOPMENT, 'REQUIRED'],
    ['   ', DEVELOPMENT, 'REQUIRED'],
    [`https://example.com/${'a'.repeat(WEBHOOK_URL_MAX)}`, DEVELOPMENT, 'TOO_LONG'],
    ['hooks.example.com/kizuna', DEVELOPMENT, 'INVALID_WEBHOOK_URL'],
    ['ftp://hooks.example.com/', DEVELOPMENT, 'INVALID_WEBHOOK_URL'],
    ['javascript:alert(1)', DEVELOPMENT, 'INVALID_WEBHOOK_URL'],
    ['https://user:pass@hooks.example.com/', DEVELOPMENT, 'INVALID_WEBHOOK_URL'],
    ['https://hooks.example.com/#x', DEVELOPMENT, 'INVALID_WEBHOOK_URL'],
    ['http://hooks.example.com/', PRODUCTION, 'HTTPS_REQUIRED'],
    ['http://127.0.0.1:3000/', PRODUCTION, 'HTTPS_REQUIRED'],
    ['https://127.0.0.1/', PRODUCTION, 'PRIVATE_ADDRESS_NOT_ALLOWED'],
    ['http://127.0.0.1:3000/', DEVELOPMENT, 'PRIVATE_ADDRESS_NOT_ALLOWED'],
    ['http://0x7f.1/', DEVELOPMENT, 'PRIVATE_ADDRESS_NOT_ALLOWED'],
    ['http://[::1]/', DEVELOPMENT, 'PRIVATE_ADDRESS_NOT_ALLOWED'],
    ['http://[::ffff:169.254.169.254]/', DEVELOPMENT, 'PRIVATE_ADDRESS_NOT_ALLOWED'],
    ['http://169.254.169.254/latest/meta-data', DEVELOPMENT, 'PRIVATE_ADDRESS_NOT_ALLOWED'],
    ['http://10.0.0.8/', DEVELOPMENT, 'PRIVATE_ADDRESS_NOT_ALLOWED'],
  ] as [string, typeof DEVELOPMENT, UserErrorCode][])('%s under %j → %s', (raw, policy, code) => {
    const result = validateWebhookUrl(raw, policy);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, field: 'url' });
  });

  it('requires https in production even where private addresses are allowed', () => {
    expect(
      validateWebhookUrl('http://127.0.0.1/', { production: true, allowPrivate: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'HTTPS_REQUIRED' },
    });
  });
});

describe('webhookAddressRefusal', () => {
  it.each([
    [['93.184.215.14'], DEVELOPMENT, null],
    [['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'], PRODUCTION, null],
    [['127.0.0.1', '::1'], TESTS, null],
    [['127.0.0.1'], DEVELOPMENT, 'PRIVATE_ADDRESS_NOT_ALLOWED'],
    [['93.184.215.14', '10.0.0.1'], DEVELOPMENT, 'PRIVATE_ADDRESS_NOT_ALLOWED'],
    [['2606:4700::1', 'fd00::1'], PRODUCTION, 'PRIVATE_ADDRESS_NOT_ALLOWED'],
    [[], DEVELOPMENT, 'WEBHOOK_HOST_NOT_FOUND'],
    [[], TESTS, 'WEBHOOK_HOST_NOT_FOUND'],
  ] as [string[], typeof DEVELOPMENT, UserErrorCode | null][])(
    '%j under %j → %s',
    (addresses, policy, code) => {
      expect(webhookAddressRefusal(addresses, policy)?.code ?? null).toBe(code);
    },
  );

  it('names the refused address', () => {
    expect(webhookAddressRefusal(['8.8.8.8', '192.168.0.9'], DEVELOPMENT)?.message.en).toContain(
      '192.168.0.9',
    );
  });
});
