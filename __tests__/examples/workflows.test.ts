import { readdirSync, readFileSync } from 'node:fs';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const actionInputs = new Set(Object.keys(parse(readFileSync(new URL('action.yml', root), 'utf8')).inputs));

const workflowDirs = ['examples/workflows/', '.github/workflows/'];
const workflows = workflowDirs.flatMap((dir) =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => ({ name: `${dir}${f}`, content: readFileSync(new URL(`${dir}${f}`, root), 'utf8') })),
);

/** A step that runs this action: the published name or the repository itself (`uses: ./`). */
const isPerfGate = (uses: unknown) => typeof uses === 'string' && (/perf-gate@/.test(uses) || uses === './');

describe.each(workflows)('$name', ({ name, content }) => {
  it('is a valid workflow by GitHub’s own parser', async () => {
    const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect(template.errors ?? []).toEqual([]);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  it('passes perf-gate only inputs that action.yml declares', () => {
    const doc = parse(content);
    const steps = Object.values<{ steps?: { uses?: string; with?: Record<string, unknown> }[] }>(
      doc.jobs,
    ).flatMap((job) => job.steps ?? []);
    const gateSteps = steps.filter((s) => isPerfGate(s.uses));
    if (name.startsWith('examples/')) expect(gateSteps.length).toBeGreaterThan(0);
    for (const step of gateSteps) {
      for (const input of Object.keys(step.with ?? {})) {
        expect(actionInputs.has(input), `${name}: unknown perf-gate input '${input}'`).toBe(true);
      }
    }
  });
});
