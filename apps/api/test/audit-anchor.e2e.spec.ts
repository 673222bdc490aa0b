import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { auditHash } from '../src/features/audit/audit-hash';
import { recordAudit } from '../src/features/audit/audit.service';
import { verifyAuditChain } from '../src/features/audit/audit-verify';
import { createTrialCustomer } from './helpers/factories';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';
import { startTestServer } from './helpers/test-server';

/** Append `n` events the way every service does (one transaction each). */
async function append(db: TestDatabase, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    await db.dataSource.transaction((m) =>
      recordAudit(m, {
        actor: null,
        requestId: null,
        action: 'customer.trialStarted',
        entityType: 'Customer',
        entityId: randomUUID(),
        before: null,
        after: { n: i },
      }),
    );
  }
}

async function ids(db: TestDatabase): Promise<string[]> {
  const rows: { id: string }[] = await db.dataSource.query(
    `SELECT id::text FROM audit_event ORDER BY id`,
  );
  return rows.map((r) => r.id);
}

/** As the owner with the append-only triggers off: what someone with database access can do. */
function tamper(db: TestDatabase, run: (owner: Client) => Promise<void>): Promise<void> {
  return db.asOwner(async (owner) => {
    await owner.query('BEGIN');
    await owner.query(`ALTER TABLE audit_event DISABLE TRIGGER USER`);
    await run(owner);
    await owner.query(`ALTER TABLE audit_event ENABLE TRIGGER USER`);
    await owner.query('COMMIT');
  });
}

/** Edit event `fromId` and recompute every hash from it on, as a forger without the key would. */
async function editAndRecompute(owner: Client, fromId: string): Promise<void> {
  await owner.query(`UPDATE audit_event SET after = '{"n": 999}' WHERE id = $1`, [fromId]);
  const { rows } = await owner.query<{
    id: string;
    occurred_at: Date;
    actor_type: string;
    actor_id: string | null;
    actor_name: string;
    request_id: string | null;
    action: string;
    entity_type: string;
    entity_id: string;
    before: unknown;
    after: unknown;
    prev_hash: Buffer | null;
  }>(
    `SELECT *, id::text AS id FROM audit_event WHERE audit_event.id >= $1 ORDER BY audit_event.id`,
    [fromId],
  );
  let prev = rows[0]!.prev_hash;
  for (const r of rows) {
    const hash = auditHash(prev, {
      occurredAt: r.occurred_at.toISOString(),
      actorType: r.actor_type,
      actorId: r.actor_id,
      actorName: r.actor_name,
      requestId: r.request_id,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
    });
    await owner.query(`UPDATE audit_event SET prev_hash = $2, hash = $3 WHERE id = $1`, [
      r.id,
      prev,
      hash,
    ]);
    prev = hash;
  }
  // The head names the recomputed end too (its HMAC cannot be recomputed without the key).
  await owner.query(`UPDATE audit_anchor SET last_hash = $1`, [prev]);
}

describe('audit chain anchored by an HMAC key the database does not hold', () => {
  it('is intact after normal use of the API, every event signed and the head at its end', async () => {
    const server = await startTestServer();
    try {
      for (let i = 0; i < 3; i += 1) await createTrialCustomer(server);
      const all = await ids(server.db);
      const result = await verifyAuditChain(server.db.dataSource);
      expect(result).toMatchObject({
        ok: true,
        checked: all.length,
        unanchored: 0,
        unanchoredBefore: null,
        firstBrokenId: null,
      });
      expect(result.head?.id).toBe(all.at(-1));
      const [unsigned] = await server.db.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE hmac IS NULL`,
      );
      expect(unsigned.n).toBe(0);
    } finally {
      await server.close();
    }
  });

  describe('tampering by someone with database access', () => {
    let db: TestDatabase;
    beforeEach(async () => {
      db = await createTestDatabase({ poolSize: 2 });
      await append(db, 8);
    });
    afterEach(() => db.drop());

    it('names the first edited event when the chain was recomputed after an edit', async () => {
      const edited = (await ids(db))[3]!;
      await tamper(db, (owner) => editAndRecompute(owner, edited));
      const result = await verifyAuditChain(db.dataSource);
      expect(result).toMatchObject({ ok: false, firstBrokenId: edited });
      expect(result.reason).toMatch(/HMAC/);
    });

    it('reports the removal of the newest events, and keeps reporting it after new appends', async () => {
      const all = await ids(db);
      await tamper(db, async (owner) => {
        await owner.query(
          `DELETE FROM audit_event WHERE id IN (SELECT id FROM audit_event ORDER BY id DESC LIMIT 3)`,
        );
      });
      const truncated = await verifyAuditChain(db.dataSource);
      expect(truncated).toMatchObject({ ok: false, firstBrokenId: all.at(-1) });
      expect(truncated.reason).toMatch(/newest events were removed/);
      expect(truncated.reason).toContain(`ends at #${all.at(-4)}`);

      // The next event links to the signed head, not to the row left at the end: still caught.
      await append(db, 1);
      const after = await verifyAuditChain(db.dataSource);
      expect(after.ok).toBe(false);
      expect(after.firstBrokenId).toBe((await ids(db)).at(-1));
      expect(after.reason).toMatch(/does not link/);
    });

    it('refuses a head whose HMAC was not made with the key', async () => {
      const all = await ids(db);
      await tamper(db, async (owner) => {
        await owner.query(`DELETE FROM audit_event WHERE id = $1`, [all.at(-1)]);
        await owner.query(`ALTER TABLE audit_anchor DISABLE TRIGGER USER`);
        await owner.query(
          `UPDATE audit_anchor SET last_event_id = $1,
             last_hash = (SELECT hash FROM audit_event WHERE id = $1),
             hmac = (SELECT hmac FROM audit_event WHERE id = $1)`,
          [all.at(-2)],
        );
        await owner.query(`ALTER TABLE audit_anchor ENABLE TRIGGER USER`);
      });
      const result = await verifyAuditChain(db.dataSource);
      expect(result).toMatchObject({ ok: false, firstBrokenId: all.at(-2) });
      expect(result.reason).toMatch(/signed head .* invalid HMAC/);
    });

    it('reports events written before the anchor as unanchored, and a stripped HMAC after it as broken', async () => {
      const all = await ids(db);
      // As the migration leaves an existing trail: the oldest events have no HMAC.
      await tamper(db, (owner) =>
        owner
          .query(`UPDATE audit_event SET hmac = NULL WHERE id <= $1`, [all[2]])
          .then(() => undefined),
      );
      const legacy = await verifyAuditChain(db.dataSource);
      expect(legacy).toMatchObject({ ok: true, unanchored: 3, unanchoredBefore: all[3] });
      await append(db, 1);
      expect(await verifyAuditChain(db.dataSource)).toMatchObject({ ok: true, unanchored: 3 });

      await tamper(db, (owner) =>
        owner.query(`UPDATE audit_event SET hmac = NULL WHERE id = $1`, [all[5]]).then(() => {}),
      );
      const stripped = await verifyAuditChain(db.dataSource);
      expect(stripped).toMatchObject({ ok: false, firstBrokenId: all[5] });
      expect(stripped.reason).toMatch(/no HMAC/);
    });

    it('fails every signed event when verified with another key', async () => {
      const result = await verifyAuditChain(db.dataSource, 5000, Buffer.alloc(32, 7));
      expect(result).toMatchObject({ ok: false, firstBrokenId: (await ids(db))[0] });
    });
  });
});
