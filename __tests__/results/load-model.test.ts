import { describe, expect, it } from 'vitest';
import { givenLoadModel, overriddenModelNotes, withLoadModelInput } from '../../src/results/load-model.ts';
import type { LoadModel, LoadModelSource, RunResult } from '../../src/results/types.ts';

/** A run reduced to what the load-model functions read and write (they spread the rest unchanged). */
const run = (loadModel: LoadModel, loadModelSource?: LoadModelSource): RunResult =>
  ({ engine: 'k6', loadModel, ...(loadModelSource ? { loadModelSource } : {}) }) as unknown as RunResult;

describe('withLoadModelInput', () => {
  it('leaves the run as it is when the user set no load model', () => {
    const r = run('closed', 'k6-inspect');
    expect(withLoadModelInput(r, undefined)).toBe(r);
  });

  it("sets the user's model over another the files showed, and keeps what they showed", () => {
    expect(withLoadModelInput(run('closed', 'k6-default-scenario'), 'open')).toEqual({
      engine: 'k6',
      loadModel: 'open',
      loadModelSource: 'input',
      loadModelOverridden: { loadModel: 'closed', loadModelSource: 'k6-default-scenario' },
    });
  });

  it('records no contradiction when the files showed the same model, nothing, or the user already said so', () => {
    const noOverride = (r: RunResult, input: 'open' | 'closed') => {
      const out = withLoadModelInput(r, input);
      expect([out.loadModel, out.loadModelSource]).toEqual([input, 'input']);
      return 'loadModelOverridden' in out;
    };
    expect(noOverride(run('open', 'jmeter-plan'), 'open')).toBe(false);
    expect(noOverride(run('unknown', 'unknown'), 'closed')).toBe(false);
    // a saved run the user's earlier setting decided: the new setting is not a contradiction of the files
    expect(noOverride(run('open', 'input'), 'closed')).toBe(false);
  });

  it('counts a run saved before the source was recorded as decided by nothing', () => {
    expect(withLoadModelInput(run('open'), 'closed').loadModelOverridden).toEqual({
      loadModel: 'open',
      loadModelSource: 'unknown',
    });
  });
});

describe('overriddenModelNotes', () => {
  it('says, once per contradiction with its count of runs, what each source showed', () => {
    const runs = [
      withLoadModelInput(run('closed', 'k6-inspect'), 'open'),
      withLoadModelInput(run('closed', 'k6-inspect'), 'open'),
      withLoadModelInput(run('open', 'locust-plan'), 'closed'),
      withLoadModelInput(run('open', 'jmeter-plan'), 'open'),
      withLoadModelInput(run('closed', 'k6-default-scenario'), 'open'),
      withLoadModelInput(run('closed', 'embedded-scenario'), 'open'),
      withLoadModelInput(run('closed', 'jmeter-plan'), 'open'),
      withLoadModelInput(run('closed'), 'open'),
    ];
    expect(overriddenModelNotes(runs)).toEqual([
      "load model open as set, although the script's scenario executors (k6 inspect) showed closed (2 runs)",
      "load model closed as set, although the Locust user classes' wait times showed open (1 run)",
      "load model open as set, although k6's scenario `default` in the results (the vus/duration/iterations/stages shorthand) showed closed (1 run)",
      'load model open as set, although the scenario file showed closed (1 run)',
      "load model open as set, although the JMeter plan's thread groups and timers showed closed (1 run)",
      'load model open as set, although nothing (set load-model: open or closed) showed closed (1 run)',
    ]);
  });

  it('has nothing to say when no run was overridden', () => {
    expect(
      overriddenModelNotes([run('open', 'k6-inspect'), withLoadModelInput(run('open'), 'open')]),
    ).toEqual([]);
  });
});

describe('givenLoadModel', () => {
  it("is the reader's model and source, the user's when no source is given", () => {
    expect(givenLoadModel({ loadModel: 'open', loadModelSource: 'jmeter-plan' })).toEqual({
      loadModel: 'open',
      loadModelSource: 'jmeter-plan',
    });
    expect(givenLoadModel({ loadModel: 'closed' })).toEqual({
      loadModel: 'closed',
      loadModelSource: 'input',
    });
  });

  it("is 'unknown' from 'unknown' when no model is known, whatever source is named", () => {
    const unknown = { loadModel: 'unknown', loadModelSource: 'unknown' };
    expect(givenLoadModel({})).toEqual(unknown);
    expect(givenLoadModel({ loadModel: 'unknown', loadModelSource: 'k6-inspect' })).toEqual(unknown);
  });
});
