import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineLogger } from '../../src/engine/logger.ts';
import { checkConclusion } from '../../src/judge/policy.ts';
import {
  buildReportJson,
  type ReportContext,
  renderCheck,
  renderComment,
  renderTerminalTable,
  reportVerdict,
} from '../../src/report/index.ts';

/**
 * Progress on stderr. The engine's per-run summary lines are kept (indented); what it says inside a run's
 * group (the load description, the same for every run) is left out, since the demo says it once per part.
 */
export function progressLogger(
  stream: NodeJS.WritableStream = process.stderr,
): EngineLogger & { say(line: string): void } {
  let depth = 0;
  return {
    say: (line) => void stream.write(`${line}\n`),
    info: (line) => {
      if (depth === 0) stream.write(`    ${line}\n`);
    },
    warning: (message) => void stream.write(`    warning: ${message}\n`),
    group: async (_title, fn) => {
      depth++;
      try {
        return await fn();
      } finally {
        depth--;
      }
    },
  };
}

/** The verdict table the CLI prints, and what the check run would say. */
export function renderPart(title: string, ctx: ReportContext, color: boolean): string {
  const check = renderCheck(ctx);
  // the Action's defaults: fail-on-regression true, on-inconclusive neutral
  const conclusion = checkConclusion(reportVerdict(ctx), {
    failOnRegression: true,
    onInconclusive: 'neutral',
  });
  const rule = '━'.repeat(Math.max(8, 100 - title.length - 4));
  return `\n━━ ${title} ${rule}\n\n${renderTerminalTable(ctx, { color })}\nCheck run: ${conclusion} · ${check.title}\n`;
}

export const REPORT_MARKDOWN = 'demo-report.md';
export const REPORT_JSON = 'report.json';

/**
 * The files the Action would publish for this context: the PR comment's markdown exactly as posted (its
 * hidden marker line included; the check run's summary is the same report) and report.json.
 */
export async function writeReports(
  ctx: ReportContext,
  outDir: string,
): Promise<{ markdown: string; json: string }> {
  await mkdir(outDir, { recursive: true });
  const markdown = join(outDir, REPORT_MARKDOWN);
  const json = join(outDir, REPORT_JSON);
  await writeFile(markdown, renderComment(ctx));
  await writeFile(json, `${JSON.stringify(buildReportJson(ctx), null, 2)}\n`);
  return { markdown, json };
}
