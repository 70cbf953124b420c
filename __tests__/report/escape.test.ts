import { describe, expect, it } from 'vitest';
import { truncate } from '../../src/posting/limits.ts';
import { renderComment } from '../../src/report/comment.ts';
import { escapeMarkdown, mermaidLabel, plainText } from '../../src/report/escape.ts';
import { comparison, context, decode, key, metric, series } from './fixtures.ts';

describe('escapeMarkdown', () => {
  it('encodes pipes so a name cannot add table cells', () => {
    const out = escapeMarkdown('GET a|b');
    expect(out).not.toContain('|');
    expect(decode(out)).toBe('GET a|b');
  });

  it('encodes backticks so a name cannot open or close code', () => {
    const out = escapeMarkdown('`x` ```');
    expect(out).not.toContain('`');
    expect(decode(out)).toBe('`x` ```');
  });

  it('turns newlines, carriage returns and tabs into single spaces', () => {
    expect(escapeMarkdown('a\nb\r\nc\td')).toBe('a b c d');
    expect(escapeMarkdown('a\u2028b')).toBe('a b');
  });

  it('encodes < and > so no HTML tag can be opened', () => {
    const out = escapeMarkdown('<img src=x onerror=alert(1)>');
    expect(out).not.toMatch(/[<>]/);
    expect(decode(out)).toBe('<img src=x onerror=alert(1)>');
  });

  it('encodes & so text that looks like an entity stays literal', () => {
    expect(escapeMarkdown('a &lt; b & c')).toBe('a &#38;lt; b &#38; c');
  });

  it('defuses HTML comments (which would hide the rest of a comment, or fake our marker)', () => {
    const out = escapeMarkdown('<!-- perf-gate:api -->');
    expect(out).not.toContain('<!--');
    expect(out).not.toContain('-->');
  });

  it('keeps @mentions from notifying anyone (zero-width joiner after @)', () => {
    const out = escapeMarkdown('ping @octocat and @acme/team');
    expect(out).not.toMatch(/@[\w-]/);
    expect(out).toContain('@\u200doctocat');
    expect(decode(out)).toBe('ping @octocat and @acme/team');
  });

  it('leaves e-mail-like text readable but unlinked to a user', () => {
    expect(escapeMarkdown('x@y')).toBe('x@\u200dy');
  });

  it('defuses markdown links and images', () => {
    const out = escapeMarkdown('[click](https://evil.example) ![i](https://evil.example/x.png)');
    expect(out).not.toMatch(/\[|\]/);
    expect(decode(out)).toBe('[click](https://evil.example) ![i](https://evil.example/x.png)');
  });

  it('encodes emphasis, strikethrough, math, heading closers and backslashes', () => {
    const out = escapeMarkdown('*a* _b_ ~c~ $x$ # \\');
    expect(out.replace(/&#\d+;/g, '')).not.toMatch(/[*_~$#\\]/);
    expect(decode(out)).toBe('*a* _b_ ~c~ $x$ # \\');
  });

  it('drops bidirectional overrides that would make text read differently', () => {
    expect(escapeMarkdown('abc\u202edef')).toBe('abcdef');
  });
});

describe('plainText', () => {
  it('removes ANSI escapes and line breaks (a name cannot repaint the terminal)', () => {
    expect(plainText('a\u001b[31mred\nb')).toBe('a [31mred b');
  });
});

describe('mermaidLabel', () => {
  it('replaces quotes so a label cannot end its string', () => {
    expect(mermaidLabel('say "hi"')).toBe("say 'hi'");
  });

  it('replaces brackets, which delimit the x-axis list', () => {
    expect(mermaidLabel('a[0]')).toBe('a(0)');
  });

  it('removes %% (a Mermaid comment), backticks (could close the fence) and directive braces', () => {
    const out = mermaidLabel('50%% `x` %%{init}');
    expect(out).not.toContain('%%');
    expect(out).not.toContain('`');
    expect(out).not.toMatch(/[{}]/);
  });

  it('removes newlines and cuts long labels', () => {
    expect(mermaidLabel('a\nb')).toBe('a b');
    expect([...mermaidLabel('x'.repeat(100))].length).toBe(40);
  });

  it('replaces angle brackets', () => {
    expect(mermaidLabel('<b>')).toBe('‹b›');
  });
});

describe('truncate', () => {
  it('counts code points and marks the cut', () => {
    expect(truncate('😀😀😀', 2)).toBe('😀…');
    expect(truncate('abc', 3)).toBe('abc');
  });
});

describe('hostile request names in a rendered comment', () => {
  const hostile = 'x|y`z`<!-- a -->\n## Heading @admin [l](https://e.example) <script>';
  const ctx = context({
    comparison: comparison({
      series: [
        series(key('GET', hostile), [
          metric('p50', { baseline: 5, change: 0.3, outcome: 'regression', interval: [0.2, 0.4] }),
        ]),
      ],
      verdict: 'fail',
    }),
  });
  const comment = renderComment(ctx);

  it('keep the table at seven cells per row', () => {
    const rows = comment.split('\n').filter((l) => l.startsWith('| ') && l.includes('P50'));
    expect(rows.length).toBeGreaterThan(0);
    // results table: 7 cells → 8 pipes; the full table has 12 cells → 13 pipes
    for (const row of rows) expect([8, 13]).toContain(row.split('|').length - 1);
  });

  it('never open HTML, comments, code, links or mentions', () => {
    const afterMarker = comment.split('\n').slice(1).join('\n');
    expect(afterMarker).not.toContain('<!--');
    expect(afterMarker).not.toContain('<script');
    expect(afterMarker).not.toMatch(/@admin/);
    expect(afterMarker).not.toContain('[l]');
    expect(afterMarker).not.toMatch(/^## Heading/m);
  });

  it('stay readable for a reviewer', () => {
    expect(decode(comment)).toContain('x|y`z`<!-- a --> ## Heading @admin [l](https://e.example) <script>');
  });
});
