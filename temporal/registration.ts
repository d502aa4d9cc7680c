import type { Connection } from '@temporalio/client';
import type { SearchAttributeType } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { SEARCH_ATTRIBUTES } from './search-attributes';

const IndexedValueType = temporal.api.enums.v1.IndexedValueType;

const INDEXED_VALUE_TYPES: Record<SearchAttributeType, temporal.api.enums.v1.IndexedValueType> = {
  TEXT: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  KEYWORD: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  INT: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  DOUBLE: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  BOOL: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  DATETIME: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KEYWORD_LIST: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

interface AttributeKey {
  readonly name: string;
  readonly type: SearchAttributeType;
}

/**
 * Registers our custom search attributes, idempotently. `start-dev --search-attribute` only applies
 * to a namespace it creates, so a persisted dev-server database from an older version of the
 * project would silently lack attributes added later; registering through the operator API after
 * start-up covers both that case and a production server.
 */
export async function ensureSearchAttributes(
  connection: Pick<Connection, 'operatorService'>,
  namespace: string,
  keys: readonly AttributeKey[] = SEARCH_ATTRIBUTES,
): Promise<{ added: string[] }> {
  const existing = await connection.operatorService.listSearchAttributes({ namespace });
  const known = { ...(existing.systemAttributes ?? {}), ...(existing.customAttributes ?? {}) };
  const missing: Record<string, temporal.api.enums.v1.IndexedValueType> = {};
  for (const key of keys) {
    const want = INDEXED_VALUE_TYPES[key.type];
    const have = known[key.name];
    if (have === undefined || have === null) missing[key.name] = want;
    else if (have !== want) {
      throw new Error(
        `search attribute ${key.name} exists in namespace ${namespace} with another type (${String(have)}, want ${key.type}); ` +
          'remove it with `temporal operator search-attribute remove` or use a fresh namespace',
      );
    }
  }
  const added = Object.keys(missing);
  if (added.length > 0) {
    await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: missing });
  }
  return { added };
}
