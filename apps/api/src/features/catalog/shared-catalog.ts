import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { logger } from '../../observability/logger';
import { readCatalog, type CatalogSnapshot } from './catalog.loaders';

/** Sent by the triggers on plan and catalog_option (migration 1763900000005) when a change commits. */
export const CATALOG_CHANGED_CHANNEL = 'kizuna_catalog_changed';
/** Payload prefix of a listener's notification to itself (heartbeat), which changes nothing. */
const PING = 'ping:';

export interface SharedCatalogTimings {
  /** First reconnection delay, doubled after each failure up to `retryMaxMs`. */
  retryMs: number;
  retryMaxMs: number;
  /**
   * How often the listener proves that notifications still reach it, by sending one to itself.
   * A connection dropped silently (a NAT or firewall idle timeout), or a pooler that accepts
   * LISTEN but never delivers (PgBouncer in transaction mode), would otherwise keep the catalog
   * shared without hearing of changes.
   */
  heartbeatMs: number;
  /** Connecting, or a heartbeat's notification, not back within this long: the listener is lost. */
  timeoutMs: number;
}

const DEFAULT_TIMINGS: SharedCatalogTimings = {
  retryMs: 1_000,
  retryMaxMs: 30_000,
  heartbeatMs: 30_000,
  timeoutMs: 5_000,
};

/**
 * The catalog, read once and shared by the requests of this process for as long as PostgreSQL
 * says it has not changed (ADR 0008). Replicas stay stateless: each keeps only this derived copy
 * and drops it when the database notifies a change (LISTEN on its own connection). While that
 * connection is not listening — starting, lost, reconnecting — nothing is shared and every request
 * reads the catalog itself, so a missed notification can never leave a replica stale.
 */
export class SharedCatalog {
  private current: Promise<CatalogSnapshot> | undefined;
  private client: pg.Client | undefined;
  private listening = false;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private heartbeatRunning = false;
  /** The heartbeat notification this listener waits for. */
  private pendingPing: { nonce: string; arrived: () => void } | undefined;
  private retryMs: number;

  private readonly timings: SharedCatalogTimings;

  constructor(
    private readonly connectionString: string | undefined,
    private readonly read: (dataSource: DataSource) => Promise<CatalogSnapshot> = readCatalog,
    timings: Partial<SharedCatalogTimings> = {},
  ) {
    this.timings = { ...DEFAULT_TIMINGS, ...timings };
    this.retryMs = this.timings.retryMs;
  }

  /** True once notifications arrive; the catalog is shared only then. */
  get isShared(): boolean {
    return this.listening;
  }

  /** The shared snapshot; read through `dataSource` (the caller's request) when there is none. */
  get(dataSource: DataSource): Promise<CatalogSnapshot> {
    if (!this.listening) return this.read(dataSource);
    if (!this.current) {
      const reading = this.read(dataSource);
      this.current = reading;
      reading.catch(() => {
        if (this.current === reading) this.current = undefined;
      });
    }
    return this.current;
  }

  /** Forget the snapshot: the next request reads the catalog again. */
  invalidate(): void {
    this.current = undefined;
  }

  /**
   * Connect the listener. Resolves after the first attempt, so that a started app shares the
   * catalog from its first request; a failed attempt is retried in the background with back-off.
   */
  async start(): Promise<this> {
    await this.connect();
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.drop();
    if (client) await this.close(client);
  }

  private async connect(): Promise<void> {
    if (this.stopped || !this.connectionString) return;
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: 'kizuna-api-catalog-listener',
      connectionTimeoutMillis: this.timings.timeoutMs, // start-up waits for the first attempt
      query_timeout: this.timings.timeoutMs,
    });
    this.client = client;
    client.on('notification', ({ payload }) => {
      if (payload?.startsWith(PING)) {
        if (payload === PING + this.pendingPing?.nonce) this.pendingPing?.arrived();
        return;
      }
      this.invalidate();
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CATALOG_CHANGED_CHANNEL}`);
      await this.ping(client); // notifications really arrive (not so through some poolers)
      if (this.client !== client) return; // stopped or lost meanwhile
      this.invalidate(); // anything read before now may predate a change we did not hear of
      this.listening = true;
      this.retryMs = this.timings.retryMs;
      this.heartbeat = setInterval(() => {
        if (this.heartbeatRunning) return;
        this.heartbeatRunning = true;
        this.ping(client)
          .catch((error: unknown) => this.lost(client, error))
          .finally(() => (this.heartbeatRunning = false));
      }, this.timings.heartbeatMs);
      this.heartbeat.unref();
    } catch (error) {
      this.lost(client, error);
    }
  }

  /** Notify ourselves and wait for it to come back within `timeoutMs`. */
  private async ping(client: pg.Client): Promise<void> {
    const nonce = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    const arrived = new Promise<void>((resolve, reject) => {
      this.pendingPing = { nonce, arrived: resolve };
      timer = setTimeout(
        () => reject(new Error(`own notification not back within ${this.timings.timeoutMs} ms`)),
        this.timings.timeoutMs,
      );
    });
    arrived.catch(() => undefined); // awaited below, unless the NOTIFY itself fails first
    try {
      await client.query('SELECT pg_notify($1, $2)', [CATALOG_CHANGED_CHANNEL, PING + nonce]);
      await arrived;
    } finally {
      clearTimeout(timer);
      if (this.pendingPing?.nonce === nonce) this.pendingPing = undefined;
    }
  }

  /** End the connection, politely if the server answers, else by closing the socket. */
  private async close(client: pg.Client): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.timings.timeoutMs);
    });
    const ended = await Promise.race([client.end().catch(() => 'ended' as const), gaveUp]);
    clearTimeout(timer);
    // A dead peer never acknowledges the goodbye: drop the socket (pg keeps it on `connection`).
    if (ended === 'timeout')
      (client as unknown as { connection: { stream: Socket } }).connection.stream.destroy();
  }

  private lost(client: pg.Client, error?: unknown): void {
    if (this.client !== client) return; // already handled (error, then end)
    this.drop();
    client.removeAllListeners();
    client.on('error', () => undefined);
    void this.close(client);
    if (this.stopped) return;
    logger.warn(
      { err: error, retryInMs: this.retryMs },
      'catalog change listener lost: the catalog is read per request until it is back',
    );
    this.retry = setTimeout(() => void this.connect(), this.retryMs);
    this.retry.unref();
    this.retryMs = Math.min(this.retryMs * 2, this.timings.retryMaxMs);
  }

  private drop(): void {
    clearInterval(this.heartbeat);
    this.client = undefined;
    this.listening = false;
    this.invalidate();
  }
}
