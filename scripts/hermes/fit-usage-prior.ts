import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { SHARED_DATA } from '../../bench/data/paths';
import { loadLabelledTitles } from '../../bench/hermes/real-titles';
import { analyseResume } from '../../understanding/analysis/analyse-resume';
import { cleanTitle } from '../../understanding/titles/clean-title';
import {
  combineSignals,
  createTitleSignalSource,
  loadTitleCombination,
  topClasses,
} from '../../understanding/titles/title-classifier';
import { USAGE_PRIOR_FILE, type UsagePriorFile } from '../../understanding/titles/usage-prior';

/**
 * `npm run data:usage-prior`: how often each occupation is what a real title means, without labels.
 * The titles of the real postings (jobs-remotewlb) and of the LiveCareer resumes are classified
 * without any prior; expectation-maximisation then finds the occupation frequencies under which
 * those answers are most likely (Saerens, Latinne and Decaestecker's prior re-estimation). Titles
 * of the test and fresh splits (same cleaned text) are left out: they are read only to report.
 * Postings and resumes are weighed equally, so a software-heavy job board does not decide alone
 * what a nurse's or a consultant's title means. Writes data/hermes/occupation-usage.json.
 */
const ITERATIONS = 60;
/** Classes kept per title: the rest carry no mass worth the memory. */
const KEEP = 40;
/** Dirichlet smoothing, in titles: an occupation nobody wrote keeps a floor, not minus infinity. */
const SMOOTHING = 0.5;
const SOFTENING = 2;

interface Observation {
  readonly classes: Int32Array;
  readonly probabilities: Float64Array;
  readonly weight: number;
}

function postingTitles(): string[] {
  const file = path.join(SHARED_DATA, 'jobs-remotewlb', 'remotewlb_jobs.csv');
  const rows = parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { columns: true, relax_quotes: true });
  return rows.map((r) => r.title ?? '').filter(Boolean);
}

function resumeTitles(): string[] {
  const file = path.join(SHARED_DATA, 'resumes-livecareer', 'resumes.csv');
  const rows = parse<{ Resume_str: string }>(fs.readFileSync(file, 'utf8'), { columns: true });
  const asOf = new Date('2021-06-01T00:00:00Z');
  return rows.flatMap((r) => {
    const title = r.Resume_str.trim() ? analyseResume(r.Resume_str, { asOf }).jobTitle : null;
    return title ? [title] : [];
  });
}

function main(): void {
  const source = createTitleSignalSource();
  const combination = loadTitleCombination();
  // Softened answers: at the classifier's own temperature, its confident mistakes ("Full Stack
  // Engineer" filed under Engineers, All Other) would feed themselves back as frequent occupations.
  const base = {
    temperature: combination.temperature / SOFTENING,
    weights: { ...combination.weights, prior: 0, usage: 0 },
  };
  // The labelled test and fresh titles themselves stay out; other postings sharing their wording
  // ("Software Engineer") are unlabelled data like any other.
  const reserved = new Set(
    loadLabelledTitles()
      .filter((l) => l.split !== 'dev')
      .map((l) => l.title.trim()),
  );
  const cache = new Map<string, { classes: Int32Array; probabilities: Float64Array } | null>();
  const observe = (titles: readonly string[], corpusWeight: number): Observation[] => {
    const kept = titles.filter((t) => !reserved.has(t.trim()));
    const out: Observation[] = [];
    for (const title of kept) {
      const key = cleanTitle(title).text || title;
      if (!cache.has(key)) {
        const p = combineSignals(source.signals(title), source, base);
        const classes = Int32Array.from(topClasses(p, KEEP));
        cache.set(key, classes.length ? { classes, probabilities: Float64Array.from(classes, (c) => p[c]!) } : null);
      }
      const seen = cache.get(key);
      if (seen) out.push({ ...seen, weight: corpusWeight / kept.length });
    }
    process.stderr.write(
      `[usage-prior] ${out.length} titles (${titles.length - kept.length} reserved for evaluation)\n`,
    );
    return out;
  };
  const observations = [...observe(postingTitles(), 0.5), ...observe(resumeTitles(), 0.5)];
  const n = source.classes.length;
  // "All Other" residuals and military occupations take no part: a residual scores a little on
  // every title, and re-estimation would pour the mass of every unclear title into it.
  const eligible = source.classes.map((c) => !/99\.00$/.test(c) && !c.startsWith('55-'));
  const eligibleCount = eligible.filter(Boolean).length;
  let prior = Float64Array.from(eligible, (e) => (e ? 1 / eligibleCount : 0));
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const next = new Float64Array(n);
    for (const o of observations) {
      let sum = 0;
      for (let j = 0; j < o.classes.length; j++) sum += o.probabilities[j]! * prior[o.classes[j]!]!;
      if (sum <= 0) continue;
      for (let j = 0; j < o.classes.length; j++)
        next[o.classes[j]!]! += (o.weight * o.probabilities[j]! * prior[o.classes[j]!]!) / sum;
    }
    prior = next;
  }
  // Smoothing in units of titles: the corpora hold several thousand.
  const titles = observations.length;
  const logPrior: Record<string, number> = {};
  const logs = Array.from(prior, (p) => Math.log((p * titles + SMOOTHING) / (titles + SMOOTHING * n)));
  const mean = logs.reduce((s, v) => s + v, 0) / n;
  const floor = Math.log(SMOOTHING / (titles + SMOOTHING * n)) - mean;
  source.classes.forEach((code, i) => {
    const v = logs[i]! - mean;
    if (v > floor + 1e-6) logPrior[code] = Math.round(v * 1000) / 1000;
  });
  const top = topClasses(prior, 12).map((i) => `${source.classes[i]} ${(prior[i]! * 100).toFixed(1)}%`);
  process.stderr.write(`[usage-prior] most used: ${top.join(', ')}\n`);
  const out: UsagePriorFile = {
    version: 'usage-1',
    fittedOn: `${titles} unlabelled titles of real postings (jobs-remotewlb) and LiveCareer resumes, weighed half and half; test and fresh titles left out`,
    logPrior,
    floor: Math.round(floor * 1000) / 1000,
  };
  fs.writeFileSync(USAGE_PRIOR_FILE, `${JSON.stringify(out, null, 1)}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), USAGE_PRIOR_FILE)}\n`);
}

main();
