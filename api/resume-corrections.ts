import { HirehoundError } from '../common/errors';
import type { DB } from '../store/database';
import { findResumeForUser, saveResumeCorrection, type ResumeCorrection } from '../store/resumes';
import { normalizeSkill } from '../understanding/skills/taxonomy';
import { currentUser } from './auth';
import { bindRoutes, type BoundRoute } from './contract/mount';
import { ROUTES } from './contract/routes';
import { resumeView } from './resumes';

interface Guess {
  readonly code: string;
  readonly title: string;
}

function occupationGuesses(profile: Readonly<Record<string, unknown>> | null): Guess[] {
  const list = profile?.occupations;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (o): o is Guess =>
      typeof o === 'object' &&
      o !== null &&
      typeof (o as Guess).code === 'string' &&
      typeof (o as Guess).title === 'string',
  );
}

/** Canonical names for the typed skills (duplicates merged, order kept), and those the taxonomy does not know. */
function sortSkills(typed: readonly string[]): { skills: string[]; unrecognised: string[] } {
  const skills = new Set<string>();
  const unrecognised = new Set<string>();
  for (const name of typed) {
    const canonical = normalizeSkill(name);
    if (canonical) skills.add(canonical);
    else unrecognised.add(name);
  }
  return { skills: [...skills], unrecognised: [...unrecognised] };
}

/**
 * PATCH /v1/resumes/:id: the person corrects what was understood before searching. The occupation
 * is chosen among the analysis' own guesses rather than re-classified here: the title classifier
 * takes seconds and hundreds of megabytes to load, which belongs to the ml worker, not the API.
 */
export function resumeCorrectionRoutes(db: DB): BoundRoute[] {
  return bindRoutes(ROUTES.resumeCorrections, {
    correct: async ({ params, body }, _req, res) => {
      const user = currentUser(res);
      const resume = await findResumeForUser(db, user.id, params.id);
      if (!resume) throw new HirehoundError('RESUME_NOT_FOUND');
      if (resume.status !== 'analysed' && resume.status !== 'ready')
        throw new HirehoundError('MATCHING_PROFILE_NOT_READY');
      const correction: { -readonly [K in keyof ResumeCorrection]: ResumeCorrection[K] } = {};
      if (body.title !== undefined) correction.jobTitle = body.title;
      if (body.location !== undefined) correction.location = body.location;
      if (body.onetCode !== undefined) {
        const chosen = occupationGuesses(resume.analysis).find((o) => o.code === body.onetCode);
        if (!chosen)
          throw new HirehoundError('API_VALIDATION_FAILED', {
            message: 'The occupation must be one of the analysed guesses (profile.occupations)',
            details: { field: 'onetCode' },
          });
        correction.occupation = { code: chosen.code, title: chosen.title };
      }
      if (body.skills !== undefined) {
        const { skills, unrecognised } = sortSkills(body.skills);
        correction.skills = skills;
        correction.unrecognisedSkills = unrecognised;
      }
      await saveResumeCorrection(db, resume.id, correction);
      const saved = await findResumeForUser(db, user.id, resume.id);
      if (!saved) throw new HirehoundError('RESUME_NOT_FOUND');
      res.json(resumeView(saved));
    },
  });
}
