import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed API schema: `graphql(...)` in *.operations.ts files.
 * `npm test` generates into a temporary folder (KOMPLAN_CODEGEN_OUT) and fails when the committed
 * apps/web/src/gql differs.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.operations.ts'],
  ignoreNoDocuments: true,
  generates: {
    [process.env['KOMPLAN_CODEGEN_OUT'] ?? 'apps/web/src/gql/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
