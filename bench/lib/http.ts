/**
 * A keep-alive HTTP client over loopback for the load generator: node:http with a pooled
 * agent, so each request costs what a real client's would, not a new TCP connection.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

/** A response with the time it took. */
export interface TimedResponse {
  readonly status: number;
  readonly body: string;
  readonly ms: number;
}

/** A client with its own connection pool. */
export class HttpClient {
  readonly #agent: Agent;

  constructor(maxSockets = 256) {
    this.#agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  /** POSTs JSON and reads the whole answer. */
  postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<TimedResponse> {
    const payload = Buffer.from(JSON.stringify(body));
    return this.#send('POST', url, { 'content-type': 'application/json', 'content-length': String(payload.length), ...headers }, payload);
  }

  /** GETs a URL. */
  get(url: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
    return this.#send('GET', url, headers);
  }

  #send(method: string, url: string, headers: Record<string, string>, payload?: Buffer): Promise<TimedResponse> {
    const target = new URL(url);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(
        { agent: this.#agent, host: target.hostname, port: target.port, path: target.pathname + target.search, method, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}
