import { SimulatedAccount } from './account';

describe('simulated HasData account', () => {
  it('refuses above its concurrency limit and reports the peak, including refused arrivals', () => {
    const account = new SimulatedAccount(100, () => 2);
    expect(account.enter('indeed.listing')).toBe(true);
    expect(account.enter('indeed.listing')).toBe(true);
    expect(account.enter('indeed.job')).toBe(false);
    const started = Date.now();
    account.leave(started);
    expect(account.enter('indeed.job')).toBe(true);
    const stats = account.stats();
    expect(stats).toMatchObject({ calls: 4, inFlight: 2, peakInFlight: 3, rejectedOverConcurrency: 1 });
    expect(stats.callsByEndpoint).toEqual({ 'indeed.listing': 2, 'indeed.job': 2 });
  });

  it('holds a call’s cost, bills it on success, returns it on failure, and refuses with too little left', () => {
    const account = new SimulatedAccount(25, () => 15);
    expect(account.reserve(10)).toBe(true);
    expect(account.reserve(10)).toBe(true);
    expect(account.reserve(10)).toBe(false);
    account.charge(10);
    account.refund(10);
    expect(account.stats()).toMatchObject({ creditsCharged: 10, creditsRemaining: 15 });
    account.resetStats();
    expect(account.stats()).toMatchObject({ creditsCharged: 0, creditsRemaining: 15, calls: 0 });
  });
});
