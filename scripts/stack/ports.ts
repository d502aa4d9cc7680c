import fs from 'node:fs';
import net from 'node:net';

/** True when nothing listens on host:port (we can bind it ourselves). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

/** The kernel's range for outgoing connections' local ports (Linux; its default elsewhere). */
export function ephemeralPortRange(file = '/proc/sys/net/ipv4/ip_local_port_range'): {
  readonly low: number;
  readonly high: number;
} {
  try {
    const [low, high] = fs.readFileSync(file, 'utf8').trim().split(/\s+/).map(Number);
    if (low && high && low <= high) return { low, high };
  } catch {
    // Not Linux, or not readable: the IANA range most systems use.
  }
  return { low: 32768, high: 60999 };
}

/** Ports below the ephemeral range that a free port is drawn from. */
const BELOW_EPHEMERAL = 12_000;

/**
 * A port free right now, for a service started next. It is drawn at random from below the
 * ephemeral range: the kernel's own choice (port 0) lies inside that range, where any outgoing
 * connection made before the service binds (a client of another service) may take it first.
 */
export async function findFreePort(host = '127.0.0.1', random: () => number = Math.random): Promise<number> {
  const { low } = ephemeralPortRange();
  const from = Math.max(1024, low - BELOW_EPHEMERAL);
  if (low - from >= 1000) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const port = from + Math.floor(random() * (low - from));
      if (!handedOut.has(port) && (await isPortFree(port, host))) return handOut(port);
    }
  }
  for (;;) {
    const port = await kernelChosenPort(host);
    if (!handedOut.has(port)) return handOut(port);
  }
}

/**
 * The ports this process has handed out. A port handed out is usually not bound yet when the
 * next one is drawn (the launcher draws one per service before starting any), so without this
 * two services could draw the same free port.
 */
const handedOut = new Set<number>();

function handOut(port: number): number {
  handedOut.add(port);
  return port;
}

function kernelChosenPort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly service: string,
    readonly setting: string,
  ) {
    super(
      `Port ${port} for ${service} is already in use. Stop whatever listens there, choose another port ` +
        `with ${setting}=<port>, or point the matching URL variable at a running ${service}.`,
    );
    this.name = 'PortInUseError';
  }
}

export async function assertPortFree(port: number, service: string, setting: string): Promise<void> {
  if (!(await isPortFree(port))) throw new PortInUseError(port, service, setting);
}

/** True when something accepts TCP connections on host:port. */
export function canConnect(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
