import fs from 'node:fs';
import path from 'node:path';
import { CITIES, cityLabel } from '../../simulator/corpus';
import { Random } from '../../simulator/corpus/random';
import type { EducationLevel, OccupationGuess, ProfileFeatures, Seniority } from '../../understanding/features';
import { loadOnet } from '../../understanding/onet/load';
import { SHARED_DATA } from './paths';
import type { BenchPosting } from './postings';
import { seededRandom } from '../stats';

/**
 * Evaluation resumes of a known occupation, written from O*NET so the ground truth is exact, but
 * not from the text the posting generator uses: bullets are O*NET *Detailed Work Activities*
 * linked to the occupation's tasks (the generator writes task statements), the headline is one of
 * the titles incumbents report, skills are drawn from the occupation's technology skills plus one
 * from another occupation (noise), and one resume in four has a generic headline that names no
 * occupation at all.
 *
 * Profile features are what an analyser could read off such a resume: the skills it lists, its
 * years, seniority, education and city, and occupations from an exact lookup of the headline among
 * O*NET's titles (ambiguous titles give several equal guesses; generic headlines give none). This
 * stands in for understanding/'s analyser (issue #5) until it lands; no classifier is trained here.
 */
export interface EvalResume {
  readonly id: string;
  /** Ground truth. */
  readonly onetCode: string;
  readonly text: string;
  readonly features: ProfileFeatures;
}

const GENERIC_HEADLINES = ['Experienced Professional', 'Team Member', 'Results-Driven Professional', 'Specialist'];

const DEGREE: Readonly<Record<EducationLevel, string>> = {
  none: '',
  high_school: 'High School Diploma',
  certificate: 'Vocational Certificate',
  some_college: 'Some College Coursework',
  associate: 'Associate of Applied Science',
  bachelor: 'Bachelor of Science',
  master: 'Master of Science',
  doctorate: 'Doctor of Philosophy',
};

function readTable(file: string): string[][] {
  return fs
    .readFileSync(path.join(SHARED_DATA, 'onet-29.2', file), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t'));
}

let dwaCache: Map<string, string[]> | undefined;

/** Detailed Work Activities per occupation, through Tasks to DWAs. */
function workActivities(): Map<string, string[]> {
  if (dwaCache) return dwaCache;
  const titles = new Map(readTable('DWA Reference.txt').map((r) => [r[2] ?? '', r[3] ?? '']));
  const byCode = new Map<string, Set<string>>();
  for (const [code, , dwaId] of readTable('Tasks to DWAs.txt')) {
    const title = titles.get(dwaId ?? '');
    if (!code || !title) continue;
    if (!byCode.has(code)) byCode.set(code, new Set());
    byCode.get(code)!.add(title);
  }
  dwaCache = new Map([...byCode].map(([code, set]) => [code, [...set]]));
  return dwaCache;
}

let titleIndexCache: Map<string, string[]> | undefined;

/** Lower-cased O*NET title (occupation, alternate, reported) → the codes that carry it. */
export function titleIndex(): Map<string, string[]> {
  if (titleIndexCache) return titleIndexCache;
  const onet = loadOnet();
  const index = new Map<string, Set<string>>();
  const add = (title: string, code: string): void => {
    const key = title.trim().toLowerCase();
    if (!index.has(key)) index.set(key, new Set());
    index.get(key)!.add(code);
  };
  for (const o of onet.occupations) {
    add(o.title, o.code);
    const t = onet.titles(o.code);
    for (const title of [...t.alternate, ...t.reported]) add(title, o.code);
  }
  titleIndexCache = new Map([...index].map(([k, v]) => [k, [...v].sort()]));
  return titleIndexCache;
}

function seniorityFor(years: number): Seniority {
  return years < 2 ? 'junior' : years < 5 ? 'mid' : years < 10 ? 'senior' : 'lead';
}

/** Resumes for these occupation codes, one each, deterministic from the seed. */
export function synthesizeResumes(codes: readonly string[], seed: number): EvalResume[] {
  const onet = loadOnet();
  const activities = workActivities();
  const index = titleIndex();
  const random = new Random(seed);
  const allCodes = onet.occupations.map((o) => o.code);
  return codes.map((code, n) => {
    const occupation = onet.occupation(code);
    if (!occupation) throw new Error(`unknown O*NET code ${code}`);
    const titles = onet.titles(code);
    const generic = random.chance(0.25);
    const pool = titles.reported.length > 0 ? titles.reported : [...titles.alternate, occupation.title];
    const headline = generic ? random.pick(GENERIC_HEADLINES) : random.pick(pool);
    const years = random.int(1, 15);
    const seniority = seniorityFor(years);
    const own = onet.technologySkills(code).map((s) => s.name);
    const other = onet.technologySkills(random.pick(allCodes)).map((s) => s.name);
    const skills = [...new Set([...random.sample(own, Math.min(own.length, random.int(3, 7))), ...random.sample(other, Math.min(other.length, 1))])];
    const education: EducationLevel | null = occupation.education ?? (random.chance(0.5) ? 'bachelor' : 'high_school');
    const city = random.pick(CITIES);
    const bullets = random.sample(activities.get(code) ?? [], Math.min(activities.get(code)?.length ?? 0, random.int(4, 7)));
    const matches = generic ? [] : (index.get(headline.trim().toLowerCase()) ?? []);
    const occupations: OccupationGuess[] = matches.map((c) => ({
      code: c,
      title: onet.occupation(c)?.title ?? c,
      confidence: 1 / matches.length,
    }));
    const text = [
      headline,
      cityLabel(city),
      '',
      'Summary',
      `${seniority === 'lead' ? 'Seasoned' : seniority === 'senior' ? 'Experienced' : 'Motivated'} ${headline.toLowerCase()} with ${years} years of experience.`,
      '',
      'Experience',
      `${headline}, ${random.pick(['Acme Corp', 'Northwind', 'Globex', 'Initech', 'Umbrella Group', 'Stark Services'])} (${2025 - years} to present)`,
      ...bullets.map((b) => `- ${b}`),
      '',
      'Skills',
      skills.join(', '),
      ...(education && DEGREE[education] ? ['', 'Education', DEGREE[education]] : []),
    ].join('\n');
    return {
      id: `eval-${n}`,
      onetCode: code,
      text,
      features: {
        title: generic ? null : headline,
        onetCode: occupations.length === 1 ? (occupations[0]?.code ?? null) : null,
        occupations,
        skills,
        yearsExperience: years,
        seniority,
        educationLevel: education,
        location: cityLabel(city),
      },
    };
  });
}

/** Occupations with enough postings to fill a top 20, sampled reproducibly. */
export function evaluationCodes(postings: readonly BenchPosting[], count: number, minRelevant = 5): string[] {
  const perCode = new Map<string, number>();
  for (const p of postings) if (p.onetCode) perCode.set(p.onetCode, (perCode.get(p.onetCode) ?? 0) + 1);
  const eligible = [...perCode]
    .filter(([, n]) => n >= minRelevant)
    .map(([code]) => code)
    .sort();
  const random = seededRandom(2024);
  for (let i = eligible.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [eligible[i], eligible[j]] = [eligible[j] as string, eligible[i] as string];
  }
  return eligible.slice(0, count);
}

