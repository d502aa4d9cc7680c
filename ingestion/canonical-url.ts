/**
 * The same posting page reached through two links differs only in tracking parameters, case of the
 * host, a fragment or a trailing slash. The canonical form drops those, so an exact URL match finds it.
 */

/** Query parameters that say who sent the visitor, never which page it is. */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'ref',
  'referrer',
  'refid',
  'ref_src',
  'src',
  'source',
  'trk',
  'trkinfo',
  'trackingid',
  'tracking_id',
  'campaign',
  'cmp',
  'from',
  'sessionid',
  'session_id',
  '_hsenc',
  '_hsmi',
  'hsctatracking',
  'vjs',
  'advn',
  'tk',
  'xkcb',
  'sjdu',
  'acatk',
  'pub',
  'gh_src',
  'lever-source',
  'lever-origin',
  'rx_ch',
  'rx_id',
  'rx_medium',
  'rx_source',
  'rx_campaign',
]);

export function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('pk_') || TRACKING.has(lower);
}

/**
 * Lower-case scheme and host, no `www.`, no fragment, no default port, no trailing slash, tracking
 * parameters removed and the rest sorted. Null when the text is not an http(s) URL.
 */
export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const kept = [...url.searchParams.entries()]
    .filter(([name]) => !isTrackingParameter(name))
    .sort(([a, av], [b, bv]) => a.localeCompare(b) || av.localeCompare(bv));
  const query = new URLSearchParams(kept).toString();
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port && url.port !== (url.protocol === 'https:' ? '443' : '80') ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '') || '';
  // Both schemes name the same page; https is what boards serve today.
  return `https://${host}${port}${path}${query ? `?${query}` : ''}`;
}

/** The same URL with its tracking parameters removed, otherwise as written (for text shown to people). */
export function withoutTracking(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  const names = [...url.searchParams.keys()];
  if (!names.some(isTrackingParameter)) return raw;
  for (const name of names) if (isTrackingParameter(name)) url.searchParams.delete(name);
  return url.toString();
}
