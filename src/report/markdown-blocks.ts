/** Markdown building blocks. Every argument is already escaped: these only arrange text. */

export type Align = 'left' | 'right';

export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly Align[],
): string {
  const rule = header.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** A collapsible block; blank lines around the body let GitHub render markdown inside it. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export type AlertKind = 'NOTE' | 'TIP' | 'IMPORTANT' | 'WARNING' | 'CAUTION';

/** A GitHub alert block (`> [!WARNING]`), one paragraph per entry of `paragraphs`. */
export function alert(kind: AlertKind, paragraphs: readonly string[]): string {
  return [`> [!${kind}]`, ...paragraphs.flatMap((p, i) => (i === 0 ? [`> ${p}`] : ['>', `> ${p}`]))].join(
    '\n',
  );
}

export function bullets(items: readonly string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}

/** At most `max` items, then "…and N more". */
export function capped(items: readonly string[], max: number): string[] {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), `…and ${items.length - max} more`];
}

/** A commit hash in code when it is one; anything else goes through `escapeText` (entities do not work in code). */
export function commitRef(sha: string, escapeText: (s: string) => string): string {
  return /^[0-9a-f]{4,40}$/i.test(sha) ? `\`${sha}\`` : escapeText(sha);
}
