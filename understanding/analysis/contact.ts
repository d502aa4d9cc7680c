import { US_STATE_NAMES } from '../../common/us-states';

/** Links and the location a resume states in its header. */
export interface ProfileLink {
  readonly kind: 'linkedin' | 'github' | 'gitlab' | 'portfolio' | 'other';
  readonly url: string;
}

const URL =
  /\b((?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|me|co|ai|app|info|tech|site|xyz|page|[a-z]{2})(?:\/[^\s,;)"'<>]*)?)/gi;

export function findLinks(text: string): ProfileLink[] {
  const out = new Map<string, ProfileLink>();
  for (const m of text.matchAll(URL)) {
    const raw = m[1]!.replace(/[.,]+$/, '');
    // Emails contain domains too; "name@site.com" is not a link.
    if (text[m.index - 1] === '@' || /@/.test(raw)) continue;
    const withScheme = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
    let host: string;
    try {
      host = new globalThis.URL(withScheme).hostname.toLowerCase();
    } catch {
      continue;
    }
    if (!/[a-z]/.test(host.split('.').slice(-1)[0] ?? '')) continue;
    // A bare "company.com" in prose is usually an employer, not the candidate's link; keep paths and known hosts.
    const known =
      /(^|\.)(linkedin\.com|github\.com|gitlab\.com|behance\.net|dribbble\.com|medium\.com|stackoverflow\.com)$/.test(
        host,
      );
    if (!known && !/^https?:\/\//i.test(raw) && !/^www\./i.test(raw)) continue;
    const kind: ProfileLink['kind'] = host.endsWith('linkedin.com')
      ? 'linkedin'
      : host.endsWith('github.com')
        ? 'github'
        : host.endsWith('gitlab.com')
          ? 'gitlab'
          : /behance|dribbble|portfolio/.test(host)
            ? 'portfolio'
            : 'other';
    out.set(withScheme.toLowerCase(), { kind, url: withScheme });
  }
  return [...out.values()];
}

const US_STATES = Object.keys(US_STATE_NAMES).join('|');
const CITY_STATE = new RegExp(
  `\\b([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3})\\s*,\\s*(${US_STATES})\\b(?:\\s+\\d{5})?`,
);
const CITY_COUNTRY =
  /\b([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})\s*,\s*(United States|USA|United Kingdom|UK|Canada|Germany|France|Spain|Portugal|Netherlands|Ireland|India|Brazil|Mexico|Argentina|Australia|Poland|Italy|Sweden|Switzerland|Austria|Belgium|Denmark|Norway|Finland|Romania|Ukraine|Philippines|Singapore|Japan|Israel|Nigeria|Kenya|South Africa|Colombia|Chile|Egypt|Pakistan|Turkey|New Zealand)\b/;
const LOCATION_LINE = /^\s*(?:location|address|based in|city)\s*[:：]\s*(.{3,60})$/im;

/**
 * The candidate's location from the header (first lines, before any section): an explicit
 * "Location:" line, "City, ST", or "City, Country". Placeholders such as livecareer's anonymised
 * "City , State" are ignored.
 */
export function findLocation(header: string): string | null {
  const labelled = header.match(LOCATION_LINE)?.[1]?.trim();
  if (labelled && !/^city\s*,\s*state$/i.test(labelled)) return labelled;
  for (const pattern of [CITY_STATE, CITY_COUNTRY]) {
    const m = header.match(pattern);
    if (m && !/^city$/i.test(m[1]!)) return `${m[1]}, ${m[2]}`;
  }
  return null;
}
