import { truncate } from '../posting/limits.ts';
import { maskSecrets } from '../secrets/mask.ts';
import { escapeMarkdown, mermaidLabel, plainText } from './escape.ts';

/**
 * Masks secrets, then escapes for the destination: every user-supplied string goes through one of these.
 * `max` cuts the text to that many characters; the cut comes after masking so no part of a secret survives.
 */
export interface Sanitizer {
  /** masked only (report.json: data, not markup) */
  masked(s: string): string;
  /** masked, one line, no control characters (check title, terminal) */
  plain(s: string, max?: number): string;
  /** masked and escaped for inline markdown */
  md(s: string, max?: number): string;
  /** masked and made safe inside a quoted Mermaid label */
  mermaid(s: string): string;
}

export function sanitizer(secrets: readonly string[]): Sanitizer {
  const masked = (s: string) => maskSecrets(s, secrets);
  const plain = (s: string, max = Number.POSITIVE_INFINITY) => truncate(plainText(masked(s)), max);
  return {
    masked,
    plain,
    md: (s, max) => escapeMarkdown(plain(s, max)),
    mermaid: (s) => mermaidLabel(masked(s)),
  };
}
