import { skillsIn } from './taxonomy';

describe("a degree's fields are studied, not claimed", () => {
  it('reads no skill from the fields a degree is in', () => {
    expect(
      skillsIn(
        "Completed coursework pursuing a bachelor's degree in communication, urban studies, transportation planning, public policy, business development, or other related fields",
      ),
    ).toEqual([]);
    expect(skillsIn('Master Degree in Accounting, CPA Licensed')).not.toContain('Accounting');
    expect(skillsIn('B.S. in Nursing from Ohio State')).not.toContain('Nursing');
  });

  it("reads no skill from a posting's education line, nor from the departments one works with", () => {
    expect(
      skillsIn('Education:\n\nBE /B.Tech Mechanical / Industrial Engineering, MBA (Supply chain /Operations)\n'),
    ).toEqual([]);
    expect(skillsIn('Collaborate with cross-functional teams (e.g., engineering, product, legal, finance)')).toEqual([
      'Cross-functional collaboration',
    ]);
    // A list in parentheses that is not of departments still counts.
    expect(skillsIn('Skills (e.g., budgeting, forecasting)')).toEqual(['Budgeting', 'Forecasting']);
  });

  it('still reads the skills beside the degree and elsewhere', () => {
    expect(skillsIn("Master Degree in Accounting with 5+ years' experience in financial reporting")).toEqual([
      'Financial reporting',
    ]);
    expect(skillsIn("Bachelor's degree in Finance or a related field. Strong accounting and budgeting skills")).toEqual(
      expect.arrayContaining(['Budgeting']),
    );
    expect(skillsIn('Experience in business development and account management')).toEqual([
      'Business development',
      'Account management',
    ]);
  });

  it("reads no skill from a resume's degree line, written with a colon or the degree's initials", () => {
    for (const line of [
      'Bachelor of Science : Mechanical Engineering , 2002 Massachusetts Institute of Technology',
      'Bachelor of Arts : Journalism California State University - City',
      'Associate of Science : Early Childhood Education Ivy Tech Community College - City , State 2003',
      'Master of Science : Human Nutrition , 2015 University of New Haven',
      "Master's : Business/ Management and Leadership Liberty University",
      'B.S. : Mechanical Engineering West Virginia Institute of Technology',
      'BS Civil Engineering, University of Houston',
    ])
      expect([line, skillsIn(line)]).toEqual([line, []]);
  });

  it('keeps the skills after a job title or a product name with a colon', () => {
    expect(skillsIn('Scrum Master: sprint planning, budgeting')).toEqual(expect.arrayContaining(['Budgeting']));
    expect(skillsIn('Sales Associate: cash handling, customer service')).toEqual(
      expect.arrayContaining(['Customer service']),
    );
    expect(skillsIn('MS: Word, Excel, PowerPoint')).toEqual(expect.arrayContaining(['Microsoft Excel']));
  });
});
