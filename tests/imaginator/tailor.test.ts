import { analysePosting } from '../../understanding/analysis/analyse-posting';
import { analyseResume } from '../../understanding/analysis/analyse-resume';
import { loadOnet } from '../../understanding/onet/load';
import { EXECUTIVE_CHEF, ICU_NURSE, type TestPosting } from './fixtures/postings';
import { CHEF_RESUME, NURSE_RESUME } from './fixtures/resumes';
import { FIGURE_PLACEHOLDER, type JobForTailoring, type ResumeForTailoring } from '../../imaginator/analysis';
import { checkLine, checkQuote } from '../../imaginator/fact-check';
import { extractResumeFacts } from '../../imaginator/facts';
import { tailorResume, type AskModel } from '../../imaginator/tailor';
import type { Tailoring } from '../../imaginator/tailoring';

const AS_OF = new Date('2026-12-01T00:00:00Z');
const onet = loadOnet();

function resumeOf(text: string): ResumeForTailoring {
  const analysis = analyseResume(text, { asOf: AS_OF });
  return { id: 'resume', text, jobTitle: analysis.jobTitle, profileSkills: analysis.skills };
}

function jobOf(posting: TestPosting): JobForTailoring {
  const analysis = analysePosting(posting);
  return {
    id: 'job',
    title: posting.title,
    description: posting.description,
    skillsRequired: analysis.skillsRequired,
    skillsPreferred: analysis.skillsPreferred,
    onetCode: analysis.onetCode,
  };
}

/** Every line of an answer, checked again from outside: none may claim what the resume lacks. */
function expectAllLinesHold(tailoring: Tailoring, text: string): void {
  const facts = extractResumeFacts(text, { asOf: AS_OF });
  const lines = [tailoring.summaryLine ?? '', ...tailoring.bullets.map((b) => b.text)].filter(Boolean);
  for (const line of lines) expect([line, checkLine(line, facts)]).toEqual([line, []]);
  for (const quote of [...tailoring.bullets.map((b) => b.basis), ...tailoring.skillsShown.map((s) => s.evidence)])
    expect([quote, checkQuote(quote, facts)]).toEqual([quote, []]);
}

/** A hint is an O*NET task statement of the job's occupation or one O*NET relates to it. */
function expectOnetHints(tailoring: Tailoring, code: string): void {
  const codes = [code, ...(onet.occupation(code)?.related ?? [])];
  const tasks = new Set(codes.flatMap((c) => [...onet.tasks(c).core, ...onet.tasks(c).supplemental]));
  for (const { hints } of tailoring.skillsMissing) for (const hint of hints) expect(tasks).toContain(hint);
}

describe('tailorResume without a model (the deterministic analysis)', () => {
  it('tailors a sous chef to an executive chef posting from the resume alone', async () => {
    const job = jobOf(EXECUTIVE_CHEF);
    const { tailoring } = await tailorResume(resumeOf(CHEF_RESUME), job, { onet, asOf: AS_OF });
    expect(tailoring).toMatchObject({ source: 'analysis', note: null, dropped: 0 });
    expect(tailoring.summaryLine).toBe(
      'Sous Chef with 11+ years of experience, skilled in menu planning, food cost control and food safety.',
    );
    expect(tailoring.skillsShown).toEqual([
      {
        skill: 'Menu planning',
        evidence: 'Plan weekly specials and seasonal menus; cost recipes and order produce from local farms.',
      },
      { skill: 'Food cost control', evidence: 'Cut food cost by 4% by reworking prep lists and portion sizes.' },
      {
        skill: 'Food safety',
        evidence: 'Train and schedule a brigade of 12 cooks; enforce food safety and sanitation standards.',
      },
    ]);
    const missing = tailoring.skillsMissing.map((s) => s.skill);
    expect(missing).toEqual(expect.arrayContaining(['Catering', 'Budgeting', 'Purchasing', 'Inventory management']));
    expect(tailoring.skillsMissing.find((s) => s.skill === 'Catering')?.hints.length).toBeGreaterThan(0);
    expectOnetHints(tailoring, job.onetCode!);
    // An empty opener dropped, a placeholder for the figure only the person knows; nothing added.
    expect(tailoring.bullets).toEqual(
      expect.arrayContaining([
        {
          text: 'Running the line for dinner service of up to 250 covers.',
          basis: 'Responsible for running the line for dinner service of up to 250 covers.',
        },
        {
          text: `Plan weekly specials and seasonal menus; cost recipes and order produce from local farms — ${FIGURE_PLACEHOLDER}`,
          basis: 'Plan weekly specials and seasonal menus; cost recipes and order produce from local farms.',
        },
      ]),
    );
    expectAllLinesHold(tailoring, CHEF_RESUME);
  });

  it('tailors a registered nurse to an ICU posting, with O*NET hints for what the resume lacks', async () => {
    const job = jobOf(ICU_NURSE);
    const { tailoring } = await tailorResume(resumeOf(NURSE_RESUME), job, { onet, asOf: AS_OF });
    expect(tailoring.source).toBe('analysis');
    expect(tailoring.summaryLine).toMatch(/^Registered Nurse with 13\+ years of experience, skilled in /);
    expect(tailoring.skillsShown.map((s) => s.skill)).toEqual(
      expect.arrayContaining(['ACLS', 'Electronic health records']),
    );
    expect(tailoring.skillsShown.find((s) => s.skill === 'Electronic health records')?.evidence).toBe(
      "Documented care in Epic; trained new hires on the unit's sepsis protocol.",
    );
    const wound = tailoring.skillsMissing.find((s) => s.skill === 'Wound care');
    expect(wound?.hints.length).toBeGreaterThan(0);
    expect(wound?.hints.every((h) => /wound/i.test(h))).toBe(true);
    expectOnetHints(tailoring, job.onetCode!);
    expectAllLinesHold(tailoring, NURSE_RESUME);
  });
});

describe('tailorResume with a model', () => {
  const chefJob = jobOf(EXECUTIVE_CHEF);
  const answering =
    (content: string): AskModel =>
    async () => ({ kind: 'answer', content });

  it('keeps the lines that hold and drops, and counts, those that invent', async () => {
    const content = JSON.stringify({
      summaryLine: 'Sous Chef with eight years in high-volume kitchens, menu planning and food cost control.',
      bullets: [
        {
          text: 'Cut food cost by 4% by reworking prep lists and portion sizes across [number of] menus.',
          basis: 'Cut food cost by 4% by reworking prep lists and portion sizes.',
        },
        {
          text: 'Ran catering for banquets of 400 guests at Four Seasons.',
          basis: 'Responsible for running the line for dinner service of up to 250 covers.',
        },
        // An honest text on a basis the resume does not have.
        { text: 'Ran the line for dinner service.', basis: 'Ran the line for 300 covers at Nobu.' },
      ],
    });
    const { tailoring, droppedLines } = await tailorResume(resumeOf(CHEF_RESUME), chefJob, {
      onet,
      asOf: AS_OF,
      askModel: answering(`Here are the edits:\n\`\`\`json\n${content}\n\`\`\``),
    });
    expect(tailoring).toMatchObject({ source: 'model', note: null, dropped: 2 });
    expect(tailoring.summaryLine).toBe(
      'Sous Chef with eight years in high-volume kitchens, menu planning and food cost control.',
    );
    expect(tailoring.bullets.map((b) => b.text)).toEqual([
      'Cut food cost by 4% by reworking prep lists and portion sizes across [number of] menus.',
    ]);
    expect(droppedLines.flatMap((d) => d.violations.map((v) => `${v.kind}:${v.text}`))).toEqual(
      expect.arrayContaining([
        'skill:catering',
        'figure:400',
        'name:Four Seasons',
        'quote:Ran the line for 300 covers at Nobu.',
      ]),
    );
  });

  it("puts the analysis' summary in place of an invented one", async () => {
    const { tailoring } = await tailorResume(resumeOf(CHEF_RESUME), chefJob, {
      onet,
      asOf: AS_OF,
      askModel: answering(JSON.stringify({ summaryLine: 'Executive chef with 15 years at Per Se.', bullets: [] })),
    });
    expect(tailoring.source).toBe('model');
    expect(tailoring.summaryLine).toMatch(/^Sous Chef with 11\+ years/);
    expect(tailoring.dropped).toBe(1);
    // No model bullet held, so the analysis' bullets are offered.
    expect(tailoring.bullets.length).toBeGreaterThan(0);
  });

  it('answers from the analysis, saying why, when the model cannot answer or answers nonsense', async () => {
    const refused = await tailorResume(resumeOf(CHEF_RESUME), chefJob, {
      onet,
      asOf: AS_OF,
      askModel: async () => ({
        kind: 'unavailable',
        note: { code: 'IMAGINATOR_MODEL_BUDGET_EXHAUSTED', message: "This month's chat-model budget is spent" },
      }),
    });
    expect(refused.tailoring).toMatchObject({
      source: 'analysis',
      note: { code: 'IMAGINATOR_MODEL_BUDGET_EXHAUSTED' },
    });
    const nonsense = await tailorResume(resumeOf(CHEF_RESUME), chefJob, {
      onet,
      asOf: AS_OF,
      askModel: answering('I would love to help! Your resume looks great.'),
    });
    expect(nonsense.tailoring).toMatchObject({ source: 'analysis', note: { code: 'IMAGINATOR_MODEL_ANSWER_INVALID' } });
    expect(nonsense.tailoring.summaryLine).toMatch(/^Sous Chef/);
    const none = await tailorResume(resumeOf(CHEF_RESUME), chefJob, {
      onet,
      asOf: AS_OF,
      askModel: async () => ({ kind: 'no-model' }),
    });
    expect(none.tailoring).toMatchObject({ source: 'analysis', note: null });
  });
});
