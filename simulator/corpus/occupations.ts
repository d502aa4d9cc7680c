import { loadOnet, type OnetData } from '../../understanding/onet/load';
import type { OnetOccupation, OnetTechnologySkill } from '../../understanding/onet/types';
import { WeightedTable } from './random';

/**
 * The occupations postings are drawn from: every O*NET occupation with task statements (the
 * "All Other" catch-alls have none, so there would be nothing to describe) outside the military.
 * Each is weighted by its approximate US employment (BLS OEWS, thousands, rounded) where it is one
 * of the large ones, and by a typical small occupation's otherwise, so the corpus has far more
 * registered nurses and cashiers than orthoptists, as a job board does.
 */

export const EMPLOYMENT_THOUSANDS: Readonly<Record<string, number>> = {
  '11-1021.00': 3500,
  '41-2031.00': 3700,
  '35-3023.00': 3600,
  '31-1122.00': 3100,
  '29-1141.00': 3200,
  '41-2011.00': 3300,
  '53-7062.00': 3000,
  '43-4051.00': 2800,
  '53-7065.00': 2800,
  '43-9061.00': 2600,
  '35-3031.00': 2300,
  '37-2011.00': 2200,
  '53-3032.00': 2000,
  '43-6014.00': 1800,
  '15-1252.00': 1700,
  '43-3031.00': 1500,
  '43-1011.00': 1500,
  '49-9071.00': 1500,
  '25-2021.00': 1400,
  '35-2014.00': 1400,
  '13-2011.00': 1400,
  '41-4012.00': 1400,
  '31-1131.00': 1300,
  '25-9042.00': 1200,
  '41-3091.00': 1200,
  '41-1011.00': 1100,
  '35-1012.00': 1100,
  '51-2092.00': 1100,
  '33-9032.00': 1100,
  '25-2031.00': 1100,
  '47-2061.00': 1000,
  '37-3011.00': 1000,
  '53-3033.00': 1000,
  '43-4171.00': 1000,
  '13-1111.00': 900,
  '13-1071.00': 900,
  '13-1082.00': 900,
  '35-2021.00': 900,
  '37-2012.00': 900,
  '31-1121.00': 800,
  '43-5071.00': 800,
  '31-9092.00': 800,
  '11-3031.00': 800,
  '13-1161.00': 800,
  '53-7051.00': 800,
  '47-2111.00': 700,
  '47-2031.00': 700,
  '49-3023.00': 700,
  '15-1232.00': 700,
  '23-1011.00': 700,
  '33-3051.00': 650,
  '29-2061.00': 600,
  '35-3011.00': 600,
  '41-2021.00': 600,
  '11-3021.00': 550,
  '15-1211.00': 500,
  '11-9111.00': 500,
  '11-2022.00': 500,
  '39-9011.00': 500,
  '35-9021.00': 500,
  '25-2022.00': 450,
  '29-2052.00': 450,
  '47-2152.00': 450,
  '53-7064.00': 450,
  '43-6013.00': 450,
  '31-9091.00': 350,
  '43-3021.00': 350,
  '13-2051.00': 350,
  '29-1171.00': 300,
  '23-2011.00': 350,
  '17-2051.00': 330,
  '21-1021.00': 330,
  '29-1051.00': 320,
  '51-4121.00': 420,
  '49-9021.00': 400,
  '53-3031.00': 400,
  '43-3071.00': 350,
  '15-1244.00': 320,
  '13-2072.00': 300,
  '29-2034.00': 220,
  '17-2141.00': 280,
  '29-1123.00': 240,
  '15-1212.00': 170,
  '15-1253.00': 200,
  '15-2051.00': 200,
  '29-1071.00': 150,
  '11-9021.00': 500,
  '51-1011.00': 650,
  '53-7061.00': 350,
  '39-5012.00': 350,
  '35-2012.00': 400,
};

/** A typical occupation outside the large ones above. */
const OTHER_OCCUPATION_THOUSANDS = 45;
const EXCLUDED_GROUPS = new Set(['55']);

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
    if (EXCLUDED_GROUPS.has(group) || tasks.core.length === 0) continue;
    occupations.push({
      occupation,
      group,
      titles: onet.titles(occupation.code),
      tasks,
      skills: onet.technologySkills(occupation.code),
    });
  }
  const table = new WeightedTable(
    occupations,
    (o) => EMPLOYMENT_THOUSANDS[o.occupation.code] ?? OTHER_OCCUPATION_THOUSANDS,
  );
  cached = { occupations, table };
  return cached;
}
