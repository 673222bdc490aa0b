import {
  DEFAULT_DEMO_CUSTOMERS,
  DEFAULT_DEMO_SEED,
  seedCatalog,
  seedCustomers,
  seedStaff,
} from '../features/demo/demo-seed';
import { flag, runCli, withCliDatabase } from './cli-database';

const USAGE = 'usage: npm run seed -- [--customers N] [--seed S]';

runCli(async () => {
  if (process.env.NODE_ENV === 'production') {
    console.error('Refusing to seed demo data with NODE_ENV=production.');
    return 1;
  }
  const argv = process.argv.slice(2);
  const customers = Number(flag(argv, 'customers') ?? DEFAULT_DEMO_CUSTOMERS);
  const seed = Number(flag(argv, 'seed') ?? DEFAULT_DEMO_SEED);
  if (!Number.isInteger(customers) || customers < 0 || !Number.isInteger(seed)) {
    console.error(USAGE);
    return 2;
  }
  await withCliDatabase(async (dataSource) => {
    await seedCatalog(dataSource);
    await seedStaff(dataSource);
    const started = Date.now();
    await seedCustomers(dataSource, {
      count: customers,
      seed,
      onProgress: (done) =>
        process.stdout.write(
          `\r  customers: ${done.toLocaleString('en')} / ${customers.toLocaleString('en')}`,
        ),
    });
    process.stdout.write(
      `\nSeeded ${customers.toLocaleString('en')} customers in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed}).\n`,
    );
  });
});
