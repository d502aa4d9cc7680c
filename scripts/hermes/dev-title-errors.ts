import { loadLabelledTitles } from '../../bench/hermes/real-titles';
import { loadOnet } from '../../understanding/onet/load';
import { loadTitleClassifier } from '../../understanding/titles/title-classifier';

/**
 * `npm run -s titles:dev-errors`: the dev split's misses by family, with what the classifier read
 * and where the accepted code ranked, for error analysis. Dev only: the test and fresh splits are
 * read by eval:hermes as figures, never title by title.
 */
function main(): void {
  const onet = loadOnet();
  const classifier = loadTitleClassifier();
  const name = (code: string): string => `${code} ${onet.occupation(code)?.title ?? ''}`;
  const dev = loadLabelledTitles().filter((l) => l.split === 'dev');
  for (const family of ['software', 'it', 'non-software'] as const) {
    const rows = dev.filter((l) => l.family === family);
    let right = 0;
    for (const l of rows) {
      const coding = classifier.code(l.title, 5);
      const top = coding.occupations.map((o) => o.code);
      if (l.codes.includes(top[0]!)) {
        right++;
        continue;
      }
      const rank = top.findIndex((c) => l.codes.includes(c));
      process.stdout.write(
        `${family} | ${l.title} => [${coding.cleaned}] ${name(top[0]!)} (${coding.occupations[0]!.confidence}) | wanted ${name(l.codes[0]!)} | rank ${rank < 0 ? '>5' : rank + 1}\n`,
      );
    }
    process.stdout.write(`== ${family}: ${right}/${rows.length}\n`);
  }
}

main();
