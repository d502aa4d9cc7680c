import { hintsForSkill } from '../../imaginator/hints';
import { loadOnet } from '../../understanding/onet/load';
import { loadSkillTaxonomy } from '../../understanding/skills/taxonomy';

const onet = loadOnet();
const taxonomy = loadSkillTaxonomy();
const SOFTWARE_DEVELOPERS = '15-1252.00';
const REGISTERED_NURSES = '29-1141.00';

/** Tasks of an occupation and of those O*NET relates to it, where hints are looked for. */
const tasksOf = (code: string): string[] =>
  [code, ...(onet.occupation(code)?.related ?? [])].flatMap((c) => [
    ...onet.tasks(c).core,
    ...onet.tasks(c).supplemental,
  ]);

describe('O*NET task hints for a missing skill', () => {
  it('are task statements of the job’s occupation (or a related one) that name the skill', () => {
    const hints = hintsForSkill('Wound care', { jobOnetCode: REGISTERED_NURSES, taxonomy, onet });
    expect(hints.length).toBeGreaterThan(0);
    for (const hint of hints) {
      expect(hint).toMatch(/wound/i);
      expect(tasksOf(REGISTERED_NURSES)).toContain(hint);
    }
  });

  it('for a product no task names, are the occupation’s tasks doing the work of its kind', () => {
    for (const [skill, work] of [
      ['C#', /program|code|coding|software/i],
      ['PostgreSQL', /database/i],
    ] as const) {
      const hints = hintsForSkill(skill, { jobOnetCode: SOFTWARE_DEVELOPERS, taxonomy, onet });
      expect([skill, hints.length]).toEqual([skill, 2]);
      for (const hint of hints) {
        expect(hint).toMatch(work);
        expect(tasksOf(SOFTWARE_DEVELOPERS)).toContain(hint);
      }
    }
  });

  it('are none rather than unrelated work', () => {
    // A chef's tasks do no programming: no hint beats a wrong one.
    expect(hintsForSkill('C#', { jobOnetCode: '35-1011.00', taxonomy, onet })).toEqual([]);
  });
});
