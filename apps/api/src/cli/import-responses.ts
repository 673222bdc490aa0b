import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Locale } from '@kizuna/domain';
import {
  processNextSurveyImport,
  queueSurveyImport,
} from '../features/surveys/survey-import.service';
import { loadSurveyImport } from '../features/surveys/survey.resolver';
import { runCli, withCliDatabase } from './cli-database';

const USAGE = 'usage: npm run import:responses -- <file.csv>   (columns: see README "Survey CSV")';

function bar(done: number, total: number): string {
  const width = 30;
  const share = total > 0 ? done / total : 0;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`;
}

runCli(async () => {
  const file = process.argv[2];
  if (!file || file.startsWith('--')) {
    console.error(USAGE);
    return 2;
  }
  // npm runs workspace scripts in the workspace folder; INIT_CWD is where the user typed it.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const content = await readFile(path);
  const locale: Locale = (process.env.LANG ?? '').startsWith('ja') ? 'ja' : 'en';
  return withCliDatabase(async (dataSource) => {
    const queued = await queueSurveyImport(dataSource, null, basename(path), content);
    if (!queued.ok) {
      for (const e of queued.errors) console.error(e.message[locale]);
      return 1;
    }
    const progress = setInterval(() => {
      void loadSurveyImport({ dataSource, locale }, queued.id).then((i) => {
        if (i && i.status === 'RUNNING')
          process.stdout.write(`\r  ${bar(i.processedRows, i.totalRows)}`);
      });
    }, 300);
    await processNextSurveyImport(dataSource, undefined, queued.id);
    clearInterval(progress);
    const result = await loadSurveyImport({ dataSource, locale }, queued.id);
    if (!result) throw new Error('the import disappeared');
    process.stdout.write(`\r  ${bar(result.processedRows, result.totalRows)}\n`);
    if (result.status === 'FAILED') {
      console.error(`${basename(path)}: ${result.failure}`);
      return 1;
    }
    console.log(
      `${basename(path)} (${result.encoding}): ${result.totalRows} rows — ${result.importedRows} imported, ` +
        `${result.duplicateRows} already there, ${result.errorRows} refused.`,
    );
    for (const e of result.errors)
      console.log(`  line ${e.line}${e.field ? ` [${e.field}]` : ''}: ${e.message}`);
    if (result.errorRows > result.errors.length)
      console.log(`  … and ${result.errorRows - result.errors.length} more rows refused.`);
    return result.errorRows > 0 ? 3 : 0;
  });
});
