import { withCliDatabase, runCli } from './cli-database';
import { migrate } from '../db/data-source';

runCli(() =>
  withCliDatabase(async (dataSource) => {
    const applied = await migrate(dataSource);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  }),
);
