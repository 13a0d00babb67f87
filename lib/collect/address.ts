// Which addresses the collector may open: http(s) only, public addresses only, checked on the
// address actually connected to (fetch.ts resolves, checks, then connects to that very address).
// COLLECT_ALLOW_PRIVATE=1 admits loopback (127.0.0.0/8, ::1) for tests and local sites, never any
// other private, link-local or metadata range. Alternate spellings of an IP address
// (http://2130706433/, 0177.0.0.1, [::ffff:127.0.0.1]) are refused whatever they name.
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

export interface AddressPolicy {
  /** Admit 127.0.0.0/8 and ::1 (COLLECT_ALLOW_PRIVATE=1). */
  allowLoopback: boolean;
}

export function policyFromEnv(env: Record<string, string | undefined> = process.env): AddressPolicy {
  return { allowLoopback: env.COLLECT_ALLOW_PRIVATE === '1' };
}

/** Host name → addresses. Tests inject one that knows only their fixture hosts. */
export type Resolver = (hostname: string) => Promise<string[]>;

export const systemResolver: Resolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

export class AddressRefusal extends Error {
  override name = 'AddressRefusal';
  constructor(
    readonly code: 'SCHEME' | 'BAD_URL' | 'ALTERNATE_FORM' | 'PRIVATE_ADDRESS' | 'UNRESOLVED',
    message: string,
  ) {
    super(message);
  }
}

/** The host as written in the address (URL() rewrites numeric forms to dotted quads). */
function writtenHost(raw: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(raw.trim());
  return (m?.[1] ?? '').toLowerCase();
}

/** Parses and checks an address before any lookup: scheme, and IP literals written canonically. */
export function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AddressRefusal('BAD_URL', `not an address: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AddressRefusal('SCHEME', `only http and https are fetched: ${raw}`);
  const host = url.hostname;
  if (host.startsWith('[')) {
    const v6 = ipaddr.IPv6.parse(host.slice(1, -1));
    if (v6.isIPv4MappedAddress()) throw new AddressRefusal('ALTERNATE_FORM', `an IPv4 address written as IPv6: ${raw}`);
  } else if (ipaddr.IPv4.isValidFourPartDecimal(host) && writtenHost(raw) !== host) {
    throw new AddressRefusal('ALTERNATE_FORM', `an IP address written in another form (${writtenHost(raw)} is ${host}): ${raw}`);
  }
  return url;
}

/** Whether one resolved address may be connected to. */
export function isAllowedAddress(address: string, policy: AddressPolicy): boolean {
  if (!ipaddr.isValid(address)) return false;
  // IPv4-mapped IPv6 (::ffff:a.b.c.d) is a range of its own, never 'unicast' or 'loopback'.
  const range = ipaddr.parse(address).range();
  return range === 'unicast' || (policy.allowLoopback && range === 'loopback');
}

/** The address to connect to for a host name (or IP literal), checked; refuses when none may be opened. */
export async function resolveChecked(hostname: string, resolver: Resolver, policy: AddressPolicy): Promise<string> {
  const literal = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  const addresses = ipaddr.isValid(literal) ? [literal] : await resolver(hostname).catch(() => []);
  if (!addresses.length) throw new AddressRefusal('UNRESOLVED', `${hostname} has no address`);
  const allowed = addresses.find((a) => isAllowedAddress(a, policy));
  if (!allowed) throw new AddressRefusal('PRIVATE_ADDRESS', `${hostname} is ${addresses.join(', ')}: not a public address`);
  return allowed;
}
