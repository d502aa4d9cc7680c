/**
 * What the global set-up hands to every test process. Jest spawns its workers after globalSetup,
 * so environment variables set there reach all test files.
 */
export const HARNESS_ENV = {
  databaseAdminUrl: 'HIREHOUND_TEST_DATABASE_ADMIN_URL',
  templateDatabase: 'HIREHOUND_TEST_TEMPLATE_DATABASE',
  redisUrl: 'HIREHOUND_TEST_REDIS_URL',
  cacheRedisUrl: 'HIREHOUND_TEST_CACHE_REDIS_URL',
  temporalAddress: 'HIREHOUND_TEST_TEMPORAL_ADDRESS',
  scratchDir: 'HIREHOUND_TEST_SCRATCH_DIR',
  s3Endpoint: 'HIREHOUND_TEST_S3_ENDPOINT',
  s3AccessKeyId: 'HIREHOUND_TEST_S3_ACCESS_KEY_ID',
  s3SecretAccessKey: 'HIREHOUND_TEST_S3_SECRET_ACCESS_KEY',
} as const;

export function harnessValue(key: keyof typeof HARNESS_ENV): string {
  const value = process.env[HARNESS_ENV[key]];
  if (!value) {
    throw new Error(
      `${HARNESS_ENV[key]} is not set: integration tests need the jest global set-up (run them with \`npm test\` or \`npx jest\`).`,
    );
  }
  return value;
}
