/**
 * A checker for the `xychart-beta` blocks we emit, following the lexer of Mermaid's xychart grammar
 * (packages/mermaid/src/diagrams/xychart/parser/xychart.jison): strings are `"[^"]*"`, numbers
 * `[+-]?(\d+(\.\d+)?|\.\d+)` (no exponent, no NaN), `%%` starts a comment anywhere.
 */

export interface XyChartBlock {
  xLabels: string[];
  data: { kind: 'bar' | 'line'; values: number[] }[];
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const QUOTED = /^"([^"]*)"$/;

/** Every ```mermaid block of `markdown`. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

function splitList(inner: string): string[] {
  return inner.split(',').map((s) => s.trim());
}

/** Parses one block; throws with the offending line when it is not a valid chart as we write them. */
export function parseXyChart(block: string): XyChartBlock {
  const lines = block.split('\n').filter((l) => l.trim() !== '');
  if (lines[0] !== 'xychart-beta') throw new Error(`first line must be 'xychart-beta', got '${lines[0]}'`);
  if (block.includes('%%')) throw new Error('a %% would start a Mermaid comment');
  if (block.includes('`')) throw new Error('a backtick could close the markdown fence');
  let xLabels: string[] | undefined;
  let yAxis = false;
  const data: XyChartBlock['data'] = [];
  const rules: [RegExp, (m: RegExpMatchArray, line: string) => void][] = [
    [
      /^title (.*)$/,
      (m, line) => {
        if (!QUOTED.test(m[1]!)) throw new Error(`title must be one quoted string: ${line}`);
      },
    ],
    [
      /^x-axis \[(.*)\]$/,
      (m) => {
        xLabels = splitList(m[1]!).map((s) => {
          const q = s.match(QUOTED);
          if (!q) throw new Error(`x label must be quoted without inner quotes: ${s}`);
          return q[1]!;
        });
      },
    ],
    [
      /^y-axis ("[^"]*")(?: (\S+) --> (\S+))?$/,
      (m, line) => {
        if (m[2] !== undefined && !(NUMBER.test(m[2]) && NUMBER.test(m[3]!)))
          throw new Error(`y range: ${line}`);
        yAxis = true;
      },
    ],
    [
      /^(bar|line) \[(.*)\]$/,
      (m, line) => {
        const values = splitList(m[2]!).map((s) => {
          if (!NUMBER.test(s)) throw new Error(`not a plain number: '${s}' in ${line}`);
          return Number(s);
        });
        data.push({ kind: m[1] as 'bar' | 'line', values });
      },
    ],
  ];
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    const rule = rules.find(([re]) => re.test(line));
    if (!rule) throw new Error(`unexpected line: ${line}`);
    rule[1](line.match(rule[0])!, line);
  }
  if (!xLabels) throw new Error('no x-axis');
  if (!yAxis) throw new Error('no y-axis');
  if (data.length === 0) throw new Error('no bar or line series');
  for (const d of data) {
    if (d.values.length !== xLabels.length) {
      throw new Error(`${d.kind} has ${d.values.length} values for ${xLabels.length} x labels`);
    }
  }
  return { xLabels, data };
}
