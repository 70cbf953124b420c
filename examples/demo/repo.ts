import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceOptions } from '../service/server.mjs';

const SERVER = fileURLToPath(new URL('../service/server.mjs', import.meta.url));

/** The command perf-gate's `start` runs in each checkout; PORT comes from perf-gate. */
export const START_COMMAND = 'sh start.sh';

/** The environment variables server.mjs reads its knobs from (see its header and `optionsFromEnv`). */
export function serviceEnv(options: ServiceOptions): Record<string, string> {
  const env: Record<string, string> = { PORT: String(options.port ?? 0) };
  if (options.host !== undefined) env.HOST = options.host;
  if (options.delayMs !== undefined) env.DELAY_MS = String(options.delayMs);
  if (options.jitterMs !== undefined) env.JITTER_MS = String(options.jitterMs);
  if (options.cpuMs !== undefined) env.CPU_MS = String(options.cpuMs);
  if (options.work !== undefined) env.WORK = String(options.work);
  if (options.leakKb !== undefined) env.LEAK_KB = String(options.leakKb);
  if (options.seed !== undefined) env.SEED = String(options.seed);
  if (options.slow !== undefined) {
    env.SLOW_PATH = options.slow.path;
    env.SLOW_MS = String(options.slow.extraMs ?? 0);
    env.SLOW_CPU_MS = String(options.slow.cpuMs ?? 0);
  }
  if (options.errorRate !== undefined) {
    env.ERROR_PATH = options.errorRate.path;
    env.ERROR_RATE = String(options.errorRate.rate);
  }
  return env;
}

/** start.sh of a build: its knobs as variables, then the service (the port is perf-gate's to choose). */
function startScript(options: ServiceOptions): string {
  const { PORT: _port, ...knobs } = serviceEnv(options);
  const assignments = Object.entries(knobs).map(([name, value]) => `${name}=${value}`);
  return `${[...assignments, 'exec node server.mjs'].join(' ')}\n`;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/**
 * The demo's project: a git repository holding the example service and the start.sh that runs it, as a
 * user's repository would. The base build is its first commit; each part's PR build is a commit on top
 * of it, checked out in the repository itself, so perf-gate starts both builds with `start` exactly as
 * the Action does on a pull request (the base in a worktree beside it).
 */
export class DemoRepo {
  readonly dir: string;
  readonly base: string;

  constructor(workDir: string, baseBuild: ServiceOptions) {
    this.dir = join(workDir, 'service-repo');
    mkdirSync(this.dir);
    git(this.dir, 'init', '-q', '-b', 'main');
    git(this.dir, 'config', 'user.email', 'demo@perf-gate.invalid');
    git(this.dir, 'config', 'user.name', 'perf-gate demo');
    copyFileSync(SERVER, join(this.dir, 'server.mjs'));
    writeFileSync(join(this.dir, 'start.sh'), startScript(baseBuild));
    git(this.dir, 'add', '.');
    git(this.dir, 'commit', '-q', '-m', 'base build');
    this.base = git(this.dir, 'rev-parse', 'HEAD');
  }

  /**
   * Commits a PR build on top of the base, with these knobs in its start.sh (and, when given, this
   * server.mjs: a change to the service's code), and checks it out.
   */
  commitPrBuild(message: string, build: ServiceOptions, server?: string): string {
    git(this.dir, 'checkout', '-q', '--detach', this.base);
    writeFileSync(join(this.dir, 'start.sh'), startScript(build));
    if (server !== undefined) writeFileSync(join(this.dir, 'server.mjs'), server);
    git(this.dir, 'commit', '-q', '-am', message);
    return git(this.dir, 'rev-parse', 'HEAD');
  }
}
