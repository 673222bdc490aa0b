import { requestDataSource } from '../src/db/request-data-source';
import { seedCatalog } from '../src/features/demo/demo-seed';
import { PlanEntity } from '../src/features/catalog/plan.entity';
import { newRequestScope } from '../src/observability/request-scope';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedCatalog(db.dataSource);
});
afterAll(() => db.drop());

// x-sql-statements counts what a request's DataSource runs, whichever TypeORM API it uses.
describe('request-scoped DataSource', () => {
  it('counts raw queries, repositories, query builders and transactions against its request', async () => {
    const scope = newRequestScope(undefined);
    const other = newRequestScope(undefined);
    const scoped = requestDataSource(db.dataSource, scope);
    const elsewhere = requestDataSource(db.dataSource, other);

    await scoped.query('SELECT 1');
    expect(scope.sqlStatements).toBe(1);
    expect(await scoped.getRepository(PlanEntity).count()).toBe(3);
    expect(scope.sqlStatements).toBe(2);
    await scoped.createQueryBuilder().select('p.code').from(PlanEntity, 'p').getRawMany();
    expect(scope.sqlStatements).toBe(3);
    await scoped.transaction(async (manager) => {
      await manager.query('SELECT 1');
      await manager.getRepository(PlanEntity).findOneBy({ code: 'BASIC' });
    });
    // START TRANSACTION + 2 + COMMIT
    expect(scope.sqlStatements).toBe(7);

    await Promise.all([elsewhere.query('SELECT 1'), db.dataSource.query('SELECT 1')]);
    expect(other.sqlStatements).toBe(1);
    expect(scope.sqlStatements).toBe(7);
  });
});
