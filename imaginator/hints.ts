import { extractSkills, type SkillTaxonomy } from '../understanding/skills/taxonomy';
import { skillEntry } from './facts';

/**
 * For a skill the job asks for and the resume lacks, what honest experience of it looks like: O*NET
 * task statements that involve the skill, from the job's own occupation first, then from the
 * occupations O*NET relates to it (a chef's posting asking for catering finds it among food
 * service managers' tasks), never from unrelated work that happens to share a word. Without an
 * occupation for the job, the occupations the taxonomy links to the skill stand in. Tasks describe
 * work, not the person: they are shown as hints and never written into a suggested line.
 *
 * O*NET's tasks seldom name a product ("C#", "AWS"): a technology no task names is hinted by the
 * tasks of the same occupations that do the work of its kind (a language's: writing programs; a
 * database's: databases), from its taxonomy category or, for O*NET's own, its commodity title.
 */

export interface OnetTasks {
  tasks(code: string): { readonly core: readonly string[]; readonly supplemental: readonly string[] };
  occupation(code: string): { readonly related: readonly string[] } | undefined;
}

const STOP = new Set(['and', 'for', 'with', 'the', 'of', 'in', 'on', 'to', 'or', 'a', 'an', 'skills', 'skill']);

/** Words cut to five letters: "budgeting" and "budgets", "scheduling" and "schedules" meet. */
function stems(text: string): string[] {
  return [...text.toLowerCase().matchAll(/\p{L}[\p{L}'-]*/gu)]
    .map((m) => m[0])
    .filter((w) => w.length >= 3 && !STOP.has(w))
    .map((w) => w.slice(0, 5));
}

/** The skills each O*NET task names, read once per process: the same tasks serve every request. */
const taskSkills = new WeakMap<SkillTaxonomy, Map<string, ReadonlySet<string>>>();

function skillsOfTask(task: string, taxonomy: SkillTaxonomy): ReadonlySet<string> {
  let byTask = taskSkills.get(taxonomy);
  if (!byTask) taskSkills.set(taxonomy, (byTask = new Map<string, ReadonlySet<string>>()));
  let skills = byTask.get(task);
  if (!skills) byTask.set(task, (skills = new Set(extractSkills(task, taxonomy).map((m) => m.skill))));
  return skills;
}

function involves(task: string, skill: string, skillStems: readonly string[], taxonomy: SkillTaxonomy): boolean {
  if (skillsOfTask(task, taxonomy).has(skill)) return true;
  if (skillStems.length === 0) return false;
  const taskStems = new Set(stems(task));
  return skillStems.every((s) => taskStems.has(s));
}

const CODE = /\b(?:programming|computer programs?|code|coding|software|scripts?)\b/i;
const SYSTEMS = /\b(?:networks?|servers?|cloud|infrastructure|operating systems?|deploy\w*)\b/i;

/** The work each kind of technology does, as O*NET's tasks word it. */
const WORK_OF_KIND: Readonly<Record<string, RegExp>> = {
  language: CODE,
  framework: /\b(?:programming|computer programs?|code|coding|software|web ?sites?|web applications?)\b/i,
  library: CODE,
  runtime: CODE,
  api: CODE,
  tooling: CODE,
  'data format': CODE,
  database: /\bdatabases?\b/i,
  data: /\b(?:databases?|data sets?|data warehouses?|data pipelines?)\b/i,
  analytics: /\b(?:statistical|statistics|analytics|data analysis)\b/i,
  ai: /\b(?:machine learning|algorithms?|artificial intelligence|neural)\b/i,
  cloud: SYSTEMS,
  infrastructure: SYSTEMS,
  platform: SYSTEMS,
  os: SYSTEMS,
  observability: SYSTEMS,
  testing: /\b(?:software testing|test (?:plans?|cases?|scripts?)|testing|quality assurance)\b/i,
  office: /\b(?:spreadsheets?|documents?|reports?|correspondence|presentations?)\b/i,
};

/** O*NET commodity words that say nothing of the work ("Data base user interface and query software"). */
const COMMODITY_STOP = new Set(['software', 'system', 'systems', 'program', 'computer', 'user', 'interface', 'based']);

function workOf(skill: string, taxonomy: SkillTaxonomy): RegExp | null {
  const entry = skillEntry(taxonomy, skill);
  if (entry?.kind !== 'technology') return null;
  const known = WORK_OF_KIND[entry.category];
  if (known) return known;
  const words = (entry.category.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !COMMODITY_STOP.has(w));
  return words.length > 0 ? new RegExp(`\\b(?:${words.join('|')})s?\\b`, 'i') : null;
}

function tasksOf(codes: readonly string[], onet: OnetTasks): string[] {
  return codes.flatMap((code) => {
    const { core, supplemental } = onet.tasks(code);
    return [...core, ...supplemental];
  });
}

export function hintsForSkill(
  skill: string,
  options: {
    readonly jobOnetCode: string | null;
    readonly taxonomy: SkillTaxonomy;
    readonly onet: OnetTasks;
    readonly limit?: number;
  },
): string[] {
  const { taxonomy, onet } = options;
  const limit = options.limit ?? 2;
  const skillStems = stems(skill);
  const code = options.jobOnetCode;
  const codes = code
    ? [code, ...(onet.occupation(code)?.related ?? []).slice(0, 10)]
    : (skillEntry(taxonomy, skill)?.occupations ?? []).slice(0, 3);
  const tasks = tasksOf(codes, onet);
  const hints: string[] = [];
  const add = (accept: (task: string) => boolean): void => {
    for (const task of tasks) {
      if (hints.length >= limit) return;
      if (!hints.includes(task) && accept(task)) hints.push(task);
    }
  };
  add((task) => involves(task, skill, skillStems, taxonomy));
  if (hints.length > 0) return hints;
  const work = workOf(skill, taxonomy);
  if (work) add((task) => work.test(task));
  return hints;
}
