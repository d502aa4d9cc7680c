export interface DependencyCheck {
  readonly name: string;
  /** Resolves when the dependency answers; rejects with the reason otherwise. */
  check(): Promise<void>;
}

export interface DependencyStatus {
  readonly ok: boolean;
  readonly latencyMs: number;
  readonly error?: string;
}

export interface HealthReport {
  readonly status: 'ok' | 'failing';
  readonly dependencies: Record<string, DependencyStatus>;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs every check in parallel, each bounded by timeoutMs, and reports each one. */
export async function runChecks(checks: readonly DependencyCheck[], timeoutMs = 2000): Promise<HealthReport> {
  const entries = await Promise.all(
    checks.map(async (c): Promise<[string, DependencyStatus]> => {
      const started = performance.now();
      try {
        await withTimeout(c.check(), timeoutMs);
        return [c.name, { ok: true, latencyMs: Math.round(performance.now() - started) }];
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        return [c.name, { ok: false, latencyMs: Math.round(performance.now() - started), error: message }];
      }
    }),
  );
  const dependencies = Object.fromEntries(entries);
  return { status: entries.every(([, s]) => s.ok) ? 'ok' : 'failing', dependencies };
}
