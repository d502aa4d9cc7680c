import { seniorityFromTitle, seniorityFromTitles, seniorityFromYears } from './seniority';

describe('seniority', () => {
  it.each([
    ['Sr. Data Engineer', 'senior'],
    ['Staff Software Engineer', 'lead'],
    ['Staff Data Scientist', 'lead'],
    ['Staff Product Designer', 'lead'],
    ['Executive Chef', 'lead'],
    ['Head Chef', 'lead'],
    ['Construction Foreman', 'lead'],
    ['Head of Nursing', 'executive'],
    ['Process Operator Intern', 'intern'],
    ['Managing Partner', 'executive'],
    ['Restaurant Owner', 'executive'],
    ['Director of Nursing', 'executive'],
    ['Software Engineering Architect', 'principal'],
    ['Distinguished Fellow', 'principal'],
    // Roles of their own that carry an executive's or a principal's word.
    ['HR Business Partner', null],
    ['Senior HR Business Partner', 'senior'],
    ['Partner Development Manager', 'lead'],
    ['Product Owner', null],
    ['Funeral Director', null],
    ['Athletic Director, Coach, PE Teacher', null],
    ['Landscape Architect', null],
    ['Post-Doctoral Research Fellow', null],
  ] as const)('%j states %s', (title, level) => {
    expect(seniorityFromTitle(title)).toBe(level);
  });

  // "Staff" in these titles is the profession's regular grade, not a level above senior.
  it.each(['Staff Accountant', 'Staff Nurse', 'Staff Writer', 'Registered Nurse', 'Carpenter'])(
    '%j states no level',
    (title) => {
      expect(seniorityFromTitle(title)).toBeNull();
    },
  );

  it('takes the first level a list of titles states, skipping the ones that state none', () => {
    expect(seniorityFromTitles(['HR Generalist', null, 'Senior HR Generalist', 'HR Intern'])).toBe('senior');
    expect(seniorityFromTitles(['Carpenter', null])).toBeNull();
    expect(seniorityFromTitles([])).toBeNull();
  });

  it('reads years when no title states a level', () => {
    expect(seniorityFromYears(null)).toBeNull();
    expect(seniorityFromYears(1)).toBe('junior');
    expect(seniorityFromYears(4)).toBe('mid');
    expect(seniorityFromYears(7)).toBe('senior');
    expect(seniorityFromYears(25)).toBe('lead');
  });
});
