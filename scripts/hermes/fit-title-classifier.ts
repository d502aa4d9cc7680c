import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { SHARED_DATA } from '../../bench/data/paths';
import { extractSkills, loadSkillTaxonomy } from '../../understanding/skills/taxonomy';
import { loadLabelledTitles } from '../../bench/hermes/real-titles';
import { heldOutReportedTitles, isTuningHalf } from '../../understanding/titles/title-features';
import {
  TITLE_COMBINATION_FILE,
  combineSignals,
  createTitleSignalSource,
  topClasses,
  type TitleCombination,
  type TitleSignals,
} from '../../understanding/titles/title-classifier';

/**
 * `npm run train:title-combination`: fits how the title classifier weighs its signals (lexical,
 * skills, prior, semantic, exact O*NET title, O*NET title ending it, fine-tuned encoder), its softmax temperature and its confidence gate, and writes
 * data/hermes/title-combination.json. Fitted on the dev split of the labelled real titles and on
 * the even-numbered half of O*NET's held-out reported titles (the half the lexical trainer also
 * calibrated on); the test split and the odd half stay untouched for eval:hermes.
 * Dev titles are read with the skills of their posting's description (the context signal);
 * O*NET's titles have no document. Objective: mean log-probability of an accepted code, real titles
 * and O*NET titles weighed equally. Coordinate search over a small grid; deterministic.
 */
interface Example {
  readonly signals: TitleSignals;
  readonly accepted: readonly number[];
}

/** Title → the skills of the first real posting with that title (its description). */
function postingSkills(): Map<string, string[]> {
  const file = path.join(SHARED_DATA, 'jobs-remotewlb', 'remotewlb_jobs.csv');
  const out = new Map<string, string[]>();
  if (!fs.existsSync(file)) return out;
  const taxonomy = loadSkillTaxonomy();
  for (const r of parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { columns: true, relax_quotes: true })) {
    const title = (r.title ?? '').trim();
    if (!out.has(title))
      out.set(title, [...new Set(extractSkills(r.description_md ?? '', taxonomy).map((m) => m.skill))]);
  }
  return out;
}

function main(): void {
  const source = createTitleSignalSource();
  const index = new Map(source.classes.map((c, i) => [c, i]));
  // Each dev title is read with the skills of its posting's description, as analysePosting reads it.
  const postings = postingSkills();
  const toExample = (title: string, codes: Iterable<string>, context?: readonly string[]): Example => ({
    signals: source.signals(title, context),
    accepted: [...codes].map((c) => index.get(c)).filter((i): i is number => i !== undefined),
  });
  const devTitles = loadLabelledTitles().filter((l) => l.split === 'dev');
  // Read both ways, as the classifier is used: bare titles (search results) and inside a document.
  const dev = devTitles.map((l) => toExample(l.title, l.codes));
  const devInContext = devTitles.map((l) => toExample(l.title, l.codes, postings.get(l.title.trim())));
  // Sorted as the lexical trainer sorts them; its calibration half is the even positions.
  const onetHalf = heldOutReportedTitles()
    .filter((_, i) => isTuningHalf(i))
    .map(([title, codes]) => toExample(title, codes));

  const evaluate = (c: Pick<TitleCombination, 'weights' | 'temperature'>, set: readonly Example[]) => {
    let logLik = 0;
    let top1 = 0;
    for (const e of set) {
      const p = combineSignals(e.signals, source, c);
      logLik += Math.log(
        Math.max(
          1e-9,
          e.accepted.reduce((s, i) => s + p[i]!, 0),
        ),
      );
      if (e.accepted.includes(topClasses(p, 1)[0]!)) top1++;
    }
    return { logLik: logLik / set.length, top1: top1 / set.length };
  };
  const objective = (c: Pick<TitleCombination, 'weights' | 'temperature'>): number =>
    (evaluate(c, dev).logLik + evaluate(c, devInContext).logLik) / 2 + evaluate(c, onetHalf).logLik;

  let best: Pick<TitleCombination, 'weights' | 'temperature'> = {
    weights: {
      lexical: 1,
      skills: 0,
      prior: 0,
      semantic: 0,
      exact: 0,
      usage: 0,
      context: 0,
      headPhrase: 0,
      encoder: 0,
    },
    temperature: 8,
  };
  let bestScore = objective(best);
  const grids: Record<string, readonly number[]> = {
    skills: [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5],
    semantic: [0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6],
    exact: [0, 0.25, 0.5, 1, 1.5, 2, 3],
    headPhrase: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.75, 1],
    encoder: [0, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1],
    prior: [0, 0.01, 0.02, 0.04, 0.06, 0.08, 0.12],
    usage: [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3],
    context: [0, 0.5, 1, 1.5, 2, 3, 4, 6, 8],
    temperature: [2, 3, 4, 5, 6, 8, 10, 12, 15, 20],
  };
  // Rounds until one changes nothing (at most ten).
  for (let round = 0, moved = true; moved && round < 10; round++) {
    moved = false;
    for (const [name, values] of Object.entries(grids)) {
      for (const v of values) {
        const candidate =
          name === 'temperature' ? { ...best, temperature: v } : { ...best, weights: { ...best.weights, [name]: v } };
        const score = objective(candidate);
        if (score > bestScore + 1e-9) {
          best = candidate;
          bestScore = score;
          moved = true;
        }
      }
    }
    process.stderr.write(`round ${round + 1}: ${JSON.stringify(best)} objective ${bestScore.toFixed(4)}\n`);
  }
  const devScore = evaluate(best, dev);
  const contextScore = evaluate(best, devInContext);
  const onetScore = evaluate(best, onetHalf);
  const out: TitleCombination = {
    version: 'combination-1',
    weights: best.weights,
    temperature: best.temperature,
    // SOCcer's gate (a top score of 0.3 and a lead of 0.1), kept as is: the dev split is too small to tune it.
    gate: { minConfidence: 0.3, minGap: 0.1 },
    fittedOn: `dev split of bench/hermes/real-titles.tsv (${dev.length} titles, top-1 ${devScore.top1.toFixed(3)} alone, ${contextScore.top1.toFixed(3)} with their postings' skills) and the even half of O*NET's held-out reported titles (${onetHalf.length}, top-1 ${onetScore.top1.toFixed(3)})`,
  };
  fs.writeFileSync(TITLE_COMBINATION_FILE, `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), TITLE_COMBINATION_FILE)}: ${out.fittedOn}\n`);
}

main();
