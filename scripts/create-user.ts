import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { TIERS } from '../common/vocabulary/search';
import { createDatabase } from '../store/database';
import { createUser } from '../store/users';
import { loadLauncherConfig } from './stack/launcher-config';
import { locateDatabaseUrl } from './stack/stack-file';

/**
 * `npm run user:create -- --email you@example.com --tier paid [--admin] [--daily-cap 500]`
 * Creates a user and prints its API key once. It writes only to Postgres: the database of the
 * running `npm start` (found through .data/stack.json), or DATABASE_URL.
 */
const ROOT = path.resolve(__dirname, '..');

const Args = z.object({
  email: z.string().email(),
  tier: z.enum(TIERS),
  admin: z.boolean().default(false),
  'daily-cap': z.coerce.number().int().nonnegative().optional(),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      tier: { type: 'string', default: 'free' },
      admin: { type: 'boolean', default: false },
      'daily-cap': { type: 'string' },
    },
  });
  const args = Args.parse(values);
  const url = locateDatabaseUrl(process.env, loadLauncherConfig(process.env, ROOT).dataDir);
  if (!url) throw new Error('No running Hirehound found: start it with `npm start`, or set DATABASE_URL.');
  const db = createDatabase({ url, poolSize: 1, statementTimeoutMs: 10_000, applicationName: 'hirehound-cli' });
  try {
    const { user, apiKey } = await createUser(db, {
      email: args.email,
      tier: args.tier,
      isAdmin: args.admin,
      dailyCreditCap: args['daily-cap'] ?? null,
    });
    process.stdout.write(
      `${JSON.stringify({ id: user.id, email: user.email, tier: user.tier, isAdmin: user.isAdmin, apiKey })}\n`,
    );
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
