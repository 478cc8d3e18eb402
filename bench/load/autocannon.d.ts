// The part of autocannon 8's API this benchmark uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  export type Request = {
    method?: "GET" | "POST";
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Called before each send when present; returns the request to send. */
    setupRequest?: (request: Request, context: object) => Request;
    onResponse?: (status: number, body: string, context: object, headers: Record<string, string>) => void;
  };

  /** One connection; it loops over its requests. Emits "timeout" when an answer is overdue, after reconnecting. */
  export interface Client extends EventEmitter {
    setRequests(requests: Request[]): void;
    /** The connection's HTTP response parser (http-parser-js). */
    parser: { initialize(type: "RESPONSE"): void };
  }

  export type Options = {
    url: string;
    connections: number;
    duration: number;
    /** Seconds before a request counts as timed out (default 10). */
    timeout?: number;
    requests?: Request[];
    setupClient?: (client: Client) => void;
  };

  export type Histogram = { average: number; p50: number; p90: number; p97_5: number; p99: number; max: number };

  export type Result = {
    requests: Histogram & { total: number; sent: number };
    latency: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  };

  /** Resolves with the result; emits "response" (client, status, bytes, milliseconds) for every answer. */
  export interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
  }

  export default function autocannon(options: Options): Instance;
}
