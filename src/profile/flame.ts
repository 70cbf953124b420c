import { plainText } from '../report/escape.ts';
import type { ProfiledSide } from './diff.ts';
import { type Frame, functionKey } from './model.ts';

interface FlameNode {
  frame: Frame;
  /** total seconds per request under this node, per side */
  base: number;
  pr: number;
  children: Map<string, FlameNode>;
}

const WIDTH = 1200;
const ROW = 17;
/** Boxes narrower than this many pixels are left out: they cannot be read and would bloat the file. */
const MIN_PIXELS = 0.5;

function addStacks(root: FlameNode, side: ProfiledSide, which: 'base' | 'pr'): void {
  for (const stack of side.profile.stacks) {
    const share = stack.weight / side.requests;
    let node = root;
    node[which] += share;
    for (const frame of stack.frames) {
      const key = functionKey(frame);
      let child = node.children.get(key);
      if (!child) {
        child = { frame, base: 0, pr: 0, children: new Map() };
        node.children.set(key, child);
      }
      child[which] += share;
      node = child;
    }
  }
}

/** One line of text safe in SVG text and attributes (control characters, which XML forbids, become spaces). */
const xml = (s: string) => plainText(s).replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);

/** Red for more time in the PR, blue for less, white for none; saturation by the change's share of the largest. */
function colour(change: number, largest: number): string {
  const strength = largest > 0 ? Math.min(1, Math.abs(change) / largest) : 0;
  const fade = Math.round(235 - 200 * strength);
  return change >= 0 ? `rgb(240,${fade},${fade})` : `rgb(${fade},${fade},240)`;
}

const micros = (s: number) => `${(s * 1e6).toFixed(1)} µs`;

/**
 * A differential flame graph as one self-contained SVG: boxes as wide as the larger side's time per request
 * (so code that vanished in the PR still shows), coloured by the change of the box's own time per request.
 * Hovering a box shows base, PR and change. No scripts, no external references.
 */
export function renderDiffFlameGraph(base: ProfiledSide, pr: ProfiledSide, title: string): string {
  const root: FlameNode = { frame: { name: 'all', file: '', line: 0 }, base: 0, pr: 0, children: new Map() };
  addStacks(root, base, 'base');
  addStacks(root, pr, 'pr');
  const selfChange = (n: FlameNode) => {
    let b = n.base;
    let p = n.pr;
    for (const c of n.children.values()) {
      b -= c.base;
      p -= c.pr;
    }
    return p - b;
  };
  let largest = 0;
  const visit = (n: FlameNode) => {
    largest = Math.max(largest, Math.abs(selfChange(n)));
    for (const c of n.children.values()) visit(c);
  };
  visit(root);

  const scale = WIDTH / Math.max(root.base, root.pr, Number.MIN_VALUE);
  const boxes: string[] = [];
  let depth = 0;
  const draw = (n: FlameNode, x: number, level: number) => {
    const w = Math.max(n.base, n.pr) * scale;
    if (w < MIN_PIXELS) return;
    depth = Math.max(depth, level);
    const change = selfChange(n);
    const label = n.frame.file === '' ? n.frame.name : `${n.frame.name} ${n.frame.file}:${n.frame.line}`;
    const tip = `${label} — total per request ${micros(n.base)} → ${micros(n.pr)}, self change ${change >= 0 ? '+' : ''}${micros(change)}`;
    const text =
      w > 30
        ? `<text x="${(x + 3).toFixed(1)}" y="${-level * ROW - 5}">${xml(n.frame.name.slice(0, Math.floor(w / 7)))}</text>`
        : '';
    boxes.push(
      `<g><title>${xml(tip)}</title><rect x="${x.toFixed(1)}" y="${-(level + 1) * ROW}" width="${w.toFixed(1)}" height="${ROW - 1}" fill="${colour(change, largest)}"/>${text}</g>`,
    );
    let cx = x;
    const children = [...n.children.values()].sort((a, b) =>
      functionKey(a.frame).localeCompare(functionKey(b.frame)),
    );
    for (const c of children) {
      draw(c, cx, level + 1);
      cx += Math.max(c.base, c.pr) * scale;
    }
  };
  draw(root, 0, 0);
  const height = (depth + 1) * ROW + 40;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 ${-height + 10} ${WIDTH} ${height}" font-family="monospace" font-size="11">`,
    `<text x="0" y="${-height + 25}" font-size="13">${xml(title)} — red: more time per request in the PR, blue: less</text>`,
    ...boxes,
    '</svg>',
    '',
  ].join('\n');
}
