import { failStep, readInput } from './action/runner-protocol.ts';
import { readActionConfig } from './inputs/config.ts';

/**
 * The Action. Inputs are read and validated before anything heavy loads, so a wrong input answers at once;
 * the gate and its collaborators load only for a valid run (see action/run-action.ts).
 */
export async function run(): Promise<void> {
  try {
    const config = readActionConfig((name) => readInput(name));
    const { runAction } = await import('./action/run-action.ts');
    const failure = await runAction(config);
    if (failure !== undefined) failStep(failure);
  } catch (error) {
    failStep(error instanceof Error ? error.message : String(error));
  }
}
