import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ephemeralPortRange, findFreePort, isPortFree } from './ports';

describe('findFreePort', () => {
  it('draws a free port from below the range outgoing connections take their ports from', async () => {
    const { low } = ephemeralPortRange();
    const ports = await Promise.all(Array.from({ length: 5 }, () => findFreePort()));
    for (const port of ports) {
      expect(port).toBeLessThan(low);
      expect(port).toBeGreaterThanOrEqual(1024);
      expect(await isPortFree(port)).toBe(true);
    }
  });

  it('skips a port something already listens on', async () => {
    const { low } = ephemeralPortRange();
    const taken = net.createServer();
    const busy = await findFreePort();
    await new Promise<void>((resolve) => taken.listen({ port: busy, host: '127.0.0.1' }, resolve));
    try {
      // The first draw lands on the busy port, the second one next to it.
      const draws = [busy, busy + 1];
      const from = Math.max(1024, low - 12_000);
      let i = 0;
      const port = await findFreePort(
        '127.0.0.1',
        () => ((draws[Math.min(i++, 1)] as number) - from + 0.5) / (low - from),
      );
      expect(port).toBe(busy + 1);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('never hands out a port twice, though the first is not bound yet', async () => {
    // A draw that always lands on the same port: the second call must find another one.
    const always = () => 0.5;
    const first = await findFreePort('127.0.0.1', always);
    const second = await findFreePort('127.0.0.1', always);
    expect(second).not.toBe(first);
    expect(await isPortFree(second)).toBe(true);
  });

  it('reads the kernel range, and falls back to the common one when it cannot', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ports-'));
    const file = path.join(dir, 'range');
    fs.writeFileSync(file, '40000\t50000\n');
    expect(ephemeralPortRange(file)).toEqual({ low: 40000, high: 50000 });
    expect(ephemeralPortRange(path.join(dir, 'missing'))).toEqual({ low: 32768, high: 60999 });
    fs.rmSync(dir, { recursive: true });
  });
});
