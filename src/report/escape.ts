import { truncate } from '../posting/limits.ts';

/**
 * Escaping of user-supplied strings (request names, groups, threshold expressions, reasons that quote them)
 * for each place they land. Masking secrets is a separate step (mask.ts) that runs first.
 */

/** Line breaks, tabs and other C0/C1 control characters (ESC included, so no ANSI codes reach a terminal). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** Bidirectional overrides can make text read differently from what it is; they are dropped. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** One line of plain text: control characters become a space, bidi overrides vanish. */
export function plainText(s: string): string {
  return s.replace(BIDI, '').replace(CONTROL, ' ');
}

/**
 * Characters that are markup somewhere in GitHub-flavoured markdown or HTML: table pipes, code, emphasis,
 * strikethrough, link and image brackets, raw HTML and comments, entities, math (`$`), heading closers (`#`),
 * backslash escapes. Entities are never parsed as markup, so encoding these keeps the text literal in tables,
 * prose and <summary>. Parentheses and `!` only matter after a `]`, which is encoded.
 */
const MARKUP = /[&<>|`*_~[\]#$\\]/g;

/** Text safe to place anywhere inline in markdown (table cell, list item, heading, <summary>). */
export function escapeMarkdown(s: string): string {
  return (
    plainText(s)
      .replace(MARKUP, (c) => `&#${c.codePointAt(0)};`)
      // a zero-width joiner after @ keeps `@name` from notifying a user or team
      .replace(/@(?=[\w-])/g, '@\u200d')
  );
}

/** Longest label kept in a Mermaid chart; longer ones are cut with an ellipsis. */
const MERMAID_LABEL_MAX = 40;

/**
 * A label for a quoted Mermaid string: the xychart lexer ends a string at the first `"`, treats `%%` as a
 * comment, and a backtick run could close the markdown fence, so those are replaced by look-alikes.
 */
export function mermaidLabel(s: string): string {
  const cleaned = plainText(s)
    .replace(/"/g, "'")
    .replace(/`/g, "'")
    .replace(/%+/g, '%')
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[#{};]/g, ' ')
    .trim();
  return truncate(cleaned, MERMAID_LABEL_MAX);
}
