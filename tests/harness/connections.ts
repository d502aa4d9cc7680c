import { Client, type Connection } from '@temporalio/client';
import { connectTemporal } from '../../temporal/connection';
import { NativeConnection } from '@temporalio/worker';
import type { Redis } from 'ioredis';
import type { DB } from '../../store/database';
import { createTestDatabase, createTestRedis, temporalAddress, type TestDatabase } from './services';

/** What a test file opens on the harness' services: its own database, a Redis client, Temporal. */
export interface TestConnections {
  readonly database: TestDatabase;
  readonly db: DB;
  readonly redis: Redis;
  /** Client side of the dev server (start, signal, query workflows). */
  readonly connection: Connection;
  readonly client: Client;
  /** Worker side of the dev server. */
  readonly native: NativeConnection;
  /** Closes everything and drops the database. */
  close(): Promise<void>;
}

/** Opens them; call close() in afterAll, after stopping any worker that uses `native`. */
export async function openTestConnections(): Promise<TestConnections> {
  const database = await createTestDatabase();
  const redis = await createTestRedis();
  const connection = await connectTemporal({ address: temporalAddress() });
  const native = await NativeConnection.connect({ address: temporalAddress() });
  return {
    database,
    db: database.db,
    redis,
    connection,
    client: new Client({ connection }),
    native,
    close: async () => {
      redis.disconnect();
      await connection.close();
      await native.close();
      await database.drop();
    },
  };
}
