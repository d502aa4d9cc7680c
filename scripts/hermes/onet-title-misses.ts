import { loadOnet } from '../../understanding/onet/load';
import { loadTitleClassifier } from '../../understanding/titles/title-classifier';
import {
  heldOutReportedTitles,
  isHeldOutTitle,
  isTuningHalf,
  normalizeTitle,
} from '../../understanding/titles/title-features';

/**
 * `npm run -s titles:onet-misses [even|odd|all]`: O*NET's held-out reported titles that the
 * classifier misses at top-1, counted by kind (docs/understanding.md, "What O*NET's held-out misses
 * are"), with a few examples of each and the ceiling that O*NET's own double listings leave.
 * Each miss goes to the first kind that fits:
 * (a) ambiguous: O*NET lists the title under the answer too, or the answer is a sibling occupation
 * of the same SOC code; (b) near-synonym: a word of the title is in no O*NET title, or in none of
 * the right occupation's titles; (c) look-alike: every word is the right occupation's and the
 * answer shares words with the title.
 */
function main(): void {
  const half = process.argv[2] ?? 'all';
  const onet = loadOnet();
  const classifier = loadTitleClassifier();
  const listed = new Map<string, Set<string>>();
  const wordsOf = new Map<string, Set<string>>();
  const allWords = new Set<string>();
  for (const o of onet.occupations) {
    const t = onet.titles(o.code);
    const words = new Set<string>();
    for (const title of [o.title, ...t.alternate, ...t.reported]) {
      const n = normalizeTitle(title);
      if (!n) continue;
      listed.set(n, (listed.get(n) ?? new Set<string>()).add(o.code));
      if (isHeldOutTitle(n)) continue;
      for (const w of n.split(' ')) {
        words.add(w);
        allWords.add(w);
      }
    }
    wordsOf.set(o.code, words);
  }
  const kinds = new Map<string, { misses: number; inTop5: number; examples: string[] }>();
  let titles = 0;
  let misses = 0;
  let listedElsewhere = 0;
  let uniformChoice = 0;
  heldOutReportedTitles(onet).forEach(([title, codes], i) => {
    if ((half === 'even' && !isTuningHalf(i)) || (half === 'odd' && isTuningHalf(i))) return;
    titles++;
    const others = [...(listed.get(title) ?? [])].filter((c) => !codes.has(c)).length;
    if (others > 0) listedElsewhere++;
    uniformChoice += codes.size / (codes.size + others);
    const top = classifier.classify(title, 5).map((g) => g.code);
    const answer = top[0]!;
    if (codes.has(answer)) return;
    misses++;
    const words = title.split(' ');
    const rightWords = new Set([...codes].flatMap((c) => [...(wordsOf.get(c) ?? [])]));
    const kind = listed.get(title)?.has(answer)
      ? '(a) listed under the answer too'
      : [...codes].some((c) => c.slice(0, 7) === answer.slice(0, 7))
        ? '(a) sibling occupation of the same SOC code'
        : words.some((w) => !allWords.has(w))
          ? '(b) a word no O*NET title uses'
          : words.some((w) => !rightWords.has(w))
            ? "(b) a word none of the right occupation's titles uses"
            : words.some((w) => w.length > 2 && wordsOf.get(answer)?.has(w))
              ? '(c) look-alike: shares words with the answer'
              : 'other';
    const entry = kinds.get(kind) ?? { misses: 0, inTop5: 0, examples: [] };
    entry.misses++;
    if (top.some((c) => codes.has(c))) entry.inTop5++;
    if (entry.examples.length < 8)
      entry.examples.push(
        `${title} -> ${onet.occupation(answer)?.title} (right: ${[...codes].map((c) => onet.occupation(c)?.title).join(' | ')})`,
      );
    kinds.set(kind, entry);
  });
  process.stdout.write(
    `${half}: ${titles} titles, ${misses} missed; ${listedElsewhere} also listed under an occupation they are not reported under; a uniform choice among the listed occupations would score ${(uniformChoice / titles).toFixed(3)}\n`,
  );
  for (const [kind, e] of [...kinds].sort((a, b) => b[1].misses - a[1].misses)) {
    process.stdout.write(`${kind}: ${e.misses} (right code in top 5: ${e.inTop5})\n`);
    for (const x of e.examples) process.stdout.write(`    ${x}\n`);
  }
}

main();
