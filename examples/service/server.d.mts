export interface ServiceOptions {
  /** 0 (default) picks a free port */
  port?: number;
  host?: string;
  /** base latency of every endpoint but /health (ms) */
  delayMs?: number;
  /** extra uniform random latency in [0, jitterMs) (ms), drawn from the seeded generator */
  jitterMs?: number;
  /** extra latency and/or CPU on one path only (an injected regression) */
  slow?: { path: string; extraMs?: number; cpuMs?: number };
  /** busy CPU per request, every endpoint but /health (ms of wall time spun) */
  cpuMs?: number;
  /** fixed computation per request, every endpoint but /health (loop iterations) */
  work?: number;
  /** memory kept per request and never freed, every endpoint but /health (KiB): a leak */
  leakKb?: number;
  /** share (0..1) of requests to one path answered 500 */
  errorRate?: { path: string; rate: number };
  /** seed of the jitter and error draws (default 1) */
  seed?: number;
}

export interface RunningService {
  /** base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** requests received so far */
  readonly requests: number;
  close(): Promise<void>;
}

export function startService(options?: ServiceOptions): Promise<RunningService>;
export function optionsFromEnv(env?: Record<string, string | undefined>): ServiceOptions & { port: number };
