import dns from 'node:dns';
import net from 'node:net';
import { GLASSDOOR_DOMAINS, INDEED_DOMAINS } from '../common/board-sites';
import type { Provider } from './contract';

/**
 * Which URLs the provider may be asked to fetch. A job URL must be on one of its board's own sites,
 * named exactly (a suffix or substring match let `www.indeed.com.attacker.example` through); any
 * URL must not point at a private, loopback, link-local or metadata address, by literal or by what
 * its name resolves to here. The URL handed on is the one checked, as the WHATWG parser normalized
 * it, so the provider never reads a different host than the one approved.
 */

const BOARD_HOSTS: Readonly<Record<Provider, ReadonlySet<string>>> = {
  indeed: new Set(INDEED_DOMAINS),
  glassdoor: new Set(['www.glassdoor.com', ...GLASSDOOR_DOMAINS]),
};

/** Why a URL was refused; the gateway answers it as GATEWAY_TARGET_REFUSED. */
export class TargetRefused extends Error {}

/**
 * Addresses nobody outside our own networks should be asked to fetch: RFC 1918 and 6598 (carrier
 * NAT, where Alibaba's metadata lives), loopback, link-local (169.254.169.254 and friends), "this
 * network", documentation, benchmarking, multicast and reserved ranges; IPv6 unique-local (AWS's
 * fd00:ec2::254), link-local, site-local, loopback, multicast. IPv4-mapped IPv6 addresses are
 * checked against the IPv4 rules by BlockList itself; NAT64 and 6to4 embed an IPv4 address and are
 * refused whole rather than decoded.
 */
const BLOCKED = (() => {
  const list = new net.BlockList();
  const v4: [string, number][] = [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.0.2.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
  ];
  const v6: [string, number][] = [
    ['::', 128],
    ['::1', 128],
    ['64:ff9b::', 96],
    ['64:ff9b:1::', 48],
    ['100::', 64],
    ['2001:db8::', 32],
    ['2002::', 16],
    ['fc00::', 7],
    ['fe80::', 10],
    ['fec0::', 10],
    ['ff00::', 8],
  ];
  for (const [address, prefix] of v4) list.addSubnet(address, prefix, 'ipv4');
  for (const [address, prefix] of v6) list.addSubnet(address, prefix, 'ipv6');
  return list;
})();

/** Names that only ever mean something inside a private network. */
const INTERNAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)$/;

function blockedAddress(address: string): boolean {
  const family = net.isIP(address);
  return family !== 0 && BLOCKED.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** The host as the URL parser normalized it, without IPv6 brackets. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Parses and checks what any provider-fetched URL must be, before its host is looked at. */
function parseTarget(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefused('url is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TargetRefused('url must be http or https');
  // Credentials and odd ports are where URL parsers disagree about the host; no public page needs them.
  if (url.username || url.password) throw new TargetRefused('url must not carry credentials');
  if (url.port !== '') throw new TargetRefused('url must use the default port');
  if (url.hostname.endsWith('.')) throw new TargetRefused('url host must not end with a dot');
  return url;
}

/**
 * A job URL on its board's own site, exactly (`www.indeed.com`, `uk.indeed.com`,
 * `www.glassdoor.co.uk`…), over HTTPS; returns the normalized URL.
 */
export function boardJobUrl(provider: Provider, raw: string): URL {
  const url = parseTarget(raw);
  if (url.protocol !== 'https:') throw new TargetRefused(`url must be an https ${provider} job URL`);
  if (!BOARD_HOSTS[provider].has(url.hostname)) throw new TargetRefused(`url host is not a ${provider} site`);
  return url;
}

export type Resolver = (host: string) => Promise<readonly string[]>;

const LOOKUP_DEADLINE_MS = 2_000;
const LOOKUP_TTL_MS = 60_000;
const LOOKUP_CACHE_SIZE = 1_024;
const lookups = new Map<string, { at: number; addresses: Promise<readonly string[]> }>();

function lookup(host: string): Promise<readonly string[]> {
  const found = dns.promises.lookup(host, { all: true, verbatim: true }).then((all) => all.map((a) => a.address));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('lookup timed out')), LOOKUP_DEADLINE_MS);
  });
  return Promise.race([found, deadline]).finally(() => clearTimeout(timer));
}

/**
 * The system resolver (what `/etc/hosts` and DNS say here), with a deadline. Answers, failures
 * included, are kept for a minute: the scrape fallback asks about the same few hosts again and
 * again, and a lookup that fails slowly must not hold every call.
 */
export const systemResolver: Resolver = (host) => {
  const now = Date.now();
  const cached = lookups.get(host);
  if (cached && now - cached.at < LOOKUP_TTL_MS) return cached.addresses;
  if (lookups.size >= LOOKUP_CACHE_SIZE) lookups.clear();
  const addresses = lookup(host);
  addresses.catch(() => undefined);
  lookups.set(host, { at: now, addresses });
  return addresses;
};

/**
 * A URL any site may be at (the scrape fallback): refused when its host is an internal name, an
 * address in a blocked range, or a name that resolves here to one. A name that does not resolve
 * here passes: the provider resolves it in its own network, where our addresses are not reachable.
 */
export async function publicPageUrl(raw: string, resolve: Resolver = systemResolver): Promise<URL> {
  const url = parseTarget(raw);
  const host = hostOf(url);
  if (net.isIP(host) !== 0) {
    if (blockedAddress(host)) throw new TargetRefused('url points at a private, loopback or link-local address');
    return url;
  }
  if (!host.includes('.') || INTERNAL_NAME.test(host))
    throw new TargetRefused('url host is an internal name, not a public site');
  let addresses: readonly string[];
  try {
    addresses = await resolve(host);
  } catch {
    return url;
  }
  if (addresses.some(blockedAddress))
    throw new TargetRefused('url host resolves to a private, loopback or link-local address');
  return url;
}
