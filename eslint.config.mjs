import globals from 'globals';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layering, api → workflows → activities → gateway / store / matching / understanding /
 * imaginator → schema / common: a folder never imports one above it. Import paths are relative, so a pattern
 * matches whatever number of `../` leads to the top-level folder. tests/lint-rules.test.ts checks
 * that each rule fires, so it cannot be switched off unnoticed.
 */
const upward = (folders, message) => ({ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message });

const ENTRY_POINTS = ['workers', 'scripts', 'bench', 'simulator', 'tests'];
const ORCHESTRATION = ['api', 'workflows', 'activities'];
const DOMAIN = ['gateway', 'store', 'matching', 'understanding', 'temporal', 'imaginator', 'ingestion'];

function layeringBlocks() {
  const restrict = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
  return [
    restrict(
      DOMAIN.map((folder) => `${folder}/**/*.ts`),
      [
        upward(
          [...ORCHESTRATION, ...ENTRY_POINTS],
          'Layering: this layer sits below api/, workflows/ and activities/ and never imports them.',
        ),
      ],
    ),
    restrict(
      ['schema/**/*.ts'],
      [
        upward(
          [...ORCHESTRATION, ...DOMAIN, ...ENTRY_POINTS],
          'Layering: schema/ sits at the bottom of the tree, beside common/, and imports nothing above it.',
        ),
      ],
    ),
    restrict(
      ['common/**/*.ts'],
      [
        upward(
          [...ORCHESTRATION, ...DOMAIN, ...ENTRY_POINTS, 'schema'],
          'Layering: common/ is the bottom of the tree and imports nothing from the rest of it.',
        ),
      ],
    ),
    restrict(
      ['activities/**/*.ts'],
      [upward(['api', ...ENTRY_POINTS], 'Layering: activities/ sit below api/ and never import it.')],
    ),
    // The web app talks to the API over HTTP; from the server's folders it takes types only.
    {
      files: ['web/**/*.ts', 'web/**/*.tsx'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^(\\.\\./)+(${[...ORCHESTRATION, ...DOMAIN, ...ENTRY_POINTS, 'schema', 'common'].join('|')})(/|$)`,
                allowTypeImports: true,
                message: 'The web app reaches the server only through the API: import types, not code.',
              },
            ],
          },
        ],
      },
    },
    // Workflows are replayed: no Node built-ins, clients or environment inside them.
    restrict(
      ['workflows/**/*.ts'],
      [
        {
          group: ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'https', 'child_process'],
          message: 'Workflows must stay deterministic: do I/O in activities.',
        },
        {
          group: [
            '../../store/*',
            '../../gateway/*',
            '../../common/config',
            '../store/*',
            '../gateway/*',
            '../common/config',
            'pg',
            'ioredis',
            'kysely',
            'express',
          ],
          message: 'Workflows reach I/O only through activities.',
        },
        upward(['api', ...ENTRY_POINTS], 'Layering: workflows/ sit below api/ and never import it.'),
      ],
    ),
  ];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.data/',
      'models/',
      'coverage/',
      'web/vendor/',
      'web/dist/',
      'tests/.artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Activities and handlers are async by contract even when a given one needs no await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  ...layeringBlocks(),
  {
    // One retry convention for every workflow: which errors stop retrying is the error catalogue's.
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='retry'] > ObjectExpression",
          message: 'Build activity retry policies with retryPolicy() (workflows/retry-policy.ts).',
        },
      ],
    },
  },
  {
    files: ['**/*.cjs', '**/*.mjs', '**/*.config.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'commonjs',
      globals: { ...globals.node },
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
      'no-redeclare': 'off',
    },
  },
);
