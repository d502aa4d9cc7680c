import type { Insertable, Selectable, Updateable } from 'kysely';
import type { IndustrySource } from '../common/vocabulary/ingestion';
import type { DefaultTimestamp, Generated } from './column-types';

export interface CompaniesTable {
  id: Generated<string>;
  name: string;
  /** The company key (ingestion/company-names.ts): legal form, case and punctuation removed. */
  normalized_name: string;
  website: string | null;
  /** The employer's registrable domain, when a posting stated one. */
  domain: string | null;
  industry: string | null;
  industry_source: IndustrySource | null;
  /** A size band ("51-200"), when a posting or a provider stated a headcount. */
  size: string | null;
  headquarters: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export type CompanyRow = Selectable<CompaniesTable>;
export type NewCompanyRow = Insertable<CompaniesTable>;
export type CompanyUpdate = Updateable<CompaniesTable>;
