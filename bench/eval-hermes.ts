import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { isHirehoundError } from '../common/errors';
import { analyseResume } from '../understanding/analysis/analyse-resume';
import { readDocument } from '../understanding/document/read-document';
import { loadOnet } from '../understanding/onet/load';
import { normalizeSkill, skillsIn } from '../understanding/skills/taxonomy';
import { loadTitleClassifier } from '../understanding/titles/title-classifier';
import { normalizeTitle } from '../understanding/titles/title-features';

/**
 * `npm run eval:hermes`: how well Hermes reads and understands, on data it was never tuned on.
 * Progress goes to stderr; the last stdout line is one JSON object. Reads ../shared/data (or
 * HIREHOUND_SHARED_DATA); parts whose data is absent are skipped with a message and reported null.
 *
 * - title_top1/top5: O*NET reported titles held out of training (the trainer's split rule,
 *   recomputed here), correct when the predicted code is one the title is reported under.
 * - skills_precision/recall: micro-averaged over the hand-labelled posting excerpts in
 *   tests/understanding/fixtures/posting-skills.labels.json; skills_untuned_* over its batch 2 only,
 *   labelled after the last change to the matcher (batch 1 was used to improve it).
 * - parse_*: the 121 sample resume PDFs, read one after another as an ml worker would.
 * - category_consistency: labelled resumes whose predicted occupation falls in an O*NET major group
 *   that fits their category (the mapping below, ours).
 */
const ROOT = path.resolve(__dirname, '..');
const SHARED = path.resolve(ROOT, process.env.HIREHOUND_SHARED_DATA ?? '../shared/data');
const LABELS = path.join(ROOT, 'tests', 'understanding', 'fixtures', 'posting-skills.labels.json');

const log = (message: string): void => {
  process.stderr.write(`[eval:hermes] ${message}\n`);
};
const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;
const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function evaluateTitles(): { top1: number; top5: number; heldOut: number } {
  const onet = loadOnet();
  const classifier = loadTitleClassifier();
  const heldOut = new Map<string, Set<string>>();
  for (const o of onet.occupations) {
    for (const title of onet.titles(o.code).reported) {
      const n = normalizeTitle(title);
      if (!n || crypto.createHash('sha1').update(n).digest()[0]! % 5 !== 0) continue;
      const codes = heldOut.get(n) ?? new Set<string>();
      codes.add(o.code);
      heldOut.set(n, codes);
    }
  }
  if (heldOut.size !== classifier.metadata.split.heldOutTitles) {
    throw new Error(
      `held-out split drifted: ${heldOut.size} titles here, ${classifier.metadata.split.heldOutTitles} at training`,
    );
  }
  let top1 = 0;
  let top5 = 0;
  for (const [title, codes] of heldOut) {
    const predicted = classifier.classify(title, 5).map((g) => g.code);
    if (codes.has(predicted[0]!)) top1++;
    if (predicted.some((c) => codes.has(c))) top5++;
  }
  return { top1: round(top1 / heldOut.size), top5: round(top5 / heldOut.size), heldOut: heldOut.size };
}

const LabelFile = z.object({
  postings: z.array(
    z.object({
      id: z.string(),
      start: z.number(),
      end: z.number(),
      excerptSha256: z.string(),
      skills: z.array(z.string()),
      batch: z.number(),
    }),
  ),
});

interface SkillScore {
  precision: number;
  recall: number;
  postings: number;
}

/** Micro-averaged precision and recall over a set of (gold, predicted) skill sets. */
function score(pairs: readonly { gold: Set<string>; predicted: Set<string> }[]): SkillScore {
  let truePositives = 0;
  let predictedCount = 0;
  let goldCount = 0;
  for (const { gold, predicted } of pairs) {
    for (const s of predicted) if (gold.has(s)) truePositives++;
    predictedCount += predicted.size;
    goldCount += gold.size;
  }
  return {
    precision: round(truePositives / predictedCount),
    recall: round(truePositives / goldCount),
    postings: pairs.length,
  };
}

function evaluateSkills(): { all: SkillScore; untouched: SkillScore } | null {
  const csvPath = path.join(SHARED, 'jobs-remotewlb', 'remotewlb_jobs.csv');
  if (!fs.existsSync(csvPath)) {
    log(`skills: ${csvPath} not found, skipped`);
    return null;
  }
  const rows = parse<Record<string, string>>(fs.readFileSync(csvPath, 'utf8'), { columns: true, relax_quotes: true });
  const byId = new Map(rows.map((r) => [r.id!, r]));
  const { postings } = LabelFile.parse(JSON.parse(fs.readFileSync(LABELS, 'utf8')));
  const results = postings.map((label) => {
    const description = byId.get(label.id)?.description_md;
    if (description === undefined) throw new Error(`posting ${label.id} is not in the CSV`);
    // Offsets count code points (they were taken in Python); JS strings index UTF-16 units.
    const excerpt = Array.from(description).slice(label.start, label.end).join('');
    if (crypto.createHash('sha256').update(excerpt, 'utf8').digest('hex') !== label.excerptSha256) {
      throw new Error(`the excerpt of ${label.id} changed: the labels no longer apply`);
    }
    const gold = new Set(label.skills.map((s) => normalizeSkill(s) ?? s));
    const predicted = new Set(skillsIn(excerpt));
    const missed = [...gold].filter((s) => !predicted.has(s));
    const extra = [...predicted].filter((s) => !gold.has(s));
    if (missed.length || extra.length)
      log(`skills ${label.id}: missed [${missed.join(', ')}] extra [${extra.join(', ')}]`);
    return { gold, predicted, batch: label.batch };
  });
  // Batch 2 was labelled after the last change to the matcher and taxonomy: the untuned check.
  return { all: score(results), untouched: score(results.filter((r) => r.batch === 2)) };
}

interface ParseScore {
  success: number;
  p50: number;
  p95: number;
  ocrPages: number;
  files: number;
  /** Share of the PDFs read that the reader's quality signal calls a resume. */
  looksLikeResume: number;
}

async function evaluateParsing(): Promise<ParseScore | null> {
  const dir = path.join(SHARED, 'resumes-livecareer', 'pdf-sample');
  if (!fs.existsSync(dir)) {
    log(`parsing: ${dir} not found, skipped`);
    return null;
  }
  const files = fs
    .readdirSync(dir)
    .sort()
    .flatMap((category) =>
      fs
        .readdirSync(path.join(dir, category))
        .sort()
        .map((f) => path.join(dir, category, f)),
    );
  const times: number[] = [];
  let ok = 0;
  let ocrPages = 0;
  let looksLikeResume = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    const started = process.hrtime.bigint();
    try {
      const reading = await readDocument({ bytes, fileName: path.basename(file), mediaType: 'application/pdf' });
      ok++;
      ocrPages += reading.ocrPages;
      if (reading.quality.resume.isResume) looksLikeResume++;
    } catch (err) {
      if (!isHirehoundError(err)) throw err;
      ocrPages += Number(err.details?.ocrPages ?? 0);
      log(`parsing ${path.relative(dir, file)}: ${err.code} (${err.message})`);
    }
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return {
    success: round(ok / files.length),
    p50: Math.round(percentile(times, 50)),
    p95: Math.round(percentile(times, 95)),
    ocrPages,
    files: files.length,
    looksLikeResume: round(looksLikeResume / Math.max(1, ok)),
  };
}

/** Livecareer categories → the O*NET-SOC major groups (first two digits) an occupation may fall in. */
const CATEGORY_GROUPS: Record<string, readonly string[]> = {
  ACCOUNTANT: ['13', '43', '11'],
  ADVOCATE: ['23', '21'],
  AGRICULTURE: ['45', '19', '11'],
  APPAREL: ['27', '51', '41', '11'],
  ARTS: ['27', '25'],
  AUTOMOBILE: ['49', '17', '41'],
  AVIATION: ['53', '49', '17'],
  BANKING: ['13', '43', '41', '11'],
  BPO: ['43', '41'],
  'BUSINESS-DEVELOPMENT': ['11', '13', '41'],
  CHEF: ['35'],
  CONSTRUCTION: ['47', '11', '17'],
  CONSULTANT: ['13', '11', '15'],
  DESIGNER: ['27', '17', '15'],
  'DIGITAL-MEDIA': ['27', '15', '41', '13'],
  ENGINEERING: ['17', '15', '11'],
  FINANCE: ['13', '11', '43'],
  FITNESS: ['39', '29', '25'],
  HEALTHCARE: ['29', '31', '11'],
  HR: ['13', '11', '43'],
  'INFORMATION-TECHNOLOGY': ['15', '11'],
  'PUBLIC-RELATIONS': ['27', '11', '13'],
  SALES: ['41', '11'],
  TEACHER: ['25'],
};

function evaluateCategories(): { consistency: number; resumes: number } | null {
  const csvPath = path.join(SHARED, 'resumes-livecareer', 'resumes.csv');
  if (!fs.existsSync(csvPath)) {
    log(`categories: ${csvPath} not found, skipped`);
    return null;
  }
  const rows = parse<{ ID: string; Category: string; Resume_str: string }>(fs.readFileSync(csvPath, 'utf8'), {
    columns: true,
  });
  let consistent = 0;
  let counted = 0;
  // The corpus is from 2021 or earlier; "present" then, not today, for the experience part.
  const asOf = new Date('2021-06-01T00:00:00Z');
  for (const row of rows) {
    const groups = CATEGORY_GROUPS[row.Category];
    if (!groups || !row.Resume_str.trim()) continue;
    const code = analyseResume(row.Resume_str, { asOf }).onetCode;
    counted++;
    if (code && groups.includes(code.slice(0, 2))) consistent++;
  }
  return { consistency: round(consistent / counted), resumes: counted };
}

async function main(): Promise<void> {
  const started = Date.now();
  const titles = evaluateTitles();
  log(`titles: top1 ${titles.top1}, top5 ${titles.top5} over ${titles.heldOut} held-out reported titles`);
  const skills = evaluateSkills();
  if (skills) {
    log(`skills: precision ${skills.all.precision}, recall ${skills.all.recall} over ${skills.all.postings} postings`);
    log(
      `skills (batch labelled after tuning): precision ${skills.untouched.precision}, recall ${skills.untouched.recall}`,
    );
  }
  const parsing = await evaluateParsing();
  if (parsing)
    log(`parsing: ${parsing.files} PDFs, success ${parsing.success}, p50 ${parsing.p50} ms, p95 ${parsing.p95} ms`);
  const categories = evaluateCategories();
  if (categories) log(`categories: ${categories.consistency} consistent over ${categories.resumes} resumes`);
  const result = {
    eval: 'hermes',
    title_top1: titles.top1,
    title_top5: titles.top5,
    title_held_out: titles.heldOut,
    skills_precision: skills?.all.precision ?? null,
    skills_recall: skills?.all.recall ?? null,
    skills_postings: skills?.all.postings ?? null,
    skills_untuned_precision: skills?.untouched.precision ?? null,
    skills_untuned_recall: skills?.untouched.recall ?? null,
    parse_success_rate: parsing?.success ?? null,
    parse_files: parsing?.files ?? null,
    ocr_pages: parsing?.ocrPages ?? null,
    parse_ms: parsing ? { p50: parsing.p50, p95: parsing.p95 } : null,
    parsed_flagged_as_resume: parsing?.looksLikeResume ?? null,
    category_consistency: categories?.consistency ?? null,
    category_resumes: categories?.resumes ?? null,
    elapsed_s: Math.round((Date.now() - started) / 100) / 10,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`eval:hermes failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
