import { isNonPublicAddress, parseIpAddress } from './ip-address.js';

describe('parseIpAddress', () => {
  it.each([
    ['192.0.2.1', { version: 4, octets: [192, 0, 2, 1] }],
    ['::1', { version: 6, groups: [0, 0, 0, 0, 0, 0, 0, 1] }],
    [
      '[2001:db8::8a2e:370:7334]',
      { version: 6, groups: [0x2001, 0xdb8, 0, 0, 0, 0x8a2e, 0x370, 0x7334] },
    ],
    ['::ffff:10.0.0.1', { version: 6, groups: [0, 0, 0, 0, 0, 0xffff, 0x0a00, 0x0001] }],
    ['fe80::1%eth0', { version: 6, groups: [0xfe80, 0, 0, 0, 0, 0, 0, 1] }],
    ['1:2:3:4:5:6:7:8', { version: 6, groups: [1, 2, 3, 4, 5, 6, 7, 8] }],
  ])('%s', (text, expected) => {
    expect(parseIpAddress(text)).toEqual(expected);
  });

  it.each([
    'example.com',
    '256.1.1.1',
    '1.2.3',
    '01.2.3.4',
    '1:2:3:4:5:6:7',
    '1::2::3',
    '1:2:3:4:5:6:7:8::',
    '::ffff:1.2.3.999',
    '',
  ])('%s is not an address', (text) => {
    expect(parseIpAddress(text)).toBeNull();
  });
});

describe('isNonPublicAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback in a URL'],
    ['fc00::1', 'unique local'],
    ['fd12:3456::1', 'unique local'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
    ['64:ff9b::a00:1', 'NAT64 of a private address'],
    ['2001:db8::1', 'documentation'],
    ['not-an-address', 'unreadable'],
  ])('%s (%s) is not public', (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '172.15.255.255',
    '172.32.0.1',
    '100.128.0.1',
    '169.253.0.1',
    '203.0.114.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ])('%s is public', (address) => {
    expect(isNonPublicAddress(address)).toBe(false);
  });
});
