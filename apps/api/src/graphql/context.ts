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
  dataSource: DataSource;
  loaders: Loaders;
}
