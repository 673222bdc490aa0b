/**
 * IP addresses as written by URLs and resolvers, and whether one is publicly routable — pure
 * parsing, no I/O (the API resolves host names and asks about each address).
 */

/** IPv4 as four octets, IPv6 as eight 16-bit groups. */
export type IpAddress = { version: 4; octets: number[] } | { version: 6; groups: number[] };

/** A dotted quad of decimal octets (the form URL parsers and resolvers produce), or null. */
function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const octets = parts.map((p) => (/^(0|[1-9]\d{0,2})$/.test(p) ? Number(p) : NaN));
  return octets.every((o) => o <= 255) ? octets : null;
}

/** IPv6 in any of its textual forms (`::`, an IPv4 tail, a zone index), or null. */
function parseIpv6(text: string): number[] | null {
  const address = text.replace(/%.*$/, '');
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (half: string): number[] | null => {
    if (half === '') return [];
    const groups: number[] = [];
    const parts = half.split(':');
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIpv4(part);
        if (!v4) return null;
        groups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
        groups.push(parseInt(part, 16));
      } else {
        return null;
      }
    }
    return groups;
  };
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...new Array<number>(missing).fill(0), ...tail] : null;
}

/** An IP address literal (IPv6 with or without the brackets of a URL host), or null. */
export function parseIpAddress(text: string): IpAddress | null {
  const octets = parseIpv4(text);
  if (octets) return { version: 4, octets };
  const groups = parseIpv6(text.replace(/^\[(.*)\]$/, '$1'));
  return groups ? { version: 6, groups } : null;
}

/** IPv4 ranges that are not the public internet: [network, prefix length]. */
const NON_PUBLIC_IPV4: readonly (readonly [number, number])[] = [
  [0x00000000, 8], // "this network", 0.0.0.0
  [0x0a000000, 8], // 10/8 private
  [0x64400000, 10], // 100.64/10 carrier-grade NAT
  [0x7f000000, 8], // 127/8 loopback
  [0xa9fe0000, 16], // 169.254/16 link-local (cloud metadata services)
  [0xac100000, 12], // 172.16/12 private
  [0xc0000000, 24], // 192.0.0/24 protocol assignments
  [0xc0a80000, 16], // 192.168/16 private
  [0xc6120000, 15], // 198.18/15 benchmarking
  [0xe0000000, 3], // 224/4 multicast, 240/4 reserved, 255.255.255.255
];

function ipv4IsPublic(octets: readonly number[]): boolean {
  const value = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  return !NON_PUBLIC_IPV4.some(([network, bits]) => {
    const mask = (0xffffffff << (32 - bits)) >>> 0;
    return (value & mask) >>> 0 === network;
  });
}

function ipv6IsPublic(groups: readonly number[]): boolean {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, ...number[]];
  const embeddedV4 = [g6! >> 8, g6! & 0xff, g7! >> 8, g7! & 0xff];
  if (groups.slice(0, 7).every((g) => g === 0)) return false; // :: and ::1
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff)
    return ipv4IsPublic(embeddedV4); // IPv4-mapped ::ffff:a.b.c.d
  if (g0 === 0x64 && g1 === 0xff9b && groups.slice(2, 6).every((g) => g === 0))
    return ipv4IsPublic(embeddedV4); // NAT64 64:ff9b::a.b.c.d
  if ((g0 & 0xfe00) === 0xfc00) return false; // fc00::/7 unique local
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xffc0) === 0xfec0) return false; // link-/site-local
  if ((g0 & 0xff00) === 0xff00) return false; // multicast
  if (g0 === 0x2001 && g1 === 0x0db8) return false; // documentation
  return true;
}

/**
 * Whether an address is not the public internet: private, loopback, link-local, unique local,
 * multicast, reserved — or not an address at all (refusing what cannot be read is the safe side).
 */
export function isNonPublicAddress(text: string): boolean {
  const address = parseIpAddress(text);
  if (!address) return true;
  return address.version === 4 ? !ipv4IsPublic(address.octets) : !ipv6IsPublic(address.groups);
}
