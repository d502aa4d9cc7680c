import { extractSkills, type SkillTaxonomy } from '../understanding/skills/taxonomy';
import { skillEntry } from './facts';

/**
 * For a skill the job asks for and the resume lacks, what honest experience of it looks like: O*NET
 * task statements that involve the skill, from the job's own occupation first, then from the
 * occupations O*NET relates to it (a chef's posting asking for catering finds it among food
 * service managers' tasks), never from unrelated work that happens to share a word. Without an
 * occupation for the job, the occupations the taxonomy links to the skill stand in. Tasks describe
 * work, not the person: they are shown as hints and never written into a suggested line.
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
  const hints: string[] = [];
  for (const occupation of codes) {
    const { core, supplemental } = onet.tasks(occupation);
    for (const task of [...core, ...supplemental]) {
      if (hints.length >= limit) return hints;
      if (!hints.includes(task) && involves(task, skill, skillStems, taxonomy)) hints.push(task);
    }
  }
  return hints;
}
