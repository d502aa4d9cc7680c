import type { JobForTailoring } from '../imaginator/analysis';
import { extractResumeFacts, skillEntry } from '../imaginator/facts';
import { findNameRuns } from '../imaginator/names';
import { tailorResume } from '../imaginator/tailor';
import { containsPhrase } from '../imaginator/text';
import { analysePosting } from '../understanding/analysis/analyse-posting';
import { analyseResume } from '../understanding/analysis/analyse-resume';
import { loadOnet } from '../understanding/onet/load';
import { loadSkillTaxonomy, normalizeSkill } from '../understanding/skills/taxonomy';
import { remoteWlbPostings } from './data/postings';
import { liveCareerResumes, type RealResume } from './data/resumes';
import { percentile, seededRandom } from './stats';

/**
 * `npm run eval:imaginator`: the Imaginator on real resumes (LiveCareer) tailored to real postings
 * (remotewlb), both from ../shared/data or HIREHOUND_SHARED_DATA, read here and never shipped. Each
 * resume is paired with an analysed posting of its occupation, else of its occupation group, else
 * the posting sharing most of its skills. Progress on stderr; the last stdout line is one JSON object.
 *
 * Two paths, as the product runs them:
 * - the analysis (no model): honest_kept is the share of its lines (summary, bullets, evidence)
 *   that pass its own check. It writes only the resume's words, so every drop is the check being
 *   wrong about real, messy text.
 * - the model: an in-process stand-in "model" answers with the resume's own work lines (as written
 *   and with a figure placeholder: own_lines_kept, every drop a false one) and, on the same lines,
 *   one invention each: a skill the posting asks for and the resume lacks, an employer, a name made
 *   of the words of two of the resume's names, a percentage, a number, a year it does not state,
 *   and a summary naming an employer. caught_<kind> is the share dropped; invented_claims counts
 *   inventions returned to the person, and must be 0.
 * - missing_with_hints: share of the posting's missing skills that come with O*NET task hints.
 * - tailor_ms_p50/p95: one tailoring by the analysis (facts, check, hints), after models load.
 */

const PER_CATEGORY = Number(process.env.EVAL_IMAGINATOR_PER_CATEGORY ?? 20);
const POSTINGS = Number(process.env.EVAL_IMAGINATOR_POSTINGS ?? 600);
const AS_OF = new Date('2026-12-01T00:00:00Z');
const EMPLOYERS = ['Four Seasons', 'Goldman Sachs', 'Mercy General Hospital', 'Deloitte', 'Lockheed Martin'];

const log = (message: string): void => {
  process.stderr.write(`[eval:imaginator] ${message}\n`);
};
const share = (hit: number, all: number): number | null =>
  all === 0 ? null : Math.round((hit / all) * 10_000) / 10_000;

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  return items
    .map((item) => ({ item, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

/**
 * A missing skill as a model might write it mid-sentence: in lower case ("aws", "budgeting"), the
 * harder case, except a short everyday word the check reads in lower case as that word ("go", "ruby").
 */
function asWritten(skill: string, taxonomy: ReturnType<typeof loadSkillTaxonomy>): string {
  const entry = skillEntry(taxonomy, skill);
  return (entry?.contextual === true && skill.length <= 4) || skill.length <= 2 ? skill : skill.toLowerCase();
}

function sampleResumes(resumes: readonly RealResume[]): RealResume[] {
  const byCategory = new Map<string, RealResume[]>();
  for (const r of resumes) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
  return [...byCategory.values()].flatMap((list) => shuffled(list, 13).slice(0, PER_CATEGORY));
}

interface RealJob {
  readonly job: JobForTailoring;
  readonly skills: ReadonlySet<string>;
}

type Pairing = 'occupation' | 'group' | 'skills';

/** Real postings, analysed as the product analyses them (their text, not their board's tags). */
function analysedPostings(taxonomy: ReturnType<typeof loadSkillTaxonomy>): RealJob[] {
  log('reading the real postings');
  const sample = shuffled(
    remoteWlbPostings().filter((p) => (p.job.descriptionText ?? '').length >= 500),
    7,
  ).slice(0, POSTINGS);
  const jobs: RealJob[] = [];
  for (const p of sample) {
    const description = p.job.descriptionText ?? '';
    const features = analysePosting({ title: p.job.title, description }, { taxonomy });
    jobs.push({
      job: {
        id: p.key,
        title: p.job.title,
        description,
        skillsRequired: features.skillsRequired,
        skillsPreferred: features.skillsPreferred,
        onetCode: features.onetCode,
      },
      skills: new Set([...features.skillsRequired, ...features.skillsPreferred]),
    });
    if (jobs.length % 100 === 0) log(`analysed ${jobs.length}/${sample.length} postings`);
  }
  return jobs;
}

function pairWith(jobs: readonly RealJob[], onetCode: string | null, skills: readonly string[]): [RealJob, Pairing] {
  const same = onetCode ? jobs.find((j) => j.job.onetCode === onetCode) : undefined;
  if (same) return [same, 'occupation'];
  const group = onetCode ? jobs.find((j) => j.job.onetCode?.slice(0, 2) === onetCode.slice(0, 2)) : undefined;
  if (group) return [group, 'group'];
  let best = jobs[0]!;
  let bestShared = -1;
  for (const j of jobs) {
    const shared = skills.filter((s) => j.skills.has(s)).length;
    if (shared > bestShared) [best, bestShared] = [j, shared];
  }
  return [best, 'skills'];
}

async function main(): Promise<void> {
  const onet = loadOnet();
  const taxonomy = loadSkillTaxonomy();
  const jobs = analysedPostings(taxonomy);
  const resumes = sampleResumes(liveCareerResumes());
  log(`${resumes.length} resumes (${PER_CATEGORY} per category), ${jobs.length} real postings`);

  const pairings: Record<Pairing, number> = { occupation: 0, group: 0, skills: 0 };
  const counts = { lines: 0, kept: 0, own: 0, ownKept: 0, missing: 0, hinted: 0, modelAnswered: 0, modelCalls: 0 };
  const caught: Record<string, { tried: number; caught: number }> = {};
  const falseDrops: string[] = [];
  const misses: string[] = [];
  const times: number[] = [];
  let done = 0;
  for (const resume of resumes) {
    const analysis = analyseResume(resume.text, { asOf: AS_OF, taxonomy });
    const [{ job }, pairing] = pairWith(jobs, analysis.onetCode, analysis.skills);
    pairings[pairing] += 1;
    const forTailoring = {
      id: resume.id,
      text: resume.text,
      jobTitle: analysis.jobTitle,
      profileSkills: analysis.skills,
    };

    const started = performance.now();
    const { tailoring, droppedLines } = await tailorResume(forTailoring, job, { onet, taxonomy, asOf: AS_OF });
    times.push(performance.now() - started);
    const returned = (tailoring.summaryLine ? 1 : 0) + tailoring.bullets.length + tailoring.skillsShown.length;
    counts.lines += returned + droppedLines.length;
    counts.kept += returned;
    for (const d of droppedLines) falseDrops.push(`${resume.id}: ${d.part} ${JSON.stringify(d.violations)}`);
    counts.missing += tailoring.skillsMissing.length;
    counts.hinted += tailoring.skillsMissing.filter((s) => s.hints.length > 0).length;

    const facts = extractResumeFacts(resume.text, { profileSkills: analysis.skills, taxonomy, asOf: AS_OF });
    // Skills the posting asks for that the resume neither shows nor words (its words are its own).
    const missing = tailoring.skillsMissing.map((s) => s.skill).filter((s) => !containsPhrase(resume.text, s));
    const employer = EMPLOYERS.find((e) => !resume.text.toLowerCase().includes(e.toLowerCase()))!;
    const percent = [37, 43, 58, 61, 73, 87].find((p) => !facts.figures.values.has(p))!;
    const number = [140, 230, 370, 890].find((n) => !facts.figures.values.has(n))!;
    const year = [1987, 1991, 1994, 1996].find((y) => !facts.figures.years.has(y))!;
    // A new name from the words of two of the resume's own ("St. Valley Hospital" from two employers).
    // Names, not skills: "Microsoft Excel" lends no word, since a name beside a skill is no new name.
    const names = findNameRuns(resume.text)
      .map((r) => r.text.split(/\s+/))
      .filter((w) => w.length >= 2 && w.every((word) => normalizeSkill(word, taxonomy) === null));
    const other = names.find((w) => w[0] !== names[0]?.[0] && w.at(-1) !== names[0]?.at(-1));
    const candidate = names[0] && other ? `${names[0][0]} ${other.at(-1)}` : undefined;
    const recombined =
      candidate && !facts.nameParts.has(candidate.toLowerCase().replace(/[.,]/g, '')) ? candidate : undefined;
    // Work lines: in the experience section, sentences rather than title or employer lines.
    const workLines = facts.lines
      .filter(
        (l) =>
          facts.experience.some((s) => l.start >= s.start && l.start < s.end) &&
          l.text.length >= 40 &&
          l.text.length <= 300 &&
          (l.text.match(/(?<![\p{L}])\p{Ll}{3,}/gu) ?? []).length >= 4,
      )
      .slice(0, 3);

    for (const [i, line] of workLines.entries()) {
      const base = line.text.replace(/[.;,\s]+$/, '');
      const own = [line.text, `${base} [number of people]`];
      const skill = missing.length > 0 ? missing[i % missing.length] : undefined;
      const inventions: [string, string | undefined][] = [
        ['recombined_name', recombined ? `${base} at ${recombined}` : undefined],
        ['skill', skill ? `${base}, using ${asWritten(skill, taxonomy)}` : undefined],
        ['employer', `${base} at ${employer}`],
        ['percent', `${base}, improving results by ${percent}%`],
        ['number', `${base} for ${number} clients`],
        ['year', `${base} since ${year}`],
      ];
      const invented = inventions.filter((x): x is [string, string] => x[1] !== undefined);
      const honestSummary = tailoring.summaryLine ?? line.text;
      const summaryLine = i === 0 ? `${honestSummary.replace(/\.$/, '')}, formerly at ${employer}.` : honestSummary;
      const answer = {
        summaryLine,
        bullets: [...own, ...invented.map(([, text]) => text)].map((text) => ({ text, basis: line.text })),
      };
      const byModel = await tailorResume(forTailoring, job, {
        onet,
        taxonomy,
        asOf: AS_OF,
        askModel: () => Promise.resolve({ kind: 'answer', content: JSON.stringify(answer) }),
      });
      counts.modelCalls += 1;
      if (byModel.tailoring.source === 'model') counts.modelAnswered += 1;
      const back = new Set(byModel.tailoring.bullets.map((b) => b.text));
      for (const text of own) {
        counts.own += 1;
        if (back.has(text)) counts.ownKept += 1;
        else falseDrops.push(`${resume.id}: own line ${JSON.stringify(text)}`);
      }
      const tried: [string, string][] = i === 0 ? [...invented, ['summary_employer', summaryLine]] : invented;
      for (const [kind, text] of tried) {
        const tally = (caught[kind] ??= { tried: 0, caught: 0 });
        tally.tried += 1;
        const came = kind === 'summary_employer' ? byModel.tailoring.summaryLine === text : back.has(text);
        if (came) misses.push(`${resume.id}: ${kind}: ${text}`);
        else tally.caught += 1;
      }
    }
    done += 1;
    if (done % 50 === 0) log(`${done}/${resumes.length} resumes`);
  }
  for (const line of falseDrops.slice(0, 15)) log(`false drop ${line}`);
  for (const line of misses.slice(0, 15)) log(`returned an invention ${line}`);
  times.sort((a, b) => a - b);
  const result = {
    bench: 'eval:imaginator',
    resumes: resumes.length,
    postings: jobs.length,
    paired_by_occupation: pairings.occupation,
    paired_by_group: pairings.group,
    paired_by_skills: pairings.skills,
    honest_lines: counts.lines,
    honest_kept: share(counts.kept, counts.lines),
    model_answers: counts.modelCalls,
    model_answers_used: share(counts.modelAnswered, counts.modelCalls),
    own_lines: counts.own,
    own_lines_kept: share(counts.ownKept, counts.own),
    ...Object.fromEntries(Object.entries(caught).map(([kind, t]) => [`caught_${kind}`, share(t.caught, t.tried)])),
    invented_lines: Object.values(caught).reduce((sum, t) => sum + t.tried, 0),
    invented_claims: misses.length,
    missing_skills: counts.missing,
    missing_with_hints: share(counts.hinted, counts.missing),
    tailor_ms_p50: Math.round(percentile(times, 50) * 10) / 10,
    tailor_ms_p95: Math.round(percentile(times, 95) * 10) / 10,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

void main();
