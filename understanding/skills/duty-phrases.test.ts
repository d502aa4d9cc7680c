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
});
