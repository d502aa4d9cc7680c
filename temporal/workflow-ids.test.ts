import { enrichWorkflowId, searchIdFromWorkflowId, searchWorkflowId } from './workflow-ids';

describe('workflow ids', () => {
  const id = '0b3b8f3e-7c2a-4d5e-9f10-1a2b3c4d5e6f';
  it('builds and parses domain ids', () => {
    expect(searchWorkflowId(id)).toBe(`search-${id}`);
    expect(searchIdFromWorkflowId(`search-${id}`)).toBe(id);
    expect(searchIdFromWorkflowId(`enrich-${id}`)).toBeUndefined();
    expect(enrichWorkflowId(id)).toBe(`enrich-${id}`);
  });
  it('refuses ids that are not uuids (they would not deduplicate)', () => {
    expect(() => searchWorkflowId('42')).toThrow(TypeError);
    expect(() => enrichWorkflowId('../x')).toThrow(TypeError);
  });
});
