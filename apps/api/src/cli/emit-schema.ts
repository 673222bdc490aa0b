import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printStableSchema } from '../graphql/print-schema';
import { buildKizunaSchema } from '../graphql/schema';

/** Write apps/api/schema.graphql; with --check, fail if the committed file differs. */
async function main(): Promise<number> {
  const file = resolve(__dirname, '..', '..', 'schema.graphql');
  const printed = printStableSchema(await buildKizunaSchema());
  if (process.argv.includes('--check')) {
    const { readFileSync, existsSync } = await import('node:fs');
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (committed !== printed) {
      console.error(
        'apps/api/schema.graphql is out of date: run `npm run schema:emit` and commit it.',
      );
      return 1;
    }
    console.log('schema.graphql is up to date.');
    return 0;
  }
  writeFileSync(file, printed);
  console.log(`Wrote ${file}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
