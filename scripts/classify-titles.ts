import readline from 'node:readline';
import { loadTitleClassifier } from '../understanding/titles/title-classifier';

/**
 * `npm run -s classify:titles`: job titles on stdin, one per line; one JSON line per title on
 * stdout, `{"title":"...","codes":[top 5 O*NET-SOC codes, best first]}`. Blank lines are skipped.
 */
async function main(): Promise<void> {
  const classifier = loadTitleClassifier();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const title = line.trim();
    if (!title) continue;
    const codes = classifier.classify(title, 5).map((g) => g.code);
    process.stdout.write(`${JSON.stringify({ title, codes })}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`classify:titles failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
