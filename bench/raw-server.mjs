// Raw-PostgreSQL baseline: the same JSON as the API's nested customers query, produced by a
// hand-written handler on node:http + pg with no framework. Started by customers-query.mjs.
import { createServer } from 'node:http';
import pg from 'pg';

// Same pool size as the API's (createDataSource: 10); named so that the bench can find its
// PostgreSQL backends and count their CPU.
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  application_name: 'kizuna-raw-baseline',
});
const gid = (type, id) => Buffer.from(`${type}:${id}`).toString('base64url');

const SQL = `
  SELECT c.id, c.name, c.stage, s.status,
         p.code AS plan_code, p.name_ja AS plan_name,
         COALESCE((SELECT json_agg(json_build_object('code', o.code, 'kind', o.kind, 'factorCategory', o.factor_category)
                                   ORDER BY o.sort_order, o.code)
                     FROM subscription_option so JOIN catalog_option o ON o.id = so.option_id
                    WHERE so.subscription_id = s.id), '[]') AS options
    FROM customer c
    LEFT JOIN subscription s ON s.customer_id = c.id
    LEFT JOIN plan p ON p.id = s.plan_id
   ORDER BY c.created_at DESC, c.id DESC
   LIMIT 100`;

const server = createServer(async (req, res) => {
  try {
    const { rows } = await pool.query(SQL);
    const edges = rows.map((r) => ({
      node: {
        id: gid('Customer', r.id),
        name: r.name,
        stage: r.stage,
        subscription: r.status
          ? { status: r.status, plan: { code: r.plan_code, name: r.plan_name }, options: r.options }
          : null,
      },
    }));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: { customers: { edges } } }));
  } catch (error) {
    res.writeHead(500);
    res.end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('raw baseline ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
