import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { extractSkills } from '../../understanding/skills/taxonomy';
const rows = parse(fs.readFileSync('/work/shared/data/resumes-livecareer/resumes.csv', 'utf8'), { columns: true }) as { ID: string; Category: string; Resume_str: string }[];
const watch = new Set(process.argv.slice(2));
const counts = new Map<string, number>();
for (const r of rows) {
  if (r.Category === 'INFORMATION-TECHNOLOGY') continue;
  for (const m of extractSkills(r.Resume_str)) {
    if (!watch.has(m.skill)) continue;
    counts.set(m.skill, (counts.get(m.skill) ?? 0) + 1);
    if ((counts.get(m.skill) ?? 0) <= 4) console.log(`${m.skill} <${m.text}> [${r.Category} ${r.ID}]: ...${r.Resume_str.slice(Math.max(0, m.start - 60), m.end + 40).replace(/\n/g, ' / ')}...`);
  }
}
console.log([...counts]);
