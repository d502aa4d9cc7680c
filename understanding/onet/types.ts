/** Education levels, lowest to highest; shared by resumes, postings and O*NET occupations. */
export const EDUCATION_LEVELS = [
  'none',
  'high_school',
  'certificate',
  'some_college',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** One O*NET-SOC occupation as shipped in data/onet/occupations.json. */
export interface OnetOccupation {
  /** O*NET-SOC 2019 code, e.g. "15-1252.00". */
  readonly code: string;
  readonly title: string;
  readonly description: string;
  /** 1 (little preparation) … 5 (extensive preparation); null where O*NET has no rating. */
  readonly jobZone: number | null;
  /** Modal "Required Level of Education" among incumbents. */
  readonly education: EducationLevel | null;
  /** Primary related occupations, most related first. */
  readonly related: readonly string[];
}

export interface OnetTechnologySkill {
  /** Product or technology name as O*NET spells it, e.g. "PostgreSQL", "Microsoft Excel". */
  readonly name: string;
  /** UNSPSC commodity title, e.g. "Data base management system software". */
  readonly commodity: string;
  readonly hot: boolean;
  readonly inDemand: boolean;
}
