import {
  DEFAULT_DEMO_CUSTOMERS,
  DEFAULT_DEMO_SEED,
  seedCatalog,
  seedCustomers,
  seedStaff,
} from '../features/demo/demo-seed';
import { DEFAULT_DEMO_RESPONSES, seedSurveyResponses } from '../features/demo/demo-surveys';
import { flag, runCli, withCliDatabase } from './cli-database';

const USAGE = 'usage: npm run seed -- [--customers N] [--responses N] [--seed S]';

const count = (n: number) => n.toLocaleString('en');
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

runCli(async () => {
  if (process.env.NODE_ENV === 'production') {
    console.error('Refusing to seed demo data with NODE_ENV=production.');
    return 1;
  }
  const argv = process.argv.slice(2);
  const customers = Number(flag(argv, 'customers') ?? DEFAULT_DEMO_CUSTOMERS);
  const responses = Number(flag(argv, 'responses') ?? DEFAULT_DEMO_RESPONSES);
  const seed = Number(flag(argv, 'seed') ?? DEFAULT_DEMO_SEED);
  if (![customers, responses, seed].every(Number.isInteger) || customers < 0 || responses < 0) {
    console.error(USAGE);
    return 2;
  }
  await withCliDatabase(async (dataSource) => {
    await seedCatalog(dataSource);
    await seedStaff(dataSource);
    let started = Date.now();
    await seedCustomers(dataSource, {
      count: customers,
      seed,
      onProgress: (done) =>
        process.stdout.write(`\r  customers: ${count(done)} / ${count(customers)}`),
    });
    process.stdout.write(
      `\nSeeded ${count(customers)} customers in ${seconds(started)} s (seed ${seed}).\n`,
    );
    started = Date.now();
    await seedSurveyResponses(dataSource, {
      count: responses,
      seed,
      onProgress: (done) =>
        process.stdout.write(`\r  survey responses: ${count(done)} / ${count(responses)}`),
    });
    process.stdout.write(
      `\nSeeded ${count(responses)} survey responses in ${seconds(started)} s (seed ${seed}).\n`,
    );
  });
});
