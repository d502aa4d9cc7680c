import type { Generated, Insertable, Selectable } from 'kysely';
import type { DefaultTimestamp } from './column-types';

export interface CreditLedgerTable {
  /** bigserial: pg returns int8 as a string. */
  id: Generated<string>;
  request_id: string;
  /** Calendar month the credits count against, 'YYYY-MM' (UTC). */
  month: string;
  occurred_at: DefaultTimestamp;
  endpoint: string;
  credits: number;
  outcome: string;
  provider_status: number | null;
  latency_ms: number | null;
  search_id: string | null;
  user_id: string | null;
  job_id: string | null;
}

export type CreditLedgerRow = Selectable<CreditLedgerTable>;
export type NewCreditLedgerRow = Insertable<CreditLedgerTable>;
