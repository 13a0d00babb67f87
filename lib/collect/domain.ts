// Which hosts belong to one site: a page's images may be served from a sibling host of the same
// registrable domain (www.xx.gov.cn's pictures on img.xx.gov.cn, a county's on its province's
// platform under gd.gov.cn). A small rule, not the whole public suffix list (no such library is a
// dependency): under gov.cn the registrable part is the label before gov.cn (xx.gov.cn; a
// department's czt.gd.gov.cn is gd.gov.cn's); under a country code, the second-level suffixes China
// and others use (com.cn, org.cn, zj.cn …; com.hk, co.uk …) take one more label; otherwise the last
// two labels. An IP address is its own site.
import ipaddr from 'ipaddr.js';

/** Second-level labels under a two-letter country code that are public suffixes (com.cn, co.uk …). */
const GENERIC_SECOND = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'mil', 'co', 'or', 'ne', 'go']);
/** China's province domains (bj.cn, zj.cn …), public suffixes too. */
const CN_PROVINCES = new Set(
  'ah bj cq fj gd gs gx gz ha hb he hi hk hl hn jl js jx ln mo nm nx qh sc sd sh sn sx tj tw xj xz yn zj'.split(' '),
);

/** The registrable domain of a host name (no port), lowercase; the host itself when it has no such part. */
export function registrableDomain(hostname: string): string {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (ipaddr.isValid(host)) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const [second, tld] = labels.slice(-2) as [string, string];
  const suffixLabels = tld.length === 2 && (GENERIC_SECOND.has(second) || (tld === 'cn' && CN_PROVINCES.has(second))) ? 2 : 1;
  return labels.slice(-(suffixLabels + 1)).join('.');
}

/** Whether two hosts (host[:port] or URL hosts) are of one registrable domain: one site's. */
export function sameSite(a: string, b: string): boolean {
  const name = (h: string) => h.replace(/:\d+$/, '');
  return registrableDomain(name(a)) === registrableDomain(name(b));
}
