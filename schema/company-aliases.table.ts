import type { Insertable, Selectable } from 'kysely';
import type { DefaultTimestamp } from './column-types';

export type CompanyAliasKind = 'name' | 'domain';

/** Every spelling (by its key) and domain a company was seen under; docs/ingestion.md#companies. */
export interface CompanyAliasesTable {
  /** A company key (ingestion/company-names.ts) or `domain:<registrable domain>`. */
  alias_key: string;
  company_id: string;
  /** As first written. */
  alias: string;
  kind: CompanyAliasKind;
  created_at: DefaultTimestamp;
}

export type CompanyAliasRow = Selectable<CompanyAliasesTable>;
export type NewCompanyAliasRow = Insertable<CompanyAliasesTable>;
