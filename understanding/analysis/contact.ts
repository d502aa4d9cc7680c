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
/** Countries as they are written in English. */
const COUNTRIES_IN_ENGLISH = [
  'United States|USA|United Kingdom|UK|Canada|Germany|France|Spain|Portugal|Netherlands|Ireland|India',
  'Brazil|Mexico|Argentina|Australia|Poland|Italy|Sweden|Switzerland|Austria|Belgium|Denmark|Norway',
  'Finland|Romania|Ukraine|Philippines|Singapore|Japan|Israel|Nigeria|Kenya|South Africa|Colombia|Chile',
  'Egypt|Pakistan|Turkey|New Zealand',
].join('|');
/**
 * The same countries in the five other languages real postings use, by their English names: a
 * profile in "München, Deutschland" is in the country of a job in "Munich, Germany".
 */
const COUNTRY_IN_ENGLISH: Readonly<Record<string, string>> = {
  Deutschland: 'Germany',
  Allemagne: 'Germany',
  Duitsland: 'Germany',
  Österreich: 'Austria',
  Autriche: 'Austria',
  Schweiz: 'Switzerland',
  Suisse: 'Switzerland',
  Svizzera: 'Switzerland',
  España: 'Spain',
  Espagne: 'Spain',
  Spanien: 'Spain',
  Nederland: 'Netherlands',
  'Pays-Bas': 'Netherlands',
  Niederlande: 'Netherlands',
  Belgique: 'Belgium',
  België: 'Belgium',
  Belgien: 'Belgium',
  Frankrijk: 'France',
  Frankreich: 'France',
  Francia: 'France',
  Brasil: 'Brazil',
  Italia: 'Italy',
  Italie: 'Italy',
  Italien: 'Italy',
  México: 'Mexico',
  Polska: 'Poland',
  Polen: 'Poland',
  Pologne: 'Poland',
};
const COUNTRIES = `${COUNTRIES_IN_ENGLISH}|${Object.keys(COUNTRY_IN_ENGLISH).join('|')}`;
const CITY_COUNTRY = new RegExp(
  `(?<![\\p{L}])(\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){0,2})\\s*,\\s*(${COUNTRIES})(?![\\p{L}])`,
  'u',
);
const LOCATION_LINE =
  /^\s*(?:location|address|based in|city|adresse|ville|wohnort|anschrift|adres|woonplaats|dirección|ciudad|endereço|localização|cidade)\s*[:：]\s*(.{3,60})$/imu;

/**
 * The candidate's location from the header (first lines, before any section): an explicit
 * "Location:" line ("Wohnort:", "Adresse :", "Dirección:"…), "City, ST", or "City, Country" (also
 * "München, Deutschland", "Lisboa, Portugal"). Placeholders such as livecareer's anonymised
 * "City , State" are ignored.
 */
export function findLocation(header: string): string | null {
  const labelled = header.match(LOCATION_LINE)?.[1]?.trim();
  if (labelled && !/^city\s*,\s*state$/i.test(labelled)) return labelled;
  for (const pattern of [CITY_STATE, CITY_COUNTRY]) {
    const m = header.match(pattern);
    if (m && !/^city$/i.test(m[1]!)) return `${m[1]}, ${COUNTRY_IN_ENGLISH[m[2]!] ?? m[2]}`;
  }
  return null;
}
