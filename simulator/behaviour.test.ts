import { Behaviour, NO_FAULTS } from './behaviour';

const settings = { latency: { medianMs: 100, p95Ms: 400 }, faults: NO_FAULTS, deadlineMs: 300_000, concurrency: 15 };

describe('simulated provider behaviour', () => {
  it('draws latencies with the configured median and 95th percentile', () => {
    const behaviour = new Behaviour(settings, 5);
    const samples = Array.from({ length: 20_000 }, () => behaviour.latencyMs()).sort((a, b) => a - b);
    const at = (p: number): number => samples[Math.floor(p * samples.length)] ?? 0;
    expect(at(0.5)).toBeGreaterThan(90);
    expect(at(0.5)).toBeLessThan(110);
    expect(at(0.95)).toBeGreaterThan(350);
    expect(at(0.95)).toBeLessThan(450);
    expect(new Behaviour({ ...settings, latency: { medianMs: 50, p95Ms: 50 } }).latencyMs()).toBe(50);
  });

  it('injects each fault at its rate, and changes at run time', () => {
    const behaviour = new Behaviour(settings, 9);
    behaviour.apply({ faults: { errorRate: 0.5 } });
    const fates = Array.from({ length: 10_000 }, () => behaviour.draw().kind);
    const errors = fates.filter((k) => k === 'error').length / fates.length;
    expect(errors).toBeGreaterThan(0.47);
    expect(errors).toBeLessThan(0.53);
    behaviour.apply({ faults: { errorRate: 0, timeoutRate: 1 }, deadlineMs: 1234 });
    expect(behaviour.draw()).toEqual({ kind: 'timeout', delayMs: 1234 });
    behaviour.apply({ faults: { timeoutRate: 0, slowRate: 1, slowMs: 5000 } });
    const slow = behaviour.draw();
    expect(slow.kind === 'normal' && slow.delayMs >= 5000).toBe(true);
    expect(() => behaviour.apply({ latency: { medianMs: 500, p95Ms: 100 } })).toThrow();
    expect(behaviour.settings.faults.slowRate).toBe(1);
  });
});
