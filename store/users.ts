import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Tier } from '../common/vocabulary/search';
import type { UserRow } from '../schema/users.table';
import type { DB } from './database';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly tier: Tier;
  readonly isAdmin: boolean;
  /** Optional fair-use cap on provider credits per UTC day (paid users). */
  readonly dailyCreditCap: number | null;
  readonly createdAt: Date;
}

const KEY_PREFIX = 'hh_';

/** API keys are 256 random bits; a plain SHA-256 is enough to store them (no dictionary to attack). */
export function hashApiKey(key: string): string {
  return crypto.createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateApiKey(): string {
  return `${KEY_PREFIX}${crypto.randomBytes(32).toString('base64url')}`;
}

export function looksLikeApiKey(value: string): boolean {
  return value.startsWith(KEY_PREFIX) && value.length >= KEY_PREFIX.length + 40 && value.length <= 100;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    tier: row.tier,
    isAdmin: row.is_admin,
    dailyCreditCap: row.daily_credit_cap,
    createdAt: row.created_at,
  };
}

export interface NewUser {
  readonly email: string;
  readonly tier: Tier;
  readonly isAdmin?: boolean;
  readonly dailyCreditCap?: number | null;
}

/** Creates a user and returns its API key; the key is shown once and only its hash is stored. */
export async function createUser(db: DB, input: NewUser): Promise<{ user: User; apiKey: string }> {
  const apiKey = generateApiKey();
  const row = await db
    .insertInto('users')
    .values({
      email: input.email.trim().toLowerCase(),
      tier: input.tier,
      is_admin: input.isAdmin ?? false,
      daily_credit_cap: input.dailyCreditCap ?? null,
      api_key_hash: hashApiKey(apiKey),
      api_key_prefix: apiKey.slice(0, KEY_PREFIX.length + 6),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { user: toUser(row), apiKey };
}

export async function findUserByApiKey(db: DB, apiKey: string): Promise<User | undefined> {
  if (!looksLikeApiKey(apiKey)) return undefined;
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('api_key_hash', '=', hashApiKey(apiKey))
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function findUserById(db: DB, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function findUserByEmail(db: DB, email: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function setUserTier(db: DB, id: string, tier: Tier): Promise<void> {
  await db.updateTable('users').set({ tier }).where('id', '=', id).execute();
}

/**
 * The user with this email, created when missing, with a new API key either way (and the given
 * tier and role): keys are stored hashed, so the only way to hand out a working key again is a
 * new one. The old key stops working.
 */
export async function upsertUserWithNewKey(
  db: DB,
  input: NewUser,
): Promise<{ user: User; apiKey: string; created: boolean }> {
  const apiKey = generateApiKey();
  const values = {
    tier: input.tier,
    is_admin: input.isAdmin ?? false,
    daily_credit_cap: input.dailyCreditCap ?? null,
    api_key_hash: hashApiKey(apiKey),
    api_key_prefix: apiKey.slice(0, KEY_PREFIX.length + 6),
  };
  const row = await db
    .insertInto('users')
    .values({ email: input.email.trim().toLowerCase(), ...values })
    .onConflict((oc) => oc.column('email').doUpdateSet(values))
    .returningAll()
    // xmax is 0 for a row this statement inserted, the updating transaction's id otherwise.
    .returning(sql<boolean>`xmax = 0`.as('inserted'))
    .executeTakeFirstOrThrow();
  return { user: toUser(row), apiKey, created: row.inserted };
}
