import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { OnetOccupation, OnetTechnologySkill } from './types';

/**
 * Read access to the shipped O*NET extract (data/onet/, built by scripts/build-onet-data.ts).
 * Loaded once per process on first use; each file is parsed only when first asked for.
 */
export interface OnetData {
  readonly occupations: readonly OnetOccupation[];
  occupation(code: string): OnetOccupation | undefined;
  titles(code: string): { readonly alternate: readonly string[]; readonly reported: readonly string[] };
  tasks(code: string): { readonly core: readonly string[]; readonly supplemental: readonly string[] };
  technologySkills(code: string): readonly OnetTechnologySkill[];
}

export const ONET_DATA_DIR = path.resolve(__dirname, '..', '..', 'data', 'onet');

function readGzipJson<T>(file: string): T {
  return JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(ONET_DATA_DIR, file))).toString('utf8')) as T;
}

let cached: OnetData | undefined;

export function loadOnet(): OnetData {
  if (cached) return cached;
  const occupations = JSON.parse(
    fs.readFileSync(path.join(ONET_DATA_DIR, 'occupations.json'), 'utf8'),
  ) as OnetOccupation[];
  const byCode = new Map(occupations.map((o) => [o.code, o]));
  const lazy = <T>(file: string): (() => Record<string, T>) => {
    let value: Record<string, T> | undefined;
    return () => (value ??= readGzipJson<Record<string, T>>(file));
  };
  const titles = lazy<{ alternate: string[]; reported: string[] }>('titles.json.gz');
  const tasks = lazy<{ core: string[]; supplemental: string[] }>('tasks.json.gz');
  const skills = lazy<OnetTechnologySkill[]>('technology-skills.json.gz');
  cached = {
    occupations,
    occupation: (code) => byCode.get(code),
    titles: (code) => titles()[code] ?? { alternate: [], reported: [] },
    tasks: (code) => tasks()[code] ?? { core: [], supplemental: [] },
    technologySkills: (code) => skills()[code] ?? [],
  };
  return cached;
}
