/**
 * What a posting says about its employer: industry, size and headquarters, read only where the
 * posting states them ("We are a regional hospital system", "over 2,000 employees",
 * "headquartered in Denver, CO"); and an industry inferred from the occupations a company hires
 * for when it states none.
 */

export const INDUSTRIES = [
  'technology',
  'health care',
  'finance and insurance',
  'retail',
  'manufacturing',
  'transportation and logistics',
  'hospitality',
  'construction',
  'education',
  'public sector',
  'energy and utilities',
  'media',
  'professional services',
  'agriculture',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** Size bands as company pages print them. */
export const COMPANY_SIZES = [
  '1-10',
  '11-50',
  '51-200',
  '201-500',
  '501-1000',
  '1001-5000',
  '5001-10000',
  '10000+',
] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export interface CompanyFacts {
  readonly industry: Industry | null;
  readonly size: CompanySize | null;
  readonly headquarters: string | null;
}

/** Words that name an industry when a sentence describes the employer. */
const INDUSTRY_WORDS: readonly [Industry, RegExp][] = [
  [
    'health care',
    /\b(?:hospitals?|health ?care|health system|clinics?|medical (?:center|group|practice)|patients?|nursing home|pharmac(?:y|eutical))\b/i,
  ],
  [
    'finance and insurance',
    /\b(?:bank(?:ing)?|financial services|fintech|insurance|insurer|credit union|investment firm|asset management|lending)\b/i,
  ],
  [
    'technology',
    /\b(?:software|saas|technology company|tech company|platform|cloud|cybersecurity|artificial intelligence|ai company|internet|app)\b/i,
  ],
  [
    'education',
    /\b(?:university|college|school district|schools?|academy|education(?:al)? (?:company|provider|institution)|learners|students)\b/i,
  ],
  ['retail', /\b(?:retailer|retail|stores|e-?commerce|shop(?:ping)?)\b/i],
  ['manufacturing', /\b(?:manufactur(?:er|ing)|factory|factories|industrial products|fabrication)\b/i],
  [
    'transportation and logistics',
    /\b(?:logistics|transportation|freight|trucking|shipping|airline|delivery network|supply chain)\b/i,
  ],
  ['hospitality', /\b(?:hotels?|resorts?|restaurants?|hospitality|guests|catering|casino)\b/i],
  ['construction', /\b(?:construction|contractor|builders?|homebuilder)\b/i],
  [
    'public sector',
    /\b(?:government|public (?:agency|employer|sector)|county of|city of|state of|federal agency|municipal)\b/i,
  ],
  [
    'energy and utilities',
    /\b(?:energy|utilit(?:y|ies)|oil and gas|renewable|solar|power company|electric company)\b/i,
  ],
  ['media', /\b(?:media|publisher|publishing|broadcast(?:er|ing)|entertainment|studio|creative agency|news)\b/i],
  [
    'professional services',
    /\b(?:consult(?:ing|ancy) firm|consultancy|law firm|accounting firm|advisory firm|professional services|staffing (?:agency|firm)|advises clients)\b/i,
  ],
  ['agriculture', /\b(?:farm(?:s|ing)?|agricultur(?:e|al)|ranch|growers?|agribusiness)\b/i],
];

/** Sentences that describe the employer rather than the job. */
const ABOUT_SENTENCE =
  /(?:\bwe are\b|\bwe're\b|\bour (?:company|organization|firm|mission)\b|\bis an?\b|\babout (?:us|the company)\b|\bfounded\b|\bheadquartered\b)/i;

/** The industry a posting states about its employer, from the sentences that describe it. */
export function statedIndustry(description: string, companyName: string | null): Industry | null {
  const name = companyName?.toLowerCase();
  for (const sentence of description.split(/(?<=[.!?])\s+|\n+/).slice(0, 40)) {
    const lower = sentence.toLowerCase();
    if (!ABOUT_SENTENCE.test(sentence) && !(name && lower.includes(name))) continue;
    const found = INDUSTRY_WORDS.find(([, pattern]) => pattern.test(sentence));
    if (found) return found[0];
  }
  return null;
}

const SIZE_PATTERN =
  /\b(?:over|more than|nearly|almost|about|around|team of|family of)?\s*(\d{1,3}(?:[,.]\d{3})+|\d+)(\s*k)?\+?\s+(?:employees|team members|staff members|people|colleagues|associates|professionals|team-?mates)\b/i;

export function sizeBand(count: number): CompanySize {
  if (count <= 10) return '1-10';
  if (count <= 50) return '11-50';
  if (count <= 200) return '51-200';
  if (count <= 500) return '201-500';
  if (count <= 1000) return '501-1000';
  if (count <= 5000) return '1001-5000';
  if (count <= 10000) return '5001-10000';
  return '10000+';
}

/** The headcount a posting states ("over 2,000 employees", "a team of 40 people"), as a band. */
export function statedSize(description: string): CompanySize | null {
  const m = SIZE_PATTERN.exec(description);
  if (!m) return null;
  const count = Number((m[1] as string).replace(/[,.]/g, '')) * (m[2] ? 1000 : 1);
  return count >= 2 && count <= 5_000_000 ? sizeBand(count) : null;
}

const HQ_PATTERN =
  /\b(?:headquartered|head office is|headquarters (?:is |are )?(?:located )?|hq(?: is)?)\s+(?:in|at)\s+([A-Z][\p{L}.'-]+(?:[ -][A-Z][\p{L}.'-]+){0,3}(?:,\s*[A-Z][\p{L}.'-]+(?: [A-Z][\p{L}.'-]+){0,2})?)/u;

/** Where the posting says the employer is headquartered ("headquartered in Austin, Texas"). */
export function statedHeadquarters(description: string): string | null {
  return HQ_PATTERN.exec(description)?.[1]?.replace(/[.,]+$/, '') ?? null;
}

export function statedCompanyFacts(description: string, companyName: string | null): CompanyFacts {
  return {
    industry: statedIndustry(description, companyName),
    size: statedSize(description),
    headquarters: statedHeadquarters(description),
  };
}

/**
 * SOC major groups that point at one industry: a company whose postings are mostly nurses is in
 * health care. Groups found in every industry (management, business, office support, sales) are
 * left out, so they never decide.
 */
const INDUSTRY_BY_SOC_GROUP: Readonly<Record<string, Industry>> = {
  '15': 'technology',
  '29': 'health care',
  '31': 'health care',
  '25': 'education',
  '35': 'hospitality',
  '47': 'construction',
  '51': 'manufacturing',
  '53': 'transportation and logistics',
  '33': 'public sector',
  '45': 'agriculture',
  '27': 'media',
  '23': 'professional services',
};

/**
 * The industry a company's occupation mix points to: the industry of at least half of its postings
 * with a telling occupation, when it has at least `minPostings` of them.
 */
export function industryFromOccupations(onetCodes: readonly (string | null)[], minPostings = 3): Industry | null {
  const counts = new Map<Industry, number>();
  let telling = 0;
  for (const code of onetCodes) {
    const industry = code ? INDUSTRY_BY_SOC_GROUP[code.slice(0, 2)] : undefined;
    if (!industry) continue;
    telling++;
    counts.set(industry, (counts.get(industry) ?? 0) + 1);
  }
  if (telling < minPostings) return null;
  const [best, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return best !== null && n * 2 >= telling ? best : null;
}
