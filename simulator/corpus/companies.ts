import { CITIES, type City } from './places';
import { Random, WeightedTable, combine } from './random';

/**
 * Employers. Names are invented from word lists (no real company is named), grouped by sector so a
 * nurse works for a health system and a welder for a manufacturer. A few large employers carry many
 * postings in many cities, most are local: the long tail of a real job board.
 */

export const SECTORS = [
  'technology',
  'health',
  'finance',
  'retail',
  'manufacturing',
  'logistics',
  'hospitality',
  'construction',
  'education',
  'public',
  'energy',
  'media',
  'professional',
  'agriculture',
] as const;
export type Sector = (typeof SECTORS)[number];

export interface Company {
  /** Stable within a corpus seed; also the Glassdoor employer id. */
  readonly id: number;
  readonly name: string;
  readonly shortName: string;
  readonly sector: Sector;
  /** Home city: where a local employer posts most of its jobs. */
  readonly city: City;
  /** National employers post across the country. */
  readonly national: boolean;
  /** Glassdoor-style rating, 2.6 … 4.8. */
  readonly rating: number;
  /** Zipf-like share of the sector's postings. */
  readonly weight: number;
}

const ROOTS_A = [
  'North',
  'South',
  'East',
  'West',
  'Blue',
  'Red',
  'Green',
  'Silver',
  'Golden',
  'Iron',
  'Cedar',
  'Oak',
  'Pine',
  'Maple',
  'Willow',
  'Stone',
  'River',
  'Lake',
  'Harbor',
  'Summit',
  'Ridge',
  'Valley',
  'Prairie',
  'Canyon',
  'Bright',
  'Clear',
  'True',
  'First',
  'Great',
  'High',
  'Star',
  'Sun',
  'Moon',
  'Copper',
  'Granite',
  'Falcon',
  'Eagle',
  'Hawk',
  'Fox',
  'Bear',
  'Wolf',
  'Elm',
  'Birch',
  'Aspen',
  'Coral',
  'Crystal',
  'Amber',
  'Liberty',
  'Pioneer',
  'Frontier',
  'Keystone',
  'Beacon',
  'Anchor',
  'Compass',
  'Meridian',
  'Atlas',
  'Vista',
];
const ROOTS_B = [
  'field',
  'wood',
  'brook',
  'stone',
  'point',
  'bridge',
  'gate',
  'haven',
  'view',
  'crest',
  'line',
  'wave',
  'light',
  'path',
  'works',
  'ford',
  'well',
  'mark',
  'spring',
  'shore',
  'land',
  'peak',
  'vale',
  'rock',
];

const SECTOR_PATTERNS: Readonly<Record<Sector, readonly string[]>> = {
  technology: [
    '{root} Technologies',
    '{root} Labs',
    '{root} Software',
    '{root} Systems',
    '{root} Data',
    '{root}.io',
    '{root} Cloud',
  ],
  health: [
    '{root} Health',
    '{root} Medical Center',
    '{city} Regional Hospital',
    '{root} Family Clinic',
    '{root} Senior Living',
    '{root} Pharmacy',
    '{root} Home Care',
    '{root} Dental Group',
  ],
  finance: [
    '{root} Financial',
    '{root} Bank',
    '{root} Capital',
    '{root} Insurance',
    '{root} Credit Union',
    '{root} Wealth Partners',
  ],
  retail: [
    '{root} Market',
    '{root} Outfitters',
    '{root} Home Store',
    '{root} Foods',
    '{root} Supply Co.',
    '{root} Grocers',
  ],
  manufacturing: [
    '{root} Manufacturing',
    '{root} Industries',
    '{root} Fabrication',
    '{root} Components',
    '{root} Plastics',
    '{root} Machine Works',
  ],
  logistics: [
    '{root} Logistics',
    '{root} Freight',
    '{root} Transport',
    '{root} Distribution',
    '{root} Fleet Services',
    '{root} Airlines',
  ],
  hospitality: [
    '{root} Hotels',
    '{root} Kitchen',
    '{root} Grill',
    '{root} Resorts',
    '{root} Hospitality Group',
    '{root} Cafe',
  ],
  construction: [
    '{root} Construction',
    '{root} Builders',
    '{root} Electric',
    '{root} Plumbing & Heating',
    '{root} Roofing',
    '{root} Contractors',
  ],
  education: [
    '{city} Public Schools',
    '{root} Academy',
    '{root} University',
    '{root} Community College',
    '{root} Learning Center',
    '{root} Charter School',
  ],
  public: [
    'City of {city}',
    '{state} Department of Transportation',
    '{city} County',
    '{state} Department of Health',
    '{city} Water Authority',
    '{city} Police Department',
  ],
  energy: [
    '{root} Energy',
    '{root} Power & Light',
    '{root} Utilities',
    '{root} Solar',
    '{root} Oil & Gas',
    '{root} Environmental',
  ],
  media: [
    '{root} Media',
    '{root} Studios',
    '{root} Creative',
    '{root} Publishing',
    '{root} Broadcasting',
    '{root} Design Co.',
  ],
  professional: [
    '{root} Consulting',
    '{root} & Partners LLP',
    '{root} Legal Group',
    '{root} Staffing',
    '{root} Engineering',
    '{root} Research Institute',
    '{root} Associates',
  ],
  agriculture: [
    '{root} Farms',
    '{root} Agricultural Co-op',
    '{root} Growers',
    '{root} Nursery',
    '{root} Ranch',
    '{root} Forestry',
  ],
};

/** Which employers hire each O*NET major group (the first two digits of the code), most likely first. */
export const SECTORS_BY_GROUP: Readonly<Record<string, readonly Sector[]>> = {
  '11': ['professional', 'technology', 'finance', 'health', 'retail', 'manufacturing', 'public'],
  '13': ['finance', 'professional', 'technology', 'public', 'health'],
  '15': ['technology', 'finance', 'professional', 'health', 'media'],
  '17': ['professional', 'manufacturing', 'energy', 'construction', 'technology', 'public'],
  '19': ['professional', 'health', 'energy', 'education', 'agriculture', 'public'],
  '21': ['health', 'public', 'education', 'professional'],
  '23': ['professional', 'public', 'finance'],
  '25': ['education'],
  '27': ['media', 'technology', 'retail', 'professional'],
  '29': ['health', 'public', 'education'],
  '31': ['health'],
  '33': ['public', 'professional', 'retail'],
  '35': ['hospitality', 'retail', 'health', 'education'],
  '37': ['professional', 'hospitality', 'health', 'public'],
  '39': ['hospitality', 'health', 'retail', 'education'],
  '41': ['retail', 'technology', 'finance', 'manufacturing', 'professional'],
  '43': ['professional', 'finance', 'health', 'public', 'retail', 'logistics'],
  '45': ['agriculture'],
  '47': ['construction', 'energy', 'public'],
  '49': ['manufacturing', 'construction', 'logistics', 'energy', 'retail'],
  '51': ['manufacturing', 'retail', 'energy', 'agriculture'],
  '53': ['logistics', 'retail', 'public', 'manufacturing'],
};

/**
 * Occupation titles that name their industry outright ("Registered Nurses", "Postsecondary
 * Teachers", "Petroleum Engineers") go to that industry's employers most of the time.
 */
const SECTOR_KEYWORDS: readonly [RegExp, Sector][] = [
  [
    /nurs|medical|health|clinic|dental|dentist|pharmac|therap|physician|surg|patient|hospital|radiolog|veterinar/i,
    'health',
  ],
  [/teacher|professor|instructor|school|education|tutor|librar|postsecondary|curator|archivist/i, 'education'],
  [/software|computer|data|network|web|information security|programmer/i, 'technology'],
  [
    /chef|cook|food|restaurant|waiter|waitress|bartend|hotel|lodging|recreation|camp|gaming|host|baker|dishwash/i,
    'hospitality',
  ],
  [/financ|account|bank|loan|insurance|actuar|credit|tax|audit|budget|invest|securities/i, 'finance'],
  [/farm|agricultur|forest|animal|ranch|crop|nursery|logging|fish|hunt|conservation/i, 'agriculture'],
  [/police|fire|correction|court|judge|legislat|government|postal|detective|bailiff|emergency management/i, 'public'],
  [
    /truck|driver|pilot|aircraft|rail|ship|freight|transport|logistic|cargo|locomotive|flight|dispatcher|courier/i,
    'logistics',
  ],
  [/construction|carpenter|electrician|plumb|roof|mason|pipefitter|drywall|glazier|insulation|paving/i, 'construction'],
  [/petroleum|oil|gas|power|energy|solar|wind|utilit|nuclear|hydro|geothermal|environmental/i, 'energy'],
  [
    /writer|editor|artist|designer|broadcast|media|film|photograph|music|actor|reporter|journalist|animator|producer/i,
    'media',
  ],
  [/retail|cashier|sales|merchandis|store|stock clerk|buyer/i, 'retail'],
  [/machin|assembl|fabricat|weld|production|manufactur|press|mill|plant|operator|inspector/i, 'manufacturing'],
  [/lawyer|legal|paralegal|consult|engineer|scientist|research|analyst/i, 'professional'],
];

/** Sectors that hire an occupation, with weights: its own industry if its title names one, else its group's. */
export function sectorWeightsFor(occupationTitle: string, group: string): ReadonlyMap<Sector, number> {
  const weights = new Map<Sector, number>();
  const groupSectors = SECTORS_BY_GROUP[group] ?? ['professional'];
  groupSectors.forEach((sector, i) => weights.set(sector, Math.pow(0.5, i)));
  const named = SECTOR_KEYWORDS.find(([pattern]) => pattern.test(occupationTitle))?.[1];
  if (named) {
    const others = [...weights.values()].reduce((a, b) => a + b, 0) - (weights.get(named) ?? 0);
    // The named industry ends up with about 75% of the draws.
    weights.set(named, Math.max(others * 3, 1));
  }
  return weights;
}

const COMPANIES_PER_SECTOR = 300;

function fill(pattern: string, root: string, city: City): string {
  return pattern.replace('{root}', root).replace('{city}', city.name).replace('{state}', city.stateName);
}

/** Every employer of a corpus, by sector, each sector's list ordered by weight (largest first). */
export class CompanyDirectory {
  private readonly bySector = new Map<Sector, { companies: Company[]; table: WeightedTable<Company> }>();

  constructor(seed: number, cityTable: WeightedTable<City>) {
    let nextId = 1000;
    for (const [sectorIndex, sector] of SECTORS.entries()) {
      const random = new Random(combine(seed, 0xc0, sectorIndex));
      const taken = new Set<string>();
      const companies: Company[] = [];
      for (let attempt = 0; companies.length < COMPANIES_PER_SECTOR && attempt < COMPANIES_PER_SECTOR * 20; attempt++) {
        const root = random.chance(0.35) ? random.pick(ROOTS_A) : `${random.pick(ROOTS_A)}${random.pick(ROOTS_B)}`;
        const city = cityTable.draw(random);
        const pattern = random.pick(SECTOR_PATTERNS[sector]);
        const name = fill(pattern, root, city);
        if (taken.has(name)) continue;
        taken.add(name);
        const position = companies.length;
        companies.push({
          id: nextId++,
          name,
          shortName: name.replace(/ (LLP|Inc\.|Co\.)$/, ''),
          sector,
          city,
          // A city or state in the name makes an employer local, whatever its size.
          national: position < 20 && !pattern.includes('{city}') && !pattern.includes('{state}'),
          rating: Math.round((2.6 + random.next() * 2.2) * 10) / 10,
          // Zipf: the largest employers of a sector post far more than the small ones.
          weight: 1 / Math.pow(position + 1, 0.9),
        });
      }
      this.bySector.set(sector, { companies, table: new WeightedTable(companies, (c) => c.weight) });
    }
  }

  draw(sector: Sector, random: Random): Company {
    const entry = this.bySector.get(sector);
    if (!entry) throw new Error(`no companies for sector ${sector}`);
    return entry.table.draw(random);
  }

  companies(sector: Sector): readonly Company[] {
    return this.bySector.get(sector)?.companies ?? [];
  }
}

/** Cities weighted by population, shared by company homes and national employers' postings. */
export function createCityTable(): WeightedTable<City> {
  return new WeightedTable(CITIES, (c) => c.weight);
}
