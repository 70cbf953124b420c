import { chartNumber } from './format.ts';

/**
 * A Mermaid `xychart-beta` (rendered natively in GitHub comments). Labels must already be Mermaid-safe
 * (see `mermaidLabel`); every data series has one number per x label.
 */
export interface XyChart {
  title: string;
  xLabels: string[];
  yTitle: string;
  /** y range; omitted: Mermaid fits it to the data */
  yRange?: [number, number];
  bars: number[][];
  lines: number[][];
}

export function renderXyChart(chart: XyChart): string {
  const n = chart.xLabels.length;
  for (const data of [...chart.bars, ...chart.lines]) {
    if (data.length !== n)
      throw new Error(`xychart '${chart.title}': a series has ${data.length} values for ${n} x labels`);
  }
  const q = (label: string) => `"${label}"`;
  const range = chart.yRange ? ` ${chartNumber(chart.yRange[0])} --> ${chartNumber(chart.yRange[1])}` : '';
  const data = (kind: string, values: number[]) => `    ${kind} [${values.map(chartNumber).join(', ')}]`;
  return [
    '```mermaid',
    'xychart-beta',
    `    title ${q(chart.title)}`,
    `    x-axis [${chart.xLabels.map(q).join(', ')}]`,
    `    y-axis ${q(chart.yTitle)}${range}`,
    ...chart.bars.map((v) => data('bar', v)),
    ...chart.lines.map((v) => data('line', v)),
    '```',
  ].join('\n');
}

/** 1, 2 or 5 times a power of ten, at least `x`: a y-axis end that reads well. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 5, 10].find((m) => m * power >= x * (1 - 1e-12))!;
  return step * power;
}
