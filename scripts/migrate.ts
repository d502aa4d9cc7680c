import { loadConfig } from '../common/config';
import { createLogger } from '../common/logger';
import { migrateToLatest } from '../schema/migrator';
import { createDatabase } from '../store/database';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (the one-shot job in docker-compose). */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ name: 'migrate', level: config.logLevel });
  const db = createDatabase({ ...config.database, applicationName: 'hirehound-migrate' });
  try {
    const applied = await migrateToLatest(db);
    logger.info({ applied }, applied.length ? 'migrations applied' : 'schema up to date');
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
