// Runs the Action's gate with `start` on the repository named by REPO (a pull request from BASE to HEAD),
// logging to stdout, so a test can send it SIGTERM mid-measurement.
import { join } from 'node:path';
import { runGate } from '../../src/action/gate.ts';
import { streamLogger } from '../../src/engine/logger.ts';
import { readActionConfig } from '../../src/inputs/config.ts';
import { gateDeps, inputsOf, pullRequestRunner } from './repo.ts';

const need = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`gate-child: ${name} is not set`);
  return value;
};
const env = { REPO: need('REPO'), BASE: need('BASE'), HEAD: need('HEAD'), SCENARIO: need('SCENARIO') };
const config = readActionConfig(
  inputsOf({
    script: env.SCENARIO,
    start: 'sh run.sh',
    ready: '/health',
    runs: '20',
    'report-dir': join(env.REPO, '..', 'report'),
  }),
);
const deps = { ...gateDeps(join(env.REPO, '..', 'store')), logger: streamLogger(process.stdout) };
await runGate(config, pullRequestRunner(env.REPO, env.BASE, env.HEAD), deps);
