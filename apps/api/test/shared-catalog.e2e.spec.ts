import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import {
  createCatalogLoaders,
  readCatalog,
  type CatalogSnapshot,
} from '../src/features/catalog/catalog.loaders';
import { SharedCatalog, type SharedCatalogTimings } from '../src/features/catalog/shared-catalog';
import { seedCatalog } from '../src/features/demo/demo-seed';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedCatalog(db.dataSource);
});
afterAll(() => db.drop());

/** A SharedCatalog that counts its reads of the catalog. */
function countingCatalog(url = db.url, timings: Partial<SharedCatalogTimings> = {}) {
  const reads = { count: 0 };
  const read = (ds: DataSource): Promise<CatalogSnapshot> => {
    reads.count += 1;
    return readCatalog(ds);
  };
  return { catalog: new SharedCatalog(url, read, timings), reads };
}

async function eventually(check: () => boolean | Promise<boolean>, what: string) {
  for (let i = 0; i < 100; i += 1) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not within 10 s: ${what}`);
}

describe('SharedCatalog', () => {
  it('reads per request until it listens, then once until PostgreSQL reports a change', async () => {
    const { catalog, reads } = countingCatalog();
    await catalog.get(db.dataSource);
    await catalog.get(db.dataSource);
    expect(reads.count).toBe(2); // not listening: nothing is shared

    await catalog.start();
    try {
      expect(catalog.isShared).toBe(true);
      const [a, b] = await Promise.all([catalog.get(db.dataSource), catalog.get(db.dataSource)]);
      const c = await catalog.get(db.dataSource);
      expect(reads.count).toBe(3);
      expect(b).toBe(a);
      expect(c).toBe(a);
      expect(Object.isFrozen(a.plans[0])).toBe(true);

      await db.dataSource.query(`UPDATE catalog_option SET name_en = name_en || ' (new)'`);
      await eventually(async () => {
        const now = await catalog.get(db.dataSource);
        return now.options.every((o) => o.nameEn.endsWith(' (new)'));
      }, 'the changed options');
      const readsAfterChange = reads.count;
      await catalog.get(db.dataSource);
      expect(reads.count).toBe(readsAfterChange); // shared again
    } finally {
      await catalog.stop();
    }
  });

  it('stops sharing while its listener is lost, and shares again once it is back', async () => {
    const { catalog, reads } = countingCatalog();
    await catalog.start();
    try {
      await catalog.get(db.dataSource);
      // As the owner: the listener's session is the owner's login (under SET ROLE).
      await db.asOwner((owner) =>
        owner.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE application_name = 'kizuna-api-catalog-listener' AND datname = current_database()`,
        ),
      );
      await eventually(() => !catalog.isShared, 'the listener to be lost');
      const before = reads.count;
      await catalog.get(db.dataSource);
      await catalog.get(db.dataSource);
      expect(reads.count).toBe(before + 2); // a change now would not be heard: read each time

      await eventually(() => catalog.isShared, 'the listener to reconnect');
      const reconnected = reads.count;
      await catalog.get(db.dataSource);
      await catalog.get(db.dataSource);
      expect(reads.count).toBe(reconnected + 1);
    } finally {
      await catalog.stop();
    }
    expect(catalog.isShared).toBe(false);
  });

  it('stops sharing when its connection goes silent (heartbeat), e.g. dropped by a firewall', async () => {
    const proxy = await blackHoleProxy(db.url);
    const { catalog, reads } = countingCatalog(proxy.url, {
      heartbeatMs: 200,
      timeoutMs: 500,
      retryMs: 60_000,
    });
    try {
      await catalog.start();
      expect(catalog.isShared).toBe(true);
      proxy.goSilent(); // no error, no close: packets just stop arriving
      await eventually(() => !catalog.isShared, 'the heartbeat to notice');
      const before = reads.count;
      await catalog.get(db.dataSource);
      expect(reads.count).toBe(before + 1);
    } finally {
      await catalog.stop();
      await proxy.close();
    }
  });

  it('does not share through a connection that accepts LISTEN but never delivers (a transaction pooler)', async () => {
    const proxy = await blackHoleProxy(db.url);
    proxy.dropNotifications();
    const { catalog, reads } = countingCatalog(proxy.url, { timeoutMs: 500, retryMs: 60_000 });
    try {
      await catalog.start();
      expect(catalog.isShared).toBe(false);
      await catalog.get(db.dataSource);
      await catalog.get(db.dataSource);
      expect(reads.count).toBe(2);
    } finally {
      await catalog.stop();
      await proxy.close();
    }
  });

  it('stops within its timeout even when the server no longer answers', async () => {
    const proxy = await blackHoleProxy(db.url);
    const { catalog } = countingCatalog(proxy.url, { heartbeatMs: 60_000, timeoutMs: 300 });
    try {
      await catalog.start();
      expect(catalog.isShared).toBe(true);
      proxy.goSilent();
      const started = Date.now();
      await catalog.stop();
      // The goodbye goes unanswered: stop gives up after timeoutMs instead of waiting forever.
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await proxy.close();
    }
  });

  it('reads again when a request meets a plan the shared snapshot lacks (change not yet heard)', async () => {
    const { catalog, reads } = countingCatalog();
    await catalog.start();
    try {
      await createCatalogLoaders(db.dataSource, catalog).snapshot();
      const shared = reads.count;
      // A change that does not notify (triggers off), as if its notification were still on its way.
      // Disabling a trigger takes the table's owner (the application's role is not).
      const id: string = await db.asOwner(async (tx) => {
        await tx.query('BEGIN');
        await tx.query(`ALTER TABLE plan DISABLE TRIGGER plan_changed_notify`);
        const { rows } = await tx.query<{ id: string }>(
          `INSERT INTO plan (code, name_ja, name_en, monthly_fee_yen, limits, sla_target_percent, sort_order)
           VALUES ('LATE', '後発', 'Late', 1000, '{}', 99.0, 99) RETURNING id`,
        );
        await tx.query(`ALTER TABLE plan ENABLE TRIGGER plan_changed_notify`);
        await tx.query('COMMIT');
        return rows[0]!.id;
      });
      const request = createCatalogLoaders(db.dataSource, catalog);
      expect((await request.planById.load(id))?.code).toBe('LATE');
      expect(reads.count).toBe(shared + 1);
      // The new snapshot is the shared one now.
      const next = createCatalogLoaders(db.dataSource, catalog);
      expect((await next.planById.load(id))?.code).toBe('LATE');
      expect(reads.count).toBe(shared + 1);
    } finally {
      await catalog.stop();
    }
  });

  it('does not share without a database URL to listen on', async () => {
    const catalog = await new SharedCatalog(undefined).start();
    expect(catalog.isShared).toBe(false);
    await catalog.stop();
  });
});

/**
 * A TCP proxy to the database that can stop forwarding without closing anything, or drop just
 * the server's NotificationResponse messages (type 'A') as a transaction pooler in effect does.
 */
async function blackHoleProxy(databaseUrl: string) {
  const target = new URL(databaseUrl);
  const sockets: Socket[] = [];
  let silent = false;
  let noNotifications = false;
  // allowHalfOpen: a silent proxy must not answer a goodbye (FIN) either, as a dead peer would not.
  const server: Server = createServer({ allowHalfOpen: true }, (client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.push(client, upstream);
    let pending = Buffer.alloc(0);
    client.on('data', (d) => silent || upstream.write(d));
    upstream.on('data', (d) => {
      if (silent) return;
      // Server messages: a type byte and an int32 length (which counts itself).
      pending = Buffer.concat([pending, d]);
      while (pending.length >= 5 && pending.length >= 1 + pending.readInt32BE(1)) {
        const message = pending.subarray(0, 1 + pending.readInt32BE(1));
        pending = pending.subarray(message.length);
        if (!(noNotifications && message[0] === 'A'.charCodeAt(0))) client.write(message);
      }
    });
    client.on('end', () => silent || upstream.end());
    upstream.on('end', () => silent || client.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as AddressInfo).port);
  return {
    url: url.toString(),
    goSilent: () => {
      silent = true;
    },
    dropNotifications: () => {
      noNotifications = true;
    },
    close: async () => {
      sockets.forEach((s) => s.destroy());
      await new Promise((r) => server.close(r));
    },
  };
}
