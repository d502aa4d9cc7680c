import { coordinatedPairs } from './coordination';
import { tokenizeSkills } from './skill-tokens';
import { skillsIn } from './taxonomy';

const pairsOf = (text: string): string[] => {
  const tokens = tokenizeSkills(text);
  return coordinatedPairs(text, tokens).map((p) => `${tokens[p.first]!.surface} ${tokens[p.second]!.surface}`);
};

describe('coordinated names', () => {
  it('reads a shared head and a shared modifier', () => {
    expect(pairsOf('Strategic / Tactical Planning')).toEqual(['Strategic Planning']);
    expect(pairsOf('Accounts Payable and Receivable')).toEqual(['Accounts Receivable']);
    expect(pairsOf('Inventory & Cash Management')).toEqual(['Inventory Management']);
  });

  it('needs "and", "or", "&" or "/" on one line; a comma lists, a line break ends', () => {
    expect(pairsOf('Sales, Marketing Strategy')).toEqual([]);
    expect(pairsOf('Strategic and\nTactical Planning')).toEqual([]);
  });

  it.each([
    ['Strategic / Tactical Planning', 'Strategic planning'],
    ['Team Recruitment and Leadership', 'Team leadership'],
    ['Financial Planning & Analysis', 'Financial analysis'],
    ['  * Data extraction & analysis', 'Data analysis'],
    // A phrase that ends in "skills" names skills in prose too, ordinary words included.
    ['Excellent interpersonal and coaching skills', 'Communication'],
    ['Strong research and analytical skills', 'Research'],
  ])('%j names %s', (text, skill) => {
    expect(skillsIn(text)).toContain(skill);
  });

  it.each([
    // Duties in prose, and departments, name no skill by coordination.
    ['Process improvement', 'Fostering a culture of continuous learning and improvement.'],
    ['Technical support', 'Helps teams with technical issues and support for their data.'],
    ['Product design', 'You will work with our Product & Design teams every day.'],
    ['Research', 'Our research and development teams ship every week.'],
  ])('no %s in %j', (skill, text) => {
    expect(skillsIn(text)).not.toContain(skill);
  });
});
