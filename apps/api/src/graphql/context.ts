import type { DataSource } from 'typeorm';
import type { Clock, Locale, StaffRole } from '@kizuna/domain';
import type { Permission } from '../features/auth/permissions';
import type { Loaders } from './loaders';

export interface Actor {
  kind: 'STAFF' | 'API_KEY';
  id: string;
  displayName: string;
  roles: readonly StaffRole[];
  permissions: ReadonlySet<Permission>;
}

export interface GraphQLContext {
  requestId: string;
  locale: Locale;
  actor: Actor | null;
  /** The raw bearer token, kept only so that logout can end its session. */
  bearerToken: string | null;
  sessionTtlHours: number;
  /** "Now" for every rule of this request (tests move it; production reads the machine's). */
  clock: Clock;
  /** KIZUNA_ERASURE_GRACE_DAYS: days after a churn within which its personal data is erased. */
  erasureGraceDays: number;
  dataSource: DataSource;
  loaders: Loaders;
  /** The client's address (req.ip; behind a proxy, what X-Forwarded-For names). */
  clientAddress: string;
  /** What this request computed once for all its aliases, and what its response must say. */
  perRequest: PerRequest;
}

/** Facts shared by the resolvers of one request (never across requests). */
export interface PerRequest {
  /** Seconds the caller must wait before signing in again: sent as `Retry-After`. */
  retryAfterSeconds?: number;
  /** The audit chain's status, computed at most once per request however many aliases ask. */
  auditChainStatus?: Promise<unknown>;
}
