import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../common/config';
import { planEmbeddings } from '../matching/embeddings/create-embedder';
import { createDatabase } from '../store/database';
import { migrateToLatest } from '../schema/migrator';
import { startInfrastructure, type Infrastructure } from './stack/infrastructure';
import { loadLauncherConfig, portClashes } from './stack/launcher-config';
import { renderLogLine } from './stack/log-renderer';
import { httpReady, ManagedProcess, waitUntilReady } from './stack/managed-process';
import { ensureDemoUsers, type DemoKey } from './stack/demo-users';
import { assertPortFree } from './stack/ports';
import { removeStackFile, writeStackFile } from './stack/stack-file';
import { planProviderProcesses } from './stack/provider-plan';

/**
 * `npm start`: the whole system on one machine. Starts the embedded services (or uses the ones
 * whose URLs are configured), applies migrations, runs the application processes, prints the URLs
 * and keeps everything up until Ctrl-C. If any child dies, everything is stopped.
 */
const ROOT = path.resolve(__dirname, '..');
const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

/** Children run the same way the launcher runs: under tsx from source, or compiled from dist/. */
function entryPoint(relative: string): { command: string; args: string[] } {
  const ext = path.extname(__filename);
  return { command: process.execPath, args: [...process.execArgv, path.join(ROOT, `${relative}${ext}`)] };
}

async function main(): Promise<void> {
  const config = loadLauncherConfig(process.env, ROOT);
  const clashes = portClashes(config, process.env);
  if (clashes.length > 0) {
    say(`npm start: two settings name one port (${clashes.join('; ')}). Give each its own port.`);
    process.exit(1);
  }
  const t0 = Date.now();
  fs.mkdirSync(config.dataDir, { recursive: true });
  say(`Hirehound: starting the embedded stack (data in ${path.relative(process.cwd(), config.dataDir) || '.'})`);
  await assertPortFree(config.ports.api, 'the API', 'API_PORT');
  await assertPortFree(config.ports.gateway, 'the gateway', 'GATEWAY_PORT');
  if (!process.env.HASDATA_API_KEY)
    await assertPortFree(config.ports.simulator, 'the HasData simulator', 'SIMULATOR_PORT');

  const children: ManagedProcess[] = [];
  let infra: Infrastructure | undefined;
  let stopping = false;
  const stopAll = async (exitCode: number): Promise<never> => {
    if (stopping) return new Promise<never>(() => undefined);
    stopping = true;
    say('\nStopping: application processes first, then the services…');
    removeStackFile(config.dataDir);
    await Promise.allSettled(children.map((c) => c.stop({ signal: 'SIGTERM', timeoutMs: 15_000 })));
    await infra?.stop();
    say('All processes stopped.');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    infra = await startInfrastructure({
      dataDir: config.dataDir,
      ports: config.ports,
      temporalUiPort: config.ports.temporalUi,
      namespace: config.namespace,
      database: 'hirehound',
      durable: true,
      external: config.external,
      onPhase: (service, message) => say(`  ${service.padEnd(9)}${message}`),
    });
  } catch (err) {
    say(`\nCould not start the embedded services:\n${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }

  const running = infra;
  try {
    const db = createDatabase({
      url: running.databaseUrl,
      poolSize: 2,
      statementTimeoutMs: 300_000,
      applicationName: 'hirehound-migrate',
    });
    let demoKeys: DemoKey[];
    try {
      const applied = await migrateToLatest(db);
      say(`  ${'schema'.padEnd(9)}${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`);
      demoKeys = await ensureDemoUsers(db);
      const created = demoKeys.filter((k) => k.created).length;
      say(`  ${'users'.padEnd(9)}${created ? `created ${created} demo users, ` : ''}new keys for the demo users`);
    } finally {
      await db.destroy();
    }

    const appEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      DATABASE_URL: running.databaseUrl,
      REDIS_URL: running.redisUrl,
      ...(running.cacheRedisUrl ? { CACHE_REDIS_URL: running.cacheRedisUrl } : {}),
      TEMPORAL_ADDRESS: running.temporalAddress,
      TEMPORAL_METRICS_BIND_ADDRESS: `127.0.0.1:${config.ports.temporalMetrics}`,
      TEMPORAL_NAMESPACE: config.namespace,
      API_PORT: String(config.ports.api),
      API_HOST: config.apiHost,
      // The admin view links each search to its run there.
      ...(running.temporalUiUrl && !process.env.TEMPORAL_UI_URL ? { TEMPORAL_UI_URL: running.temporalUiUrl } : {}),
      // Raw provider payloads live with the rest of the embedded data unless S3 is configured.
      OBJECT_STORE_DIR: process.env.OBJECT_STORE_DIR ?? path.join(config.dataDir, 'objects'),
    };
    const provider = planProviderProcesses(config, appEnv);
    for (const [name, entry, env] of [
      // Labelled "hasdata": it stands in for the provider (and fits the launcher's log column).
      ...(provider.simulator ? [['hasdata', 'simulator/server', provider.simulator.env] as const] : []),
      ['gateway', 'gateway/server', provider.gateway.env],
      ['worker', 'workers/main', provider.callerEnv],
      ['api', 'api/server', provider.callerEnv],
    ] as const) {
      const { command, args } = entryPoint(entry);
      const child = ManagedProcess.start({
        name,
        command,
        args,
        env,
        cwd: ROOT,
        onLine: (line) => say(renderLogLine(name, line, colour)),
      });
      children.push(child);
    }

    // Supervision: one dead child takes the whole stack down, loudly.
    for (const proc of [...children, ...running.processes]) {
      void proc.exited.then((info) => {
        if (stopping || proc.isStopping) return;
        say(`\n${proc.spec.name} exited unexpectedly (code ${info.code ?? '-'}, signal ${info.signal ?? '-'}).`);
        if (!children.includes(proc)) say(proc.recentOutput());
        void stopAll(1);
      });
    }

    const apiUrl = `http://${config.apiHost}:${config.ports.api}`;
    const api = children.find((c) => c.spec.name === 'api');
    if (api) await waitUntilReady(api, httpReady(`${apiUrl}/healthz`), 120_000);
    for (const [name, url] of [
      ['gateway', provider.gateway.url],
      ['hasdata', provider.simulator?.url],
    ] as const) {
      const proc = children.find((c) => c.spec.name === name);
      if (proc && url) await waitUntilReady(proc, httpReady(`${url}/healthz`), 120_000);
    }
    say('');
    say(`Hirehound is up (${((Date.now() - t0) / 1000).toFixed(1)} s):`);
    say(`  Web app         ${apiUrl}/   (sign in with a key below)`);
    say(`  API             ${apiUrl}`);
    say(`  health          ${apiUrl}/healthz   readiness ${apiUrl}/readyz`);
    if (running.temporalUiUrl) say(`  Temporal UI     ${running.temporalUiUrl}`);
    say(`  Gateway         ${provider.gateway.url}   credits ${provider.gateway.url}/status/credits (internal token)`);
    if (provider.simulator)
      say(`  HasData sim.    ${provider.simulator.url}   admin ${provider.simulator.url}/_admin/state`);
    else say(`  HasData         the real API (HASDATA_API_KEY is set)`);
    say(`  PostgreSQL      ${running.databaseUrl}`);
    say(`  Redis           ${running.redisUrl}${running.cacheRedisUrl ? `   caches ${running.cacheRedisUrl}` : ''}`);
    const observability = loadConfig(appEnv).observability;
    say(
      `  Metrics         api :${observability.apiPort}  worker :${observability.workerPort}  temporal sdk :${config.ports.temporalMetrics}  gateway ${provider.gateway.url}/metrics`,
    );
    const embeddings = planEmbeddings(loadConfig(appEnv).embeddings);
    say(`  Embeddings      ${embeddings.summary}`);
    if (embeddings.degraded) {
      say('');
      say('  !!! WARNING: matching runs on the lexical HASHING embedder, not a language model.');
      say('  !!! Run `node scripts/bootstrap.cjs` to install all-MiniLM-L6-v2, or set HF_TOKEN / HF_ENDPOINT_URL.');
      say('');
    }
    say('');
    say('Demo users (keys are stored hashed, so every start gives each a new key; the old one stops working):');
    for (const key of demoKeys) say(`  ${key.role.padEnd(6)}${key.email.padEnd(28)}${key.apiKey}`);
    say('');
    // Where the running stack is, for `npm run demo` and other local tools (removed on stop).
    writeStackFile(config.dataDir, { apiUrl, databaseUrl: running.databaseUrl, pid: process.pid });
    say('Press Ctrl-C to stop everything.');
  } catch (err) {
    say(`\nStart-up failed: ${err instanceof Error ? err.message : String(err)}`);
    await stopAll(1);
  }
}

main().catch((err: unknown) => {
  say(`npm start failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
