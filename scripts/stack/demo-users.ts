import type { Tier } from '../../common/vocabulary/search';
import type { DB } from '../../store/database';
import { upsertUserWithNewKey } from '../../store/users';

/** The people `npm start` lets you be at once: one of each kind the web app treats differently. */
export const DEMO_USERS = [
  { role: 'free', email: 'demo-free@hirehound.local', tier: 'free', isAdmin: false },
  { role: 'paid', email: 'demo-paid@hirehound.local', tier: 'paid', isAdmin: false },
  { role: 'admin', email: 'demo-admin@hirehound.local', tier: 'paid', isAdmin: true },
] as const satisfies readonly { role: string; email: string; tier: Tier; isAdmin: boolean }[];

export interface DemoKey {
  readonly role: (typeof DEMO_USERS)[number]['role'];
  readonly email: string;
  readonly apiKey: string;
  readonly created: boolean;
}

/**
 * Creates the demo users once (a stable email per role, so a restart finds them) and gives each a
 * new key on every start: only key hashes are stored, so printing a working key means rotating it.
 */
export async function ensureDemoUsers(db: DB): Promise<DemoKey[]> {
  const keys: DemoKey[] = [];
  for (const demo of DEMO_USERS) {
    const { apiKey, created } = await upsertUserWithNewKey(db, {
      email: demo.email,
      tier: demo.tier,
      isAdmin: demo.isAdmin,
    });
    keys.push({ role: demo.role, email: demo.email, apiKey, created });
  }
  return keys;
}
