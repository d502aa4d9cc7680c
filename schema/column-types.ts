import type { ColumnType, Generated } from 'kysely';

/** A timestamp the database fills in by default; read as Date, writable as Date or ISO string. */
export type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/**
 * pgvector columns travel as their text form ('[0.1,0.2,…]'); store/vector.ts converts. Keeping the
 * driver's default (no global type parser) means no connection needs special set-up.
 */
export type VectorColumn = ColumnType<string | null, string | null | undefined, string | null>;

/** jsonb: read as the parsed value, written as a JSON string (pg would turn JS arrays into SQL arrays). */
export type JsonColumn<T> = ColumnType<T, string, string>;
export type NullableJsonColumn<T> = ColumnType<T | null, string | null | undefined, string | null>;

/** text[] with a default of '{}'. */
export type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export type { Generated };
