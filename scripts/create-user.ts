import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../common/config';
import { createDatabase } from '../store/database';
import { createUser } from '../store/users';

/**
 * `npm run user:create -- --email you@example.com --tier paid [--admin] [--daily-cap 500]`
 * Creates a user against DATABASE_URL and prints its API key once.
 */
const Args = z.object({
  email: z.string().email(),
  tier: z.enum(['free', 'paid']),
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
  const config = loadConfig();
  const db = createDatabase({ ...config.database, applicationName: 'hirehound-cli' });
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
