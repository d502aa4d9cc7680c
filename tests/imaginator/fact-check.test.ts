import { CHEF_RESUME, NURSE_RESUME } from './fixtures/resumes';
import { checkLine, checkQuote, type Violation } from '../../imaginator/fact-check';
import { extractResumeFacts } from '../../imaginator/facts';

const AS_OF = new Date('2026-12-01T00:00:00Z');
const nurse = extractResumeFacts(NURSE_RESUME, { asOf: AS_OF });
const chef = extractResumeFacts(CHEF_RESUME, { asOf: AS_OF });

const claims = (violations: readonly Violation[]): string[] => violations.map((v) => `${v.kind}:${v.text}`);

describe('the fact check', () => {
  it('passes lines built from what the resume holds, however it is phrased', () => {
    for (const line of [
      'Registered Nurse with 13+ years of experience, skilled in CPR, ACLS and electronic health records.',
      'Led a team of 9 nurses per shift at Desert Valley Medical Center; triage, staffing and escalation.',
      'Triaged 40+ patients per shift in a Level I trauma center at St. Brigid Hospital.',
      // The same date written another way, a number spelled out, a name part.
      'Charge nurse in the Intensive Care Unit since June 2018, after ten years of emergency work.',
      'Documented care in Epic and trained new hires on the sepsis protocol [number of new hires].',
    ]) {
      expect([line, claims(checkLine(line, nurse))]).toEqual([line, []]);
    }
    for (const line of [
      'Sous Chef with 11+ years of experience, skilled in menu planning, food cost control and food safety.',
      'Cut food cost by 4% by reworking prep lists and portion sizes at Alder & Ash Bistro.',
      'Trained and scheduled a brigade of twelve cooks; enforced food safety and sanitation standards.',
      'Ran the line on 250-cover nights; ServSafe Manager certified.',
    ]) {
      expect([line, claims(checkLine(line, chef))]).toEqual([line, []]);
    }
  });

  it('drops skills the resume does not show', () => {
    expect(claims(checkLine('Managed wound care and medication administration for the unit.', nurse))).toEqual([
      'skill:wound care',
      'skill:medication administration',
    ]);
    expect(claims(checkLine('Deployed the charting system on Kubernetes', nurse))).toEqual(
      expect.arrayContaining(['skill:Kubernetes', 'name:Kubernetes']),
    );
    expect(claims(checkLine('Led catering for banquets of every size.', chef))).toEqual([
      'skill:catering',
      'skill:banquets',
    ]);
  });

  it('drops employers, schools and other names the resume does not have, new combinations included', () => {
    expect(claims(checkLine('Charge nurse at Mercy General Hospital.', nurse))).toEqual([
      'name:Mercy General Hospital',
    ]);
    // Each word is the resume's, the employer is not: "St." and "Hospital" from one, "Valley" from another.
    expect(claims(checkLine('Charge nurse at St. Valley Hospital.', nurse))).toEqual(['name:St. Valley Hospital']);
    expect(claims(checkLine('Holds a Master of Science in Nursing.', nurse))).toEqual(['name:Master of Science']);
    // A name opening the line is still a name; an ordinary opener is not.
    expect(claims(checkLine('Google-trained nurse.', nurse))).toEqual(['name:Google-trained']);
    expect(claims(checkLine('Previously sous chef at Le Bernardin in New York.', chef))).toEqual([
      'name:Le Bernardin',
      'name:New York',
    ]);
  });

  it("looks for the job's missing skills by every name, even where the taxonomy wants more context", () => {
    const missing = ['Catering', 'Budgeting', 'Purchasing', 'Inventory management'];
    expect(claims(checkLine('Twice a week took over purchasing and receiving of deliveries.', chef, missing))).toEqual([
      'skill:Purchasing',
    ]);
    // A duty's object the taxonomy reads itself is flagged as written.
    expect(claims(checkLine('Handled purchasing and receiving of deliveries twice a week.', chef, missing))).toEqual([
      'skill:purchasing',
    ]);
    // However a model writes a product's name.
    expect(claims(checkLine('Ordered produce from local farms, tracked in aws.', chef, ['AWS']))).toEqual([
      'skill:AWS',
    ]);
    // The resume's own word inside a skill it does not hold is still no claim of it.
    expect(claims(checkLine('Helped with inventory and receiving of deliveries twice a week.', chef, missing))).toEqual(
      [],
    );
  });

  it('takes a whole resume name beside skills it holds, never a part of one or two names side by side', () => {
    // "Alder" is a part of "Alder & Ash Bistro", "Grill" a skill the chef holds: a new employer.
    expect(claims(checkLine('Sous chef at Alder Grill.', chef))).toEqual(['name:Alder Grill']);
    expect(claims(checkLine('Line cook at Harbor Street Grill Portland.', chef))).toEqual([
      'name:Harbor Street Grill Portland',
    ]);
    expect(claims(checkLine('Line cook at Harbor Street Grill, Seattle.', chef))).toEqual([]);
  });

  it('reads a held skill opening a line as the skill, a figure as each line writes it, a name with or without its full stop', () => {
    const marketer = extractResumeFacts(
      'EXPERIENCE\nMarketing Assistant\nPosted daily to social media sites for a bakery.\nSaved the bakery $1.14\nmillion in fees.\n',
      { asOf: AS_OF },
    );
    expect(claims(checkLine('Social media sites: posted daily for a bakery.', marketer))).toEqual([]);
    expect(claims(checkLine('Saved the bakery $1.14', marketer))).toEqual([]);
    const clerk = extractResumeFacts("EXPERIENCE\nHR Clerk\nProcessed new hire paperwork and I-9's.\n", {
      asOf: AS_OF,
    });
    expect(claims(checkLine("Processed new hire paperwork and I-9's [number of hires]", clerk))).toEqual([]);
    expect(claims(checkLine('Saved the bakery $1.14 million in fees.', marketer))).toEqual(['figure:$1.14 million']);
  });

  it('drops dates, percentages, amounts and numbers the resume does not state', () => {
    expect(claims(checkLine('Cut readmissions by 35% in 2009.', nurse))).toEqual(['figure:35%', 'figure:2009']);
    expect(claims(checkLine('Charge nurse since March 2018.', nurse))).toEqual(['figure:March 2018']);
    expect(claims(checkLine('Managed a $2M food budget for fifteen cooks.', chef))).toEqual(
      expect.arrayContaining(['figure:$2M', 'figure:fifteen']),
    );
    expect(claims(checkLine('Cut food cost by 4.5%.', chef))).toEqual(['figure:4.5%']);
    // 12 cooks is the resume's figure; 12% is not.
    expect(claims(checkLine('Grew covers by 12%.', chef))).toEqual(['figure:12%']);
  });

  it('accepts a quoted resume line only when the resume has it as written', () => {
    expect(checkQuote('- Cut food cost by 4% by reworking prep lists and portion sizes.', chef)).toEqual([]);
    expect(checkQuote('Cut food cost by 14% by reworking prep lists and portion sizes.', chef)).toEqual([
      { kind: 'quote', text: 'Cut food cost by 14% by reworking prep lists and portion sizes.' },
    ]);
  });
});
