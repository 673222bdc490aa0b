import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as a webhook receiver saw it. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  /** The parsed body. */
  event: { id: string; type: string; occurredAt: string; data: Record<string, unknown> };
}

export interface WebhookReceiver {
  url: string;
  requests: ReceivedWebhook[];
  /** Requests answered so far (a request waiting for its answer is not). */
  answered: number;
  /** Requests received and not answered yet. */
  waiting: number;
  close(): Promise<void>;
}

/** The status of the n-th request (1-based); a promise holds the answer back until it settles. */
export type Answer = (request: ReceivedWebhook, n: number) => number | Promise<number>;

/** A real HTTP receiver on 127.0.0.1 that records every request and answers as told. */
export async function startWebhookReceiver(answer: Answer = () => 200): Promise<WebhookReceiver> {
  const receiver = { requests: [] as ReceivedWebhook[], answered: 0, waiting: 0 };
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const request: ReceivedWebhook = {
        headers: req.headers,
        id: String(req.headers['webhook-id']),
        timestamp: String(req.headers['webhook-timestamp']),
        signature: String(req.headers['webhook-signature']),
        body,
        event: JSON.parse(body) as ReceivedWebhook['event'],
      };
      receiver.requests.push(request);
      receiver.waiting++;
      void Promise.resolve(answer(request, receiver.requests.length)).then((status) => {
        receiver.waiting--;
        receiver.answered++;
        // A body the API must never keep nor echo.
        if (!res.destroyed) res.writeHead(status).end('receiver-private-body');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/hooks/kizuna`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

/**
 * Standard Webhooks verification, written from the specification (not from the API's code): the
 * key is the base64 after `whsec_`; the signed content is `id.timestamp.body`; the header holds
 * space-separated `v1,<base64 HMAC-SHA256>` signatures, any one of which may match.
 */
export function verifyStandardWebhook(secret: string, request: ReceivedWebhook): boolean {
  if (!secret.startsWith('whsec_')) throw new Error('not a Standard Webhooks secret');
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key)
    .update(`${request.id}.${request.timestamp}.${request.body}`)
    .digest();
  return request.signature.split(' ').some((part) => {
    const [version, signature] = part.split(',');
    if (version !== 'v1' || !signature) return false;
    const given = Buffer.from(signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** A promise and the function that settles it: a receiver's answer held back by the test. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Wait (real time, briefly) for something another party does, e.g. a receiver being called. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  ms = 5_000,
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
