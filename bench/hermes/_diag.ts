import { loadLabelledTitles } from './real-titles';
import { loadTitleClassifier } from '../../understanding/titles/title-classifier';
const c = loadTitleClassifier();
let n = 0, ok = 0;
for (const l of loadLabelledTitles().filter((x) => x.split === (process.argv[2] ?? 'dev'))) {
  const r = c.code(l.title, 5); n++;
  if (l.codes.includes(r.occupations[0]!.code)) { ok++; continue; }
  console.log(`${l.title} <${r.cleaned}> [${l.codes[0]}] -> ${r.occupations.slice(0,3).map((g) => `${g.title.slice(0,28)} ${g.confidence}`).join(' | ')}`);
}
console.log(ok / n);
