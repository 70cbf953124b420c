export { MASK, maskSecrets } from '../secrets/mask.ts';
export {
  type CheckOptions,
  type CheckOutput,
  checkConclusion,
  renderCheck,
} from './check.ts';
export { commentMarker, renderComment, renderCommentBody } from './comment.ts';
export type * from './context.ts';
export { assertRenderable } from './context.ts';
export { renderDriftIssue, renderDriftRecovery } from './drift-issue.ts';
export { escapeMarkdown, mermaidLabel, plainText } from './escape.ts';
export { HEADLINE_MAX, headline, type ReportVerdict, reportVerdict } from './headline.ts';
export { buildReportJson, REPORT_SCHEMA_VERSION, type ReportJson } from './json.ts';
export { snapshotSeries } from './snapshot.ts';
export { renderSummary, SUMMARY_LIMIT } from './summary.ts';
export { renderTerminalTable, type TerminalOptions } from './terminal.ts';
