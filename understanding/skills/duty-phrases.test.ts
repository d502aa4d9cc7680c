import { skillsIn } from './taxonomy';

describe('skills stated as duties', () => {
  it.each([
    ['Trained all new sales employees on effective techniques.', 'Staff training'],
    ['Trained and mentored over 23 construction workers, general laborers and apprentices.', 'Staff training'],
    ['Recruit, train, develop, and manage a team of 15 to meet their goals.', 'Team leadership'],
    ['Supervised 12 cashiers across two shifts.', 'Team leadership'],
  ])('%s → %s', (text, skill) => {
    expect(skillsIn(text)).toContain(skill);
  });

  it.each([
    'Trained in CPR and first aid.',
    'Managed inventory and ordering for the store.',
    'Direct team support for the help desk.',
    'Led the migration.\nStaff were informed weekly.',
  ])('reads no duty toward people in %j', (text) => {
    const skills = skillsIn(text);
    expect(skills).not.toContain('Staff training');
    expect(skills).not.toContain('Team leadership');
  });
});
