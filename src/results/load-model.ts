import type { LoadModel, LoadModelSource, ReadOptions, RunResult } from './types.ts';

/** How the report says what decided a run's load model. */
export const LOAD_MODEL_SOURCE_WORDS: Record<LoadModelSource, string> = {
  'k6-inspect': "the script's scenario executors (k6 inspect)",
  'k6-default-scenario':
    "k6's scenario `default` in the results (the vus/duration/iterations/stages shorthand)",
  input: 'the load-model setting',
  'jmeter-plan': "the JMeter plan's thread groups and timers",
  'locust-plan': "the Locust user classes' wait times",
  'embedded-scenario': 'the scenario file',
  unknown: 'nothing (set load-model: open or closed)',
};

/**
 * The run with the load model the user set (`load-model` input, `--load-model`), which wins over what the
 * files or the plan showed: those are inferences, and the user may know better (a pacing plugin perf-gate
 * does not know). A contradiction is kept in `loadModelOverridden`, so the report shows both.
 */
export function withLoadModelInput(run: RunResult, input: 'open' | 'closed' | undefined): RunResult {
  if (input === undefined) return run;
  const { loadModel, loadModelSource = 'unknown' } = run;
  const overridden = loadModel !== 'unknown' && loadModel !== input && loadModelSource !== 'input';
  return {
    ...run,
    loadModel: input,
    loadModelSource: 'input',
    ...(overridden ? { loadModelOverridden: { loadModel, loadModelSource } } : {}),
  };
}

/** The report's note on runs whose files or plan showed another load model than the one the user set. */
export function overriddenModelNotes(runs: readonly RunResult[]): string[] {
  const notes = new Map<string, number>();
  for (const run of runs) {
    const shown = run.loadModelOverridden;
    if (shown === undefined) continue;
    const note = `load model ${run.loadModel} as set, although ${LOAD_MODEL_SOURCE_WORDS[shown.loadModelSource]} showed ${shown.loadModel}`;
    notes.set(note, (notes.get(note) ?? 0) + 1);
  }
  return [...notes].map(([note, n]) => `${note} (${n} run${n === 1 ? '' : 's'})`);
}

/**
 * The model a reader was given (the plan's, `k6 inspect`'s, the user's) and what decided it, or 'unknown'
 * from 'unknown' when it was not given or not known.
 */
export function givenLoadModel(opts: Pick<ReadOptions, 'loadModel' | 'loadModelSource'>): {
  loadModel: LoadModel;
  loadModelSource: LoadModelSource;
} {
  return opts.loadModel === undefined || opts.loadModel === 'unknown'
    ? { loadModel: 'unknown', loadModelSource: 'unknown' }
    : { loadModel: opts.loadModel, loadModelSource: opts.loadModelSource ?? 'input' };
}
