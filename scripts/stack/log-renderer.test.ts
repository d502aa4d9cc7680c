import { renderLogLine } from './log-renderer';

describe('renderLogLine', () => {
  it('renders pino JSON as one readable line', () => {
    const line = JSON.stringify({
      level: 40,
      time: '2026-11-23T16:02:11.123Z',
      pid: 1,
      name: 'api',
      msg: 'slow',
      ms: 12,
    });
    expect(renderLogLine('api', line, false)).toBe('16:02:11 api      WARN  slow ms=12');
  });
  it('passes other lines through with the source label', () => {
    expect(renderLogLine('worker', 'plain text', false)).toBe('worker   plain text');
    expect(renderLogLine('worker', '42', false)).toBe('worker   42');
  });
});
