import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Inputs, Outputs } from '../src/constants.ts';

const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8'));

describe('action.yml', () => {
  it('declares exactly the inputs the code reads, each described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort());
    for (const [name, spec] of Object.entries<{ description?: string }>(action.inputs)) {
      expect(spec.description?.length ?? 0, name).toBeGreaterThan(20);
    }
  });

  it('declares exactly the outputs the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort());
  });

  it('runs on node24 from the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
