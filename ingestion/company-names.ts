import { words } from './minhash';

/**
 * One employer, many spellings: "Google LLC", "Google" and "google inc." are one company. The key
 * folds case, accents and punctuation, drops legal-form suffixes and a leading "The", and maps a
 * few well-known alternative names onto one; a domain the posting states joins names the key alone
 * cannot (a brand and its legal name).
 */

/** Legal forms, as words after punctuation is removed ("S.A." → "s a", "GmbH & Co. KG" → "gmbh co kg"). */
const LEGAL_FORMS: readonly string[] = [
  'incorporated',
  'inc',
  'corporation',
  'corp',
  'company',
  'co',
  'limited',
  'ltd',
  'llc',
  'l l c',
  'llp',
  'lp',
  'plc',
  'pllc',
  'gmbh',
  'gmbh co kg',
  'co kg',
  'kg',
  'ag',
  'se',
  'sa',
  's a',
  'sas',
  's a s',
  'sarl',
  'sl',
  's l',
  'srl',
  's r l',
  'spa',
  's p a',
  'bv',
  'b v',
  'nv',
  'n v',
  'oy',
  'ab',
  'as',
  'a s',
  'aps',
  'pty',
  'pty ltd',
  'pvt',
  'pvt ltd',
  'private limited',
  'pte',
  'pte ltd',
  'kk',
  'ltda',
  'sa de cv',
  'holdings',
  'group',
];
const LEGAL_SUFFIX = new RegExp(`(?:\\s|^)(?:${[...LEGAL_FORMS].sort((a, b) => b.length - a.length).join('|')})$`);

/**
 * Names that are well known to be one employer. Kept short on purpose: an alias here merges every
 * posting of both names, so only renamings and the registered name of a brand belong in it.
 */
export const KNOWN_ALIASES: Readonly<Record<string, string>> = {
  alphabet: 'google',
  'google cloud': 'google',
  facebook: 'meta',
  'meta platforms': 'meta',
  'amazon com': 'amazon',
  'amazon com services': 'amazon',
  'international business machines': 'ibm',
  'hewlett packard enterprise': 'hpe',
  'the walt disney': 'disney',
  'walt disney': 'disney',
  'ernst and young': 'ey',
  pricewaterhousecoopers: 'pwc',
  'j p morgan': 'jpmorgan',
  'jp morgan chase': 'jpmorgan chase',
  'jpmorgan chase co': 'jpmorgan chase',
};

/** Names a board prints when the employer is hidden: not a company. */
const PLACEHOLDERS = new Set([
  '',
  'none',
  'null',
  'n a',
  'na',
  'unknown',
  'confidential',
  'confidential company',
  'company confidential',
  'private',
  'undisclosed',
  'hiring',
  'employer',
  'company',
  'our client',
  'client',
]);

/**
 * The company key, or null when the name is a placeholder ("Confidential", "None"). Legal-form
 * suffixes are removed repeatedly ("Acme Holdings Inc." → "acme"), but never the whole name.
 */
export function companyKey(name: string | null | undefined): string | null {
  if (!name) return null;
  let key = words(name.replace(/&/g, ' and ')).join(' ');
  if (PLACEHOLDERS.has(key)) return null;
  key = key.replace(/^the\s+/, '');
  for (;;) {
    const stripped = key.replace(LEGAL_SUFFIX, '').trim();
    if (stripped === key || stripped === '') break;
    key = stripped;
  }
  // "and" between names is kept ("johnson and johnson"), a trailing one was part of "& Co.".
  key = key.replace(/\s+and$/, '');
  return KNOWN_ALIASES[key] ?? key;
}

/** Hosts of job boards, applicant-tracking systems and mail services: never the employer's domain. */
const NOT_EMPLOYER = [
  'indeed.com',
  'glassdoor.com',
  'linkedin.com',
  'ziprecruiter.com',
  'monster.com',
  'simplyhired.com',
  'careerbuilder.com',
  'remotewlb.com',
  'remoteok.com',
  'weworkremotely.com',
  'greenhouse.io',
  'lever.co',
  'workable.com',
  'ashbyhq.com',
  'smartrecruiters.com',
  'myworkdayjobs.com',
  'workday.com',
  'icims.com',
  'jobvite.com',
  'bamboohr.com',
  'breezy.hr',
  'recruitee.com',
  'teamtailor.com',
  'personio.de',
  'personio.com',
  'successfactors.com',
  'taleo.net',
  'applytojob.com',
  'jazzhr.com',
  'rippling.com',
  'wellfound.com',
  'angel.co',
  'google.com/forms',
  'forms.gle',
  'bit.ly',
  'tinyurl.com',
  'wa.me',
  'whatsapp.com',
  't.me',
  'telegram.me',
  'facebook.com',
  'twitter.com',
  'x.com',
  'instagram.com',
  'youtube.com',
  'github.com',
  'example.com',
];

/** Free e-mail services: an address there says nothing about the employer (and is a scam signal). */
export const FREE_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'ymail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'outlook.com',
  'live.com',
  'msn.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'proton.me',
  'protonmail.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'qq.com',
  '163.com',
  'zoho.com',
]);

/** The registrable part of a host, enough for company matching ("jobs.eu.acme.co.uk" → "acme.co.uk"). */
export function registrableDomain(host: string): string {
  const parts = host
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '')
    .split('.');
  const secondLevel = /^(?:co|com|org|net|gov|ac|edu)$/.test(parts[parts.length - 2] ?? '') && parts.length > 2;
  return parts.slice(secondLevel ? -3 : -2).join('.');
}

function isEmployerDomain(domain: string): boolean {
  return (
    !FREE_MAIL_DOMAINS.has(domain) && !NOT_EMPLOYER.some((host) => domain === host || host.startsWith(`${domain}/`))
  );
}

const EMAIL = /\b[a-z0-9._%+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b/gi;
const LINK = /\bhttps?:\/\/((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]|\b)/gi;

/**
 * The employer's own domain as the posting states it: an address or a link outside job boards,
 * applicant-tracking systems, social networks and free mail. The most frequent one wins; null
 * when there is none. The posting's own URL is a board's and never counts.
 */
export function employerDomain(text: string): string | null {
  const counts = new Map<string, number>();
  for (const pattern of [EMAIL, LINK]) {
    for (const m of text.matchAll(pattern)) {
      const domain = registrableDomain(m[1] as string);
      if (isEmployerDomain(domain)) counts.set(domain, (counts.get(domain) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [domain, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = domain;
  return best;
}

/** The name as shown: the posting's spelling, trimmed, without a trailing comma or period. */
export function displayCompanyName(name: string | null | undefined): string | null {
  const shown = name
    ?.replace(/\s+/g, ' ')
    .replace(/[,;]\s*$/, '')
    .trim();
  return shown && companyKey(shown) !== null ? shown : null;
}
