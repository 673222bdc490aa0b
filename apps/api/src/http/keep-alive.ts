import type { Server } from 'node:http';

/**
 * Idle keep-alive connections are kept longer than the idle timeout of the load balancers in
 * front of API replicas (60 s on the common ones) and of HTTP clients' pools. With Node's default
 * of 5 s the server closes idle sockets that a client is just reusing, and that request fails
 * with ECONNRESET — seen under load. headersTimeout must exceed keepAliveTimeout.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export function keepConnectionsAlive(server: Server): Server {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  return server;
}
