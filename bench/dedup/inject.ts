import type { PostingInput } from '../../ingestion/prepare';
import { Random } from '../../simulator/corpus/random';

/**
 * Duplicates whose truth is known, made from real postings the way boards and employers make them:
 * reposts with small edits (a sentence dropped or added, bullets reordered, the title reformatted,
 * boilerplate appended, the text turned into HTML, the employer's legal form added) are the same
 * job; the same text for another city, another role or another level is another job.
 */

export interface InjectedPair {
  /** The injected posting. */
  readonly a: PostingInput;
  /** The posting it is compared with: the original, or a sibling injected for another city. */
  readonly b: PostingInput;
  readonly duplicate: boolean;
  /** What was done, for the report. */
  readonly kind: string;
}

const EXTRA_SENTENCES = [
  'Applications are reviewed on a rolling basis.',
  'This position was reposted to reach more candidates.',
  'Start date: as soon as possible.',
  'We look forward to hearing from you.',
  'Interviews are held by video call.',
];

const BOILERPLATE = [
  'We are an equal opportunity employer and value diversity. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, national origin, disability or veteran status.',
  'Apply now!',
  '#LI-Remote',
];

const CITIES = [
  'Austin, TX',
  'Denver, CO',
  'Chicago, IL',
  'Toronto, Canada',
  'London, United Kingdom',
  'Berlin, Germany',
  'Lisbon, Portugal',
  'Madrid, Spain',
  'Amsterdam, Netherlands',
  'Sydney, Australia',
  'Bangalore, India',
  'São Paulo, Brazil',
];

/** Role words an employer's sibling posting swaps in (the same template, another job). */
const ROLE_SWAPS: readonly [RegExp, string][] = [
  [/\bEngineer\b/, 'Product Manager'],
  [/\bDeveloper\b/, 'Designer'],
  [/\bManager\b/, 'Analyst'],
  [/\bAnalyst\b/, 'Engineer'],
  [/\bDesigner\b/, 'Developer'],
  [/\bScientist\b/, 'Engineer'],
  [/\bSpecialist\b/, 'Coordinator'],
];

type Edit = (p: PostingInput, r: Random) => PostingInput;

const paragraphs = (text: string): string[] => text.split(/\n\s*\n/);

const EDITS: Readonly<Record<string, Edit>> = {
  retitle: (p, r) => {
    const forms: ((t: string) => string)[] = [
      (t) =>
        /\bSenior\b/.test(t)
          ? t.replace(/\bSenior\b/, 'Sr.')
          : /\bSr\.?\s/.test(t)
            ? t.replace(/\bSr\.?\s/, 'Senior ')
            : `${t} - Remote`,
      (t) => `${t} (Remote)`,
      (t) => `${t} (m/f/d)`,
      (t) => `${t} - REF${r.int(1000, 9999)}`,
      (t) => t.toUpperCase(),
    ];
    return { ...p, title: r.pick(forms)(p.title) };
  },
  drop_sentence: (p, r) => {
    const text = p.description ?? '';
    const sentences = text.split(/(?<=[.!?])\s+/);
    if (sentences.length < 6) return p;
    sentences.splice(r.int(1, sentences.length - 2), 1);
    return { ...p, description: sentences.join(' ') };
  },
  add_sentence: (p, r) => {
    const parts = paragraphs(p.description ?? '');
    parts.splice(r.int(0, parts.length), 0, r.pick(EXTRA_SENTENCES));
    return { ...p, description: parts.join('\n\n') };
  },
  reorder: (p, r) => {
    const lines = (p.description ?? '').split('\n');
    const bullets = lines.flatMap((l, i) => (/^\s*[*-]\s/.test(l) ? [i] : []));
    if (bullets.length < 2) return p;
    const [i, j] = r.sample(bullets, 2) as [number, number];
    [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
    return { ...p, description: lines.join('\n') };
  },
  html: (p) => {
    const html = paragraphs(p.description ?? '')
      .map((block) => {
        const items = block.split('\n').filter((l) => /^\s*[*-]\s/.test(l));
        return items.length > 0
          ? `<ul>${items.map((l) => `<li>${l.replace(/^\s*[*-]\s+/, '')}</li>`).join('')}</ul>`
          : `<p>${block.replace(/\n/g, '<br>')}</p>`;
      })
      .join('\n');
    return { ...p, description: null, descriptionHtml: html };
  },
  boilerplate: (p, r) => ({
    ...p,
    description: `${p.description ?? ''}\n\n${r.sample(BOILERPLATE, r.int(1, 3)).join('\n\n')}`,
  }),
  word_edit: (p, r) => {
    let text = p.description ?? '';
    const swaps: [RegExp, string][] = [
      [/\bteam\b/, 'group'],
      [/\byou will\b/i, "you'll"],
      [/\bexperience\b/, 'background'],
      [/\b(\d+)\+? years\b/, `${r.int(2, 8)}+ years`],
      [/\band\b/, '&'],
    ];
    for (const [pattern, replacement] of r.sample(swaps, r.int(1, 3))) text = text.replace(pattern, replacement);
    return { ...p, description: text };
  },
  company_form: (p, r) => ({
    ...p,
    company: p.company
      ? r.pick([`${p.company} Inc.`, `${p.company}, LLC`, p.company.toLowerCase(), `The ${p.company}`])
      : p.company,
  }),
};

let serial = 0;

/** A new listing of the same posting: another id and URL (with tracking), a month later, maybe another board. */
function relisted(p: PostingInput, r: Random, kind: string): PostingInput {
  serial++;
  const source = r.chance(0.3) ? 'indeed' : p.source;
  return {
    ...p,
    source,
    externalId: `${kind}-${serial}-${p.externalId}`,
    url: `https://jobs.example.org/${kind}/${serial}?utm_source=feed&utm_campaign=${r.int(1, 99)}`,
    postedAt: p.postedAt,
  };
}

function positive(original: PostingInput, r: Random): InjectedPair {
  const names = r.sample(Object.keys(EDITS), r.int(2, 4));
  let variant = relisted(original, r, 'repost');
  for (const name of names) variant = (EDITS[name] as Edit)(variant, r);
  return { a: variant, b: original, duplicate: true, kind: `repost:${names.join('+')}` };
}

function otherCity(original: PostingInput, r: Random): InjectedPair {
  const [first, second] = r.sample(CITIES, 2) as [string, string];
  const inTitle = r.chance(0.5);
  const at = (city: string): PostingInput => ({
    ...relisted(original, r, 'city'),
    location: city,
    title: inTitle ? `${original.title} - ${city.split(',')[0] ?? city}` : original.title,
  });
  return { a: at(first), b: at(second), duplicate: false, kind: 'other_city' };
}

function otherRole(original: PostingInput, r: Random): InjectedPair | null {
  const swap = ROLE_SWAPS.find(([pattern]) => pattern.test(original.title));
  if (!swap) return null;
  const [pattern, role] = swap;
  const title = original.title.replace(pattern, role);
  const description = (original.description ?? '').split(original.title).join(title);
  return {
    a: { ...relisted(original, r, 'role'), title, description },
    b: original,
    duplicate: false,
    kind: 'other_role',
  };
}

function otherLevel(original: PostingInput, r: Random): InjectedPair {
  const senior = /\b(?:Senior|Sr\.?)(?=\s)/i;
  const title = senior.test(original.title) ? original.title.replace(senior, 'Junior') : `Senior ${original.title}`;
  return { a: { ...relisted(original, r, 'level'), title }, b: original, duplicate: false, kind: 'other_level' };
}

export interface InjectionCounts {
  readonly reposts: number;
  readonly otherCity: number;
  readonly otherRole: number;
  readonly otherLevel: number;
}

/** Deterministic for a seed: the same real postings give the same injected pairs. */
export function injectPairs(real: readonly PostingInput[], counts: InjectionCounts, seed: number): InjectedPair[] {
  const r = new Random(seed);
  serial = 0;
  const eligible = real.filter((p) => (p.description?.length ?? 0) >= 800 && p.company);
  const pairs: InjectedPair[] = [];
  for (const original of r.sample(eligible, counts.reposts)) pairs.push(positive(original, r));
  for (const original of r.sample(eligible, counts.otherCity)) pairs.push(otherCity(original, r));
  let roles = 0;
  for (const original of r.sample(eligible, eligible.length)) {
    if (roles >= counts.otherRole) break;
    const pair = otherRole(original, r);
    if (pair) {
      pairs.push(pair);
      roles++;
    }
  }
  for (const original of r.sample(eligible, counts.otherLevel)) pairs.push(otherLevel(original, r));
  return pairs;
}
