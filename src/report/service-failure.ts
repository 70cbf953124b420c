import { maskSecrets } from '../secrets/mask.ts';
import { escapeMarkdown } from './escape.ts';
import { alert, details } from './markdown-blocks.ts';

/** What went wrong with a service perf-gate started: which side, what, and its last lines of output. */
export interface ServiceFailure {
  /** 'base build' or 'PR build' */
  side: string;
  problem: string;
  output: string;
}

/** The job summary when a service could not be measured: no verdict, no baseline, the service's own words. */
export function renderServiceFailure(failure: ServiceFailure, secrets: readonly string[]): string {
  const output = maskSecrets(failure.output, secrets).replaceAll('```', "'''");
  return [
    '## perf-gate: not measured',
    '',
    alert('CAUTION', [
      `The ${escapeMarkdown(failure.side)}: ${escapeMarkdown(maskSecrets(failure.problem, secrets))}.`,
      'No verdict about performance was reached and no baseline was saved.',
    ]),
    '',
    details(
      `Last lines of the ${escapeMarkdown(failure.side)}'s output`,
      output.trim() === '' ? '_(it wrote nothing)_' : `\`\`\`text\n${output}\n\`\`\``,
    ),
    '',
  ].join('\n');
}
