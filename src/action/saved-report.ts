import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { assertRenderable, type ReportContext } from '../report/context.ts';

/** Bumped whenever a saved report written by one perf-gate version could not be read by another. */
export const SAVED_REPORT_SCHEMA = 1;
export const SAVED_REPORT_FILE = 'perf-gate-report.json';

/** Where a verdict goes: the commit its check run belongs to, and the pull request for the comment. */
export interface PublishTarget {
  headSha?: string;
  prNumber?: number;
  /** true when the pull request comes from a fork (its token is read-only) */
  fork: boolean;
}

/**
 * Everything `mode: report` needs to post a verdict measured by another workflow (the fork-safe
 * two-workflow pattern). It is rendered again on posting, so every user-supplied string is escaped then.
 */
export interface SavedReport {
  schema: typeof SAVED_REPORT_SCHEMA;
  context: ReportContext;
  target: PublishTarget;
}

export function savedReportJson(context: ReportContext, target: PublishTarget): string {
  return `${JSON.stringify({ schema: SAVED_REPORT_SCHEMA, context, target } satisfies SavedReport)}\n`;
}

/** A saved report that cannot be used: missing, not ours, or of another schema. */
export class SavedReportError extends Error {
  override name = 'SavedReportError';
}

/** Reads a saved report: the file itself, or a report directory holding SAVED_REPORT_FILE. */
export async function readSavedReport(fileOrDir: string): Promise<SavedReport> {
  const path = (await isDirectory(fileOrDir)) ? join(fileOrDir, SAVED_REPORT_FILE) : fileOrDir;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SavedReportError(
      code === 'ENOENT'
        ? `mode report: ${path} does not exist; download the report directory the measuring workflow uploaded (see docs/fork-prs.md)`
        : `mode report: ${path} is not a perf-gate report: ${(error as Error).message}`,
    );
  }
  const saved = data as Partial<SavedReport>;
  if (typeof saved !== 'object' || saved === null || saved.schema !== SAVED_REPORT_SCHEMA) {
    throw new SavedReportError(
      `mode report: ${path} has schema ${JSON.stringify((saved as { schema?: unknown } | null)?.schema)}, this perf-gate reads schema ${SAVED_REPORT_SCHEMA} (use the same perf-gate version in both workflows)`,
    );
  }
  if (typeof saved.target !== 'object' || saved.target === null || typeof saved.context !== 'object') {
    throw new SavedReportError(`mode report: ${path} lacks its context or target`);
  }
  assertRenderable(saved.context as ReportContext);
  return saved as SavedReport;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
