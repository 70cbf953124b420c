import { join } from 'node:path';
import type { EngineLogger } from '../engine/logger.ts';
import { freePort } from './free-port.ts';
import { type GroupProcess, runToCompletion, startGroup } from './process-group.ts';
import { type ReadyCheck, waitReady } from './ready.ts';
import { addWorktree, removeWorktree } from './worktree.ts';

export type ServiceSide = 'base' | 'pr';

export const SIDE_LABEL: Record<ServiceSide, string> = { base: 'base build', pr: 'PR build' };

/** How perf-gate builds, starts and waits for the service (Action inputs build, start, ready, …). */
export interface ServiceSpec {
  start: string;
  build?: string;
  ready: ReadyCheck;
  readyTimeoutSeconds: number;
  /** relative to each checkout */
  workingDirectory: string;
  /** the URL load goes to, `{port}` standing for the side's port */
  urlTemplate: string;
}

/** SIGTERM first; what is still running this long after gets SIGKILL. */
const STOP_GRACE_MS = 5000;
/** A build gets this long; a job's own timeout-minutes usually ends it sooner. */
const BUILD_TIMEOUT_MS = 60 * 60 * 1000;

/** A service that failed to build, start, get ready or stay up: names the side and quotes its output. */
export class ServiceError extends Error {
  override name = 'ServiceError';
  constructor(
    readonly side: ServiceSide,
    readonly problem: string,
    /** the last lines the build or the service wrote */
    readonly output: string,
  ) {
    super(`${SIDE_LABEL[side]}: ${problem}`);
  }
}

export interface RunningService {
  side: ServiceSide;
  url: string;
  /** pid of the start command's shell, the leader of the service's process group */
  pid: number;
}

const substitute = (text: string, port: number) => text.replaceAll('{port}', String(port));

/**
 * Owns everything perf-gate starts for the same-job design: the base commit's worktree and both services'
 * process groups. `close()` ends them all, and `withServiceSession` makes sure it runs on success, failure
 * and cancellation alike.
 */
export class ServiceSession {
  private readonly groups = new Map<ServiceSide, GroupProcess>();
  private readonly running: RunningService[] = [];
  private building: GroupProcess | undefined;
  private worktree: { repo: string; path: string } | undefined;
  /** where each side was built (profiles name files relative to it) */
  private readonly checkouts = new Map<ServiceSide, string>();

  constructor(
    private readonly spec: ServiceSpec,
    private readonly logger: EngineLogger,
  ) {}

  /** Checks out `sha` beside the workspace (fetching it if the clone is shallow); removed by `close()`. */
  async checkout(repo: string, sha: string, path: string): Promise<string> {
    this.worktree = { repo, path };
    this.logger.info(`perf-gate: checking out the base commit ${sha.slice(0, 12)} in ${path}`);
    await addWorktree(repo, sha, path);
    return path;
  }

  /**
   * Builds (if asked), starts on a free port with `extraEnv` added to its environment (a profiler's
   * NODE_OPTIONS) and waits until ready; throws a ServiceError naming the side.
   */
  async launch(
    side: ServiceSide,
    checkout: string,
    extraEnv: Record<string, string> = {},
  ): Promise<RunningService> {
    this.checkouts.set(side, checkout);
    await this.build(side, join(checkout, this.spec.workingDirectory));
    return await this.startSide(side, extraEnv);
  }

  /** The checkout a side was launched from. */
  checkoutOf(side: ServiceSide): string {
    const checkout = this.checkouts.get(side);
    if (checkout === undefined) throw new Error(`the ${SIDE_LABEL[side]} was never launched`);
    return checkout;
  }

  private async build(side: ServiceSide, cwd: string): Promise<void> {
    const label = SIDE_LABEL[side];
    if (this.spec.build !== undefined) {
      this.logger.info(`perf-gate: building the ${label} in ${cwd}: ${this.spec.build}`);
      const build = await runToCompletion(this.spec.build, {
        cwd,
        env: process.env,
        timeoutMs: BUILD_TIMEOUT_MS,
        onStart: (group) => {
          this.building = group;
        },
      });
      this.building = undefined;
      if (!build.ok) throw new ServiceError(side, `the build failed (${build.status})`, build.output);
    }
  }

  private async startSide(side: ServiceSide, extraEnv: Record<string, string>): Promise<RunningService> {
    const cwd = join(this.checkoutOf(side), this.spec.workingDirectory);
    const label = SIDE_LABEL[side];
    const port = await freePort();
    const env = { ...process.env, PORT: String(port) };
    const url = substitute(this.spec.urlTemplate, port).replace(/\/+$/, '');
    const group = startGroup(substitute(this.spec.start, port), { cwd, env: { ...env, ...extraEnv } });
    this.groups.set(side, group);
    this.logger.info(`perf-gate: started the ${label} (pid ${group.pid}) on port ${port}`);
    const ready = this.spec.ready;
    const notReady = await waitReady(
      {
        check: ready.kind === 'command' ? { ...ready, command: substitute(ready.command, port) } : ready,
        baseUrl: url,
        cwd,
        env,
      },
      this.spec.readyTimeoutSeconds * 1000,
      () => (group.hasExited() ? 'the service exited before it was ready' : undefined),
    );
    if (notReady !== undefined) {
      if (!group.hasExited()) throw new ServiceError(side, notReady, group.output.text());
      throw new ServiceError(side, `${notReady} (${await group.exited})`, await group.outputAfterExit());
    }
    const service = { side, url, pid: group.pid };
    this.running.push(service);
    return service;
  }

  /** Throws a ServiceError when a started service has exited (checked between runs). */
  async assertRunning(): Promise<void> {
    for (const [side, group] of this.groups) {
      if (group.hasExited())
        throw new ServiceError(
          side,
          `the service died during the measurement (${await group.exited})`,
          await group.outputAfterExit(),
        );
    }
  }

  /** Pids of the process-group leaders perf-gate started (the load generator's CPU leaves them out). */
  get pids(): number[] {
    return [...this.groups.values()].map((g) => g.pid);
  }

  /** Stops every process group (SIGTERM, then SIGKILL after a grace period) and removes the worktree. */
  async close(): Promise<void> {
    const groups = [...this.groups.values(), ...(this.building ? [this.building] : [])];
    this.groups.clear();
    this.building = undefined;
    await Promise.all(groups.map((g) => g.stop(STOP_GRACE_MS)));
    const worktree = this.worktree;
    this.worktree = undefined;
    if (worktree !== undefined) {
      try {
        await removeWorktree(worktree.repo, worktree.path);
      } catch (error) {
        this.logger.warning(`could not remove the worktree ${worktree.path}: ${(error as Error).message}`);
      }
    }
  }
}

/**
 * Runs `fn` with a session whose processes and worktree are cleaned up afterwards, also when `fn` throws
 * and when the job is cancelled (the runner sends SIGINT, then SIGTERM): then the cleanup runs and the
 * process exits with 128 + the signal's number.
 */
export async function withServiceSession<T>(
  spec: ServiceSpec,
  logger: EngineLogger,
  fn: (session: ServiceSession) => Promise<T>,
): Promise<T> {
  const session = new ServiceSession(spec, logger);
  let cancelled: Promise<void> | undefined;
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = () => {
      logger.warning(`${signal}: stopping the services perf-gate started and removing the worktree`);
      cancelled ??= session.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  try {
    return await fn(session);
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    if (cancelled !== undefined) {
      // the measurement failed because its services were stopped: nothing to report, the process exits
      await cancelled;
      await new Promise<never>(() => {});
    }
    await session.close();
  }
}
