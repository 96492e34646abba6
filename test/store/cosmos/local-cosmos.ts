// @vercel/cosmosdb-server on a random local port, over plain HTTP, for tests and the benchmark.
// A thin front lets a test make the next requests fail (429, 503, a hang) before they reach it.
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '@vercel/cosmosdb-server';

/** The emulator ignores the key, but the client signs requests with it, so it must be base64. */
export const EMULATOR_KEY = Buffer.from('herstart-test-key').toString('base64');

export type Fault = (req: IncomingMessage, res: ServerResponse) => boolean;

/** One request as the front saw it: times from performance.now(), in this process. */
export interface LoggedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  start: number;
  /** When the answer was sent (NaN while it is under way). */
  end: number;
  status: number;
}

export interface LocalCosmos {
  endpoint: string;
  /** Faults tried in order on each request; one that returns true has answered it. */
  faults: Fault[];
  /** Requests that reached the front, faults included. */
  requests: number;
  /** While `recording`: every request that reached the front, in arrival order, with its timing. */
  log: LoggedRequest[];
  recording: boolean;
  /**
   * Added to every request before the emulator sees it, like a network round trip: with it,
   * requests sent together overlap in time and requests awaited one after another do not.
   */
  latencyMs: number;
  /** Lets the next matching request through, then drops the connection instead of answering. */
  landThenDrop(times: number, match: (req: IncomingMessage) => boolean): Fault;
  close(): Promise<void>;
}

export async function startLocalCosmos(): Promise<LocalCosmos> {
  // keepAlive: without it the emulator closes the connection after every response.
  const emulator = createHttpServer({ keepAlive: true });
  // The emulator builds its account when it starts listening; the front then hands it requests.
  await new Promise<void>((resolve) => emulator.listen(0, '127.0.0.1', resolve));
  const handler = emulator.listeners('request')[0] as RequestListener;
  const local: LocalCosmos = {
    endpoint: '',
    faults: [],
    requests: 0,
    log: [],
    recording: false,
    latencyMs: 0,
    landThenDrop: (times, match) => {
      let left = times;
      return (req, res) => {
        if (left <= 0 || !match(req)) return false;
        left--;
        res.end = (() => {
          res.socket?.destroy();
          return res;
        }) as ServerResponse['end'];
        handler(req, res);
        return true;
      };
    },
    close: async () => {
      await close(front);
      await close(emulator);
    },
  };
  const front: Server = createServer((req, res) => {
    local.requests++;
    const entry: LoggedRequest = { method: req.method ?? 'GET', url: req.url ?? '', headers: req.headers, start: performance.now(), end: Number.NaN, status: 0 };
    if (local.recording) local.log.push(entry);
    res.once('finish', () => {
      entry.end = performance.now();
      entry.status = res.statusCode;
    });
    const pass = () => {
      for (const fault of local.faults) if (fault(req, res)) return;
      handler(req, res);
    };
    if (local.latencyMs > 0) setTimeout(pass, local.latencyMs);
    else pass();
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  local.endpoint = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  return local;
}

/** Answers the next `times` matching requests with `status` (and a retry-after for 429). */
export function failNext(times: number, status: number, match: (req: IncomingMessage) => boolean = () => true, retryAfterMs = 20): Fault {
  let left = times;
  return (req, res) => {
    if (left <= 0 || !match(req)) return false;
    left--;
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-ms-request-charge': '0' };
    if (status === 429) headers['x-ms-retry-after-ms'] = String(retryAfterMs);
    res.writeHead(status, headers);
    res.end(JSON.stringify({ code: String(status), message: `injected ${status}` }));
    return true;
  };
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
}
