// The unit tests Stryker runs against mutants (npm run test:mutation): the pure modules' tests
// only — no test here starts PostgreSQL or a server, so a mutant is judged in milliseconds.
// The include list replaces the base one (mergeConfig would append to it and run every test);
// MUTATION_TESTS (comma-separated, set by scripts/mutation.ts for one module) narrows it further.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: process.env.MUTATION_TESTS?.split(',') ?? [
      'lib/compare/**/*.test.ts',
      'lib/view-state/**/*.test.ts',
      'lib/tables/**/*.test.ts',
      'lib/figures/**/*.test.ts',
      'lib/data-package/**/*.test.ts',
      'lib/parser/{tables/applicants,normalize/chinese,tables/spaced,resolve/copies}.test.ts',
      'lib/ocr/{solve,rows}.test.ts',
      'lib/http/{csv,etag,query-params,rate-limit,security-headers,body-limit,content-disposition}.test.ts',
      'lib/collect/{address,classify,robots,signals,scripts,page}.test.ts',
    ],
  },
});
