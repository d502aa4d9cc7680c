import fs from 'node:fs';
import path from 'node:path';
import { parseCsvRecords } from './csv';
import { SHARED_DATA } from './paths';

/** A real resume from the LiveCareer set (../shared/data/resumes-livecareer; read here, never shipped). */
export interface RealResume {
  readonly id: string;
  readonly category: string;
  readonly text: string;
}

export function liveCareerResumes(): RealResume[] {
  const file = path.join(SHARED_DATA, 'resumes-livecareer', 'resumes.csv');
  return parseCsvRecords(fs.readFileSync(file, 'utf8'))
    .map((r) => ({ id: r.ID ?? '', category: r.Category ?? '', text: (r.Resume_str ?? '').trim() }))
    .filter((r) => r.text.length > 200);
}
