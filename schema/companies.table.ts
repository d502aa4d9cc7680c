import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DefaultTimestamp, Generated } from './column-types';

export interface CompaniesTable {
  id: Generated<string>;
  name: string;
  normalized_name: string;
  website: string | null;
  created_at: DefaultTimestamp;
}

export type CompanyRow = Selectable<CompaniesTable>;
export type NewCompanyRow = Insertable<CompaniesTable>;
export type CompanyUpdate = Updateable<CompaniesTable>;
