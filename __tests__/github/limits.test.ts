import { describe, expect, it } from 'vitest';
import { checkRunTitle, truncateToLimit } from '../../src/posting/limits.ts';
import { hasMarker, marker, withMarker } from '../../src/posting/markers.ts';

describe('truncateToLimit', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateToLimit('abc\ndef', { maxChars: 7, maxBytes: 7 }, 'N')).toEqual({
      text: 'abc\ndef',
      truncated: false,
    });
  });

  it('cuts at a line break when one is near, and appends the note in its own paragraph', () => {
    // room for 49 characters: 4 whole lines of 11, and 5 of the fifth, which is dropped
    const text = `${'abcdefghij\n'.repeat(30)}tail`;
    const { text: out, truncated } = truncateToLimit(text, { maxChars: 60 }, '[cut]');
    expect(truncated).toBe(true);
    expect(out).toBe(`${'abcdefghij\n'.repeat(3)}abcdefghij\n\n[cut]`);
    expect(out.length).toBeLessThanOrEqual(60);
  });

  it('never splits a surrogate pair and counts bytes when asked', () => {
    const text = '😀'.repeat(50); // 4 bytes, 2 code units each
    const { text: out } = truncateToLimit(text, { maxBytes: 41 }, 'N');
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(41);
    expect(out).toBe(`${'😀'.repeat(8)}\n\nN`);
    const { text: byChars } = truncateToLimit(text, { maxChars: 16 }, 'N');
    expect(byChars).toBe(`${'😀'.repeat(4)}\n\nN`);
    expect(byChars.length).toBeLessThanOrEqual(16);
  });

  it('closes a code fence left open by the cut, so the note is not rendered as code', () => {
    const text = `intro\n\`\`\`\n${'x = 1\n'.repeat(100)}\`\`\`\n`;
    const { text: out } = truncateToLimit(text, { maxChars: 80 }, 'N');
    expect(out).toMatch(/x = 1\n```\n\nN$/);
    expect(out.length).toBeLessThanOrEqual(80);
  });

  it('refuses a note that cannot fit the limit', () => {
    expect(() => truncateToLimit('x'.repeat(50), { maxChars: 10 }, 'a long note')).toThrow(
      'truncation note of 11 characters does not fit the limit {"maxChars":10}',
    );
  });
});

describe('checkRunTitle', () => {
  it('puts the title on one line', () => {
    expect(checkRunTitle('  a\r\n  b\nc ')).toBe('a b c');
  });
});

describe('markers', () => {
  it('builds distinct, unambiguous markers per kind and scenario', () => {
    expect(marker('comment', ' api ')).toBe('<!-- perf-gate:api -->');
    expect(marker('tracking-issue', 'api')).toBe('<!-- perf-gate-drift:api -->');
    const body = withMarker(marker('comment', 'api-v2'), 'text');
    expect(hasMarker(body, marker('comment', 'api-v2'))).toBe(true);
    expect(hasMarker(body, marker('comment', 'api'))).toBe(false);
    expect(hasMarker(null, marker('comment', 'api'))).toBe(false);
  });

  it.each([
    ['', 'it is empty'],
    ['a\nb', 'it contains a line break'],
    ['a-->', 'it contains "--", "<" or ">"'],
    ['<b>', 'it contains "--", "<" or ">"'],
  ])('refuses the scenario id %j', (id, problem) => {
    expect(() => marker('comment', id)).toThrow(problem);
  });
});
