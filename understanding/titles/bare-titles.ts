import type { OccupationGuess } from '../features';
import { bareTitle } from './clean-title';
import type { TitleClassifier, TitleContext } from './title-classifier';

/** The skills' best guesses a rank (or a shift, a researcher) is chosen among: managers and supervisors are a minority of them. */
const RANK_CANDIDATES = 60;

const supervisesFirstLine = (g: OccupationGuess): boolean => g.title.startsWith('First-Line Supervisors');
const managesOrSupervises = (g: OccupationGuess): boolean => g.code.startsWith('11-') || supervisesFirstLine(g);
/** Scientists and their technicians (SOC 19), mathematical scientists (15-2) and engineers (17-2). */
const doesResearch = (g: OccupationGuess): boolean => /^(?:19-|15-2|17-2)/.test(g.code);
/** The occupations a bare title of each kind is chosen among; a role or an arrangement is of any. */
const CHOSEN_AMONG: Partial<Record<NonNullable<ReturnType<typeof bareTitle>>, (g: OccupationGuess) => boolean>> = {
  rank: managesOrSupervises,
  shift: supervisesFirstLine,
  research: doesResearch,
};

/**
 * A bare rank, arrangement or role of every field ("MANAGER", "Program Director", "INTERN",
 * "CONSULTANT") names no work: the document's skills say which, among managers and supervisors
 * for a rank, among scientists and engineers for research. Read alone, "Manager" went to Architectural and Engineering Managers on banking and
 * fitness resumes, "Intern" to medical practitioners, "Consultant" to real estate agents and
 * "Program Manager" to a broadcaster's Media Programming Directors above a posting for community
 * programs. Null when the title names work or the document no skill.
 */
export function guessBareTitle(
  classifier: Pick<TitleClassifier, 'classify'>,
  title: string,
  k: number,
  context: TitleContext | undefined,
): OccupationGuess[] | null {
  const bare = bareTitle(title);
  if (!bare || !context || context.length === 0) return null;
  const among = CHOSEN_AMONG[bare];
  const guesses = among
    ? classifier.classify('', RANK_CANDIDATES, context).filter(among).slice(0, k)
    : classifier.classify('', k, context);
  return guesses.length > 0 ? guesses : null;
}
