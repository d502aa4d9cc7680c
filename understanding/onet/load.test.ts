import { loadOnet } from './load';

describe('shipped O*NET extract', () => {
  it('holds every occupation with titles, tasks and technology skills', () => {
    const onet = loadOnet();
    expect(onet.occupations.length).toBe(1016);
    const dev = onet.occupation('15-1252.00');
    expect(dev?.title).toBe('Software Developers');
    expect(dev?.jobZone).toBe(4);
    expect(dev?.related.length).toBeGreaterThan(3);
    expect(onet.titles('15-1252.00').alternate).toContain('Software Engineer');
    expect(onet.tasks('15-1252.00').core.length).toBeGreaterThan(5);
    expect(onet.technologySkills('15-1252.00').map((s) => s.name)).toEqual(
      expect.arrayContaining(['Python', 'PostgreSQL']),
    );
    expect(onet.occupation('99-9999.99')).toBeUndefined();
  });
});
