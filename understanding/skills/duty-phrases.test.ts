import { skillsIn } from './taxonomy';

describe('skills stated as duties', () => {
  it.each([
    ['Trained all new sales employees on effective techniques.', 'Staff training'],
    ['Trained and mentored over 23 construction workers, general laborers and apprentices.', 'Staff training'],
    ['Recruit, train, develop, and manage a team of 15 to meet their goals.', 'Team leadership'],
    ['Supervised 12 cashiers across two shifts.', 'Team leadership'],
    ['Greet customers at all points throughout the store.', 'Customer service'],
    ['Answered incoming telephone calls with professional responses.', 'Telephone etiquette'],
    ['Organized three charity auctions and the spring open houses.', 'Event planning'],
    // A run of verbs, a comma after the verb, a singular event.
    ['Recruit, train, develop, and manage a team of 15 to meet their goals.', 'Staff training'],
    ["Chaired the school's wine auction in 2010.", 'Event planning'],
    ['Facilitate and Manage Open House Events', 'Event planning'],
    ['Successfully plan and execute various events such as product launches.', 'Event planning'],
    ['Ability to collaborate effectively across teams and gain buy-in.', 'Teamwork'],
    ['Works well with others.', 'Teamwork'],
    ['Experience working in a fast-paced, collaborative environment.', 'Teamwork'],
    // Building a team, recruiting people, leading manpower, a duty across a wrapped line.
    ['Growing and Developing High Performing Team', 'Team leadership'],
    ['Built and led a team of 12 analysts.', 'Team leadership'],
    ['Recruit, train, develop, and manage a team of 15 to meet their goals.', 'Recruiting'],
    ['Interviewed and hired new staff for both stores.', 'Recruiting'],
    ['Planned, directed, coordinated and assigned manpower to meet production requirements.', 'Team leadership'],
    ['Successfully plan and execute various\nevents such as product launches.', 'Event planning'],
    ['Experience managing several time sensitive projects.', 'Project management'],
    // Office, retail and analysis duties written as verbs.
    ['Resolved all customer complaints in a professional manner.', 'Complaint resolution'],
    ['Use MS Excel and PowerPoint to create presentations and spreadsheets.', 'Presentation skills'],
    ['Managed third party vendors for temporary housing.', 'Vendor management'],
    ['Conducted research to identify grant opportunities.', 'Research'],
    ['Prepared monthly sales reports for the district manager.', 'Reporting'],
    ['Maintained pharmacy inventory by checking stock.', 'Inventory management'],
    ['Ordered medical supplies and animal food.', 'Purchasing'],
    ['Analyzed employment-related data and prepared required reports.', 'Data analysis'],
    ['Scheduled and confirmed patient appointments.', 'Scheduling'],
  ])('%s → %s', (text, skill) => {
    expect(skillsIn(text)).toContain(skill);
  });

  it.each([
    'Trained in CPR and first aid.',
    'Managed inventory and ordering for the store.',
    'Direct team support for the help desk.',
    'Served as liaison to clients.',
    'Led the migration.\nStaff were informed weekly.',
  ])('reads no duty toward people in %j', (text) => {
    const skills = skillsIn(text);
    expect(skills).not.toContain('Staff training');
    expect(skills).not.toContain('Team leadership');
    expect(skills).not.toContain('Customer service');
  });

  it('reads no team built from developing its members, no recruiting from hiring news, no duty across a new line', () => {
    expect(skillsIn("Focused on developing team members' skills.")).not.toContain('Team leadership');
    for (const text of [
      'Join our growing team in Berlin.',
      'Building relationships with international teams.',
      'Led training of managers.',
      'Qualified leads, and Product Managers',
    ])
      expect(skillsIn(text)).not.toContain('Team leadership');
    for (const text of ['Led the review of projects for the board.', 'Managed funds for 3 projects.'])
      expect(skillsIn(text)).not.toContain('Project management');
    for (const text of ['Join our growing team in Berlin.']) expect(skillsIn(text)).not.toContain('Team leadership');
    expect(skillsIn('Acme is hiring engineers in Berlin.')).not.toContain('Recruiting');
    // An engineer's escalations are issues, not complaints; customers' buying is not one's own.
    expect(skillsIn('You will handle technical escalations independently.')).not.toContain('Complaint resolution');
    expect(skillsIn('Customers order supplies through our portal.')).not.toContain('Purchasing');
    expect(skillsIn('Successfully plan and execute various\nEvents Committee member')).not.toContain('Event planning');
  });

  it('reads "successfully" as no succession, and work with children or clients as no teamwork', () => {
    expect(skillsIn('Successfully planned the weekly menu.')).not.toContain('Workforce planning');
    expect(skillsIn('Succession planning for the leadership team')).toContain('Workforce planning');
    expect(skillsIn('Worked with children aged 3 to 5. Work with clients on budgets.')).not.toContain('Teamwork');
  });
});
