import { z } from 'zod';
import { HirehoundError, isHirehoundError } from '../common/errors';
import type { Logger } from '../common/logger';
import type { GatewayClient } from '../gateway/client';
import type { OnetTasks } from '../imaginator/hints';
import { tailorResume, type AskModel } from '../imaginator/tailor';
import type { DB } from '../store/database';
import { findJobView } from '../store/job-views';
import { findResumeForUser, loadResumeText } from '../store/resumes';
import { currentUser } from './auth';
import { bindRoutes, type BoundRoute } from './contract/mount';
import { ROUTES } from './contract/routes';

/**
 * POST /v1/resumes/:id/tailor (paid accounts): the Imaginator, run in the API process. The work
 * is one short, interactive request — read a resume and a job, check a few lines — so it needs no
 * workflow; the one paid step, the chat model, is a call to the gateway, which alone holds the
 * model's token and charges it to its own budget line. The API itself needs no model setting: the
 * gateway says when it has none (then the analysis answers, as designed). When the gateway refuses
 * (budget spent, circuit open) or the model answers something unusable, the deterministic analysis
 * answers, with a note saying why.
 */

export interface TailoringDependencies {
  readonly db: DB;
  readonly logger: Logger;
  /** The gateway, with a timeout covering a slot wait and a model call; absent: no model. */
  readonly gateway: Pick<GatewayClient, 'chat'> | undefined;
  readonly onet: OnetTasks;
}

/** What tailoring reads of the stored analysis (understanding/analysis/analyse-resume.ts). */
const StoredAnalysis = z.object({
  jobTitle: z.string().nullish(),
  skills: z.array(z.string()).optional(),
});

function askThroughGateway(gateway: Pick<GatewayClient, 'chat'>, userId: string): AskModel {
  return async (messages) => {
    try {
      const answer = await gateway.chat({ messages: [...messages], context: { userId } });
      if (answer.outcome === 'ok') return { kind: 'answer', content: answer.data.content };
      return { kind: 'unavailable', note: { code: answer.error.code, message: answer.error.message } };
    } catch (err) {
      if (isHirehoundError(err) && err.code === 'IMAGINATOR_MODEL_NOT_CONFIGURED') return { kind: 'no-model' };
      const note = isHirehoundError(err)
        ? { code: err.code, message: err.message }
        : { code: 'DEPENDENCY_UNAVAILABLE', message: `The chat model could not be asked: ${(err as Error).message}` };
      return { kind: 'unavailable', note };
    }
  };
}

export function tailoringRoutes(deps: TailoringDependencies): BoundRoute[] {
  const { db, logger } = deps;
  return bindRoutes(ROUTES.imaginator, {
    tailor: async ({ params, body }, _req, res) => {
      const user = currentUser(res);
      if (user.tier !== 'paid') throw new HirehoundError('IMAGINATOR_PAID_ONLY');
      const resume = await findResumeForUser(db, user.id, params.id);
      if (!resume) throw new HirehoundError('RESUME_NOT_FOUND');
      const text =
        resume.status === 'analysed' || resume.status === 'ready' ? await loadResumeText(db, resume.id) : null;
      if (!text) throw new HirehoundError('IMAGINATOR_RESUME_NOT_READY');
      const job = await findJobView(db, body.jobId);
      if (!job) throw new HirehoundError('JOB_NOT_FOUND');
      const stored = StoredAnalysis.safeParse(resume.analysis ?? {});

      const { tailoring, droppedLines } = await tailorResume(
        {
          id: resume.id,
          text,
          jobTitle: stored.success ? (stored.data.jobTitle ?? null) : null,
          profileSkills: stored.success ? (stored.data.skills ?? []) : [],
        },
        {
          id: job.id,
          title: job.title,
          description: job.description ?? job.snippet,
          skillsRequired: job.skillsRequired,
          skillsPreferred: job.skillsPreferred,
          onetCode: job.onetCode,
        },
        {
          onet: deps.onet,
          askModel: deps.gateway ? askThroughGateway(deps.gateway, user.id) : undefined,
        },
      );
      const context = { userId: user.id, resumeId: resume.id, jobId: job.id, source: tailoring.source };
      if (tailoring.note)
        logger.warn({ ...context, note: tailoring.note }, 'imaginator answered without the chat model');
      if (droppedLines.length > 0) {
        // What was claimed without support (never the resume's own text: a violation is what it lacks).
        logger.info(
          { ...context, dropped: droppedLines.map((d) => ({ by: d.source, part: d.part, claims: d.violations })) },
          'imaginator dropped lines that claimed what the resume does not hold',
        );
      }
      res.json(tailoring);
    },
  });
}
