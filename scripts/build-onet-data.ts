import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { OnetOccupation, OnetTechnologySkill } from '../understanding/onet/types';

/**
 * Builds the compact O*NET extract the product ships (data/onet/) from the O*NET 29.2 text files in
 * ../shared/data/onet-29.2. Run with `npm run data:onet`; the output is committed, so neither
 * `npm start` nor `npm test` needs the source files. Deterministic: same input, same bytes.
 */
const ROOT = path.resolve(__dirname, '..');
const SOURCE = path.resolve(ROOT, process.env.ONET_SOURCE_DIR ?? '../shared/data/onet-29.2');
const TARGET = path.join(ROOT, 'data', 'onet');

function readTable(file: string): Record<string, string>[] {
  const text = fs.readFileSync(path.join(SOURCE, file), 'utf8');
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.length > 0);
  if (!header) throw new Error(`${file} is empty`);
  const columns = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** O*NET "Required Level of Education" categories (RL scale) to our education levels. */
const EDUCATION_BY_RL: Record<string, OnetOccupation['education']> = {
  '1': 'none',
  '2': 'high_school',
  '3': 'certificate',
  '4': 'some_college',
  '5': 'associate',
  '6': 'bachelor',
  '7': 'bachelor',
  '8': 'master',
  '9': 'master',
  '10': 'doctorate',
  '11': 'doctorate',
  '12': 'doctorate',
};

function writeGzipJson(name: string, value: unknown): number {
  const bytes = zlib.gzipSync(Buffer.from(JSON.stringify(value)), { level: 9 });
  // gzip stores a modification time; zero it so rebuilding yields identical bytes.
  bytes.writeUInt32LE(0, 4);
  fs.writeFileSync(path.join(TARGET, name), bytes);
  return bytes.length;
}

function main(): void {
  if (!fs.existsSync(SOURCE)) {
    process.stdout.write(`O*NET source not found at ${SOURCE}; set ONET_SOURCE_DIR. Nothing built.\n`);
    process.exit(1);
  }
  fs.mkdirSync(TARGET, { recursive: true });

  const occupations = readTable('Occupation Data.txt');
  const jobZones = new Map(readTable('Job Zones.txt').map((r) => [r['O*NET-SOC Code']!, Number(r['Job Zone'])]));
  const education = groupBy(
    readTable('Education, Training, and Experience.txt').filter((r) => r['Scale ID'] === 'RL'),
    (r) => r['O*NET-SOC Code']!,
  );
  const related = groupBy(
    readTable('Related Occupations.txt').filter((r) => r['Relatedness Tier']!.startsWith('Primary')),
    (r) => r['O*NET-SOC Code']!,
  );
  const alternate = groupBy(readTable('Alternate Titles.txt'), (r) => r['O*NET-SOC Code']!);
  const reported = groupBy(readTable('Sample of Reported Titles.txt'), (r) => r['O*NET-SOC Code']!);
  const tasks = groupBy(readTable('Task Statements.txt'), (r) => r['O*NET-SOC Code']!);
  const tech = groupBy(readTable('Technology Skills.txt'), (r) => r['O*NET-SOC Code']!);

  const out: OnetOccupation[] = occupations.map((o) => {
    const code = o['O*NET-SOC Code']!;
    const rl = education.get(code) ?? [];
    const modal = rl.reduce<Record<string, string> | undefined>(
      (best, r) => (!best || Number(r['Data Value']) > Number(best['Data Value']) ? r : best),
      undefined,
    );
    return {
      code,
      title: o.Title!,
      description: o.Description!,
      jobZone: jobZones.get(code) ?? null,
      education: modal ? (EDUCATION_BY_RL[modal.Category!] ?? null) : null,
      related: (related.get(code) ?? [])
        .sort((a, b) => Number(a.Index) - Number(b.Index))
        .map((r) => r['Related O*NET-SOC Code']!),
    };
  });

  const titles: Record<string, { alternate: string[]; reported: string[] }> = {};
  const taskTexts: Record<string, { core: string[]; supplemental: string[] }> = {};
  const skills: Record<string, OnetTechnologySkill[]> = {};
  for (const o of out) {
    titles[o.code] = {
      alternate: [...new Set((alternate.get(o.code) ?? []).map((r) => r['Alternate Title']!))],
      reported: [...new Set((reported.get(o.code) ?? []).map((r) => r['Reported Job Title']!))],
    };
    const t = tasks.get(o.code) ?? [];
    taskTexts[o.code] = {
      // Analyst-rated occupations have no Core/Supplemental split ("n/a"): all their tasks count as core.
      core: t.filter((r) => r['Task Type'] !== 'Supplemental').map((r) => r.Task!),
      supplemental: t.filter((r) => r['Task Type'] === 'Supplemental').map((r) => r.Task!),
    };
    skills[o.code] = (tech.get(o.code) ?? []).map((r) => ({
      name: r.Example!,
      commodity: r['Commodity Title']!,
      hot: r['Hot Technology'] === 'Y',
      inDemand: r['In Demand'] === 'Y',
    }));
  }

  fs.writeFileSync(path.join(TARGET, 'occupations.json'), `${JSON.stringify(out, null, 0)}\n`);
  const sizes = {
    'occupations.json': fs.statSync(path.join(TARGET, 'occupations.json')).size,
    'titles.json.gz': writeGzipJson('titles.json.gz', titles),
    'tasks.json.gz': writeGzipJson('tasks.json.gz', taskTexts),
    'technology-skills.json.gz': writeGzipJson('technology-skills.json.gz', skills),
  };
  process.stdout.write(
    `built ${out.length} occupations into ${path.relative(ROOT, TARGET)}: ${JSON.stringify(sizes)}\n`,
  );
}

main();
