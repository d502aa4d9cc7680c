import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';
import type { Tier } from '../common/vocabulary/search';
import type { DefaultTimestamp, Generated } from './column-types';

export interface UsersTable {
  id: Generated<string>;
  email: string;
  tier: ColumnType<Tier, Tier | undefined, Tier>;
  is_admin: ColumnType<boolean, boolean | undefined, boolean>;
  api_key_hash: string;
  api_key_prefix: string;
  daily_credit_cap: number | null;
  created_at: DefaultTimestamp;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
