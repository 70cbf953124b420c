import * as z from 'zod';
import { ENGINE_NAMES } from '../results/types.ts';
import { METRIC_NAMES } from '../stats/metrics.ts';
import type { MetricName } from '../stats/types.ts';

/** Version of the artifact layout; a reader refuses versions it does not know. */
export const ARTIFACT_SCHEMA = 1;

// z.enum wants a non-empty tuple; the list itself is the stats module's.
const METRICS = METRIC_NAMES as [MetricName, ...MetricName[]];

function buildEnvelopeSchema() {
  const environmentSchema = z.object({
    platform: z.string(),
    arch: z.string(),
    osRelease: z.string(),
    cpuModel: z.string(),
    cpuCount: z.number().int().nonnegative(),
    totalMemoryBytes: z.number().nonnegative(),
    runnerOs: z.string().optional(),
    runnerArch: z.string().optional(),
    imageOs: z.string().optional(),
    imageVersion: z.string().optional(),
  });

  const headlineSchema = z.record(z.string(), z.partialRecord(z.enum(METRICS), z.number()));

  const historyEntrySchema = z.object({
    commit: z.string(),
    timeMs: z.number(),
    runs: z.number().int().nonnegative(),
    headline: headlineSchema,
  });

  return z.object({
    schema: z.literal(ARTIFACT_SCHEMA),
    commit: z.string().min(1),
    ref: z.string(),
    branch: z.string().min(1),
    timeMs: z.number(),
    scenarioId: z.string().min(1),
    scriptHash: z.string().min(1),
    engine: z.enum(ENGINE_NAMES),
    engineVersion: z.string().optional(),
    loadModel: z.enum(['open', 'closed', 'unknown']),
    targetRate: z.number().positive().optional(),
    environment: environmentSchema,
    perfGateVersion: z.string(),
    runs: z.array(z.unknown()).min(1),
    headline: headlineSchema,
    history: z.array(historyEntrySchema),
  });
}

let envelopeSchema: ReturnType<typeof buildEnvelopeSchema> | undefined;

/**
 * The JSON layout of a schema-1 artifact; runs stay opaque here and go through `deserializeRun`. Built on
 * first use: building zod schemas costs CPU at start-up, and most runs never read a baseline.
 */
export function artifactEnvelopeSchema(): ReturnType<typeof buildEnvelopeSchema> {
  envelopeSchema ??= buildEnvelopeSchema();
  return envelopeSchema;
}

/** zod issues as one line of plain words: "missing field `commit`; field `environment.cpuCount`: …". */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
        return `missing field \`${path}\``;
      }
      return path === '' ? issue.message : `field \`${path}\`: ${issue.message}`;
    })
    .join('; ');
}
