import { loadOnet, type OnetData } from '../../understanding/onet/load';
import type { OnetOccupation, OnetTechnologySkill } from '../../understanding/onet/types';
import { WeightedTable } from './random';

/**
 * The occupations postings are drawn from: every O*NET occupation with task statements (the
 * "All Other" catch-alls have none, so there would be nothing to describe) outside the military.
 * Major groups are weighted by their approximate share of US employment (BLS OEWS, rounded), so
 * the corpus has many more cashiers and nurses than astronomers, as a job board does.
 */

const GROUP_SHARE: Readonly<Record<string, number>> = {
  '11': 6.5,
  '13': 6.2,
  '15': 3.4,
  '17': 1.8,
  '19': 0.9,
  '21': 1.6,
  '23': 0.8,
  '25': 5.8,
  '27': 1.4,
  '29': 6.3,
  '31': 5.0,
  '33': 2.3,
  '35': 9.0,
  '37': 3.0,
  '39': 2.0,
  '41': 9.0,
  '43': 12.4,
  '45': 0.3,
  '47': 4.1,
  '49': 4.0,
  '51': 5.9,
  '53': 9.1,
};

export interface CorpusOccupation {
  readonly occupation: OnetOccupation;
  /** Major group, the code's first two digits ("15" for computer and mathematical). */
  readonly group: string;
  readonly titles: { readonly alternate: readonly string[]; readonly reported: readonly string[] };
  readonly tasks: { readonly core: readonly string[]; readonly supplemental: readonly string[] };
  readonly skills: readonly OnetTechnologySkill[];
}

export interface OccupationCatalogue {
  readonly occupations: readonly CorpusOccupation[];
  readonly table: WeightedTable<CorpusOccupation>;
}

let cached: OccupationCatalogue | undefined;

export function occupationCatalogue(onet: OnetData = loadOnet()): OccupationCatalogue {
  if (cached) return cached;
  const occupations: CorpusOccupation[] = [];
  for (const occupation of onet.occupations) {
    const group = occupation.code.slice(0, 2);
    const tasks = onet.tasks(occupation.code);
    if (GROUP_SHARE[group] === undefined || tasks.core.length === 0) continue;
    occupations.push({
      occupation,
      group,
      titles: onet.titles(occupation.code),
      tasks,
      skills: onet.technologySkills(occupation.code),
    });
  }
  const perGroup = new Map<string, number>();
  for (const o of occupations) perGroup.set(o.group, (perGroup.get(o.group) ?? 0) + 1);
  const table = new WeightedTable(occupations, (o) => (GROUP_SHARE[o.group] ?? 0) / (perGroup.get(o.group) ?? 1));
  cached = { occupations, table };
  return cached;
}
