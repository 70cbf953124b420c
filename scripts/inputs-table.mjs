// Renders the inputs and outputs tables of README.md from action.yml. `node scripts/inputs-table.mjs --write`
// rewrites README.md between the markers; a test fails when README and action.yml disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const START = '<!-- inputs-outputs:start (kept equal to action.yml by a test) -->';
const END = '<!-- inputs-outputs:end -->';

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function inputsTables(actionYml) {
  const action = parse(actionYml);
  const inputs = Object.entries(action.inputs).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.default === undefined ? '' : `\`${cell(spec.default)}\``} | ${cell(spec.description)} |`,
  );
  const outputs = Object.entries(action.outputs).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`,
  );
  return [
    '| Input | Default | Description |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

export function readmeTables(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${START} … ${END}`);
  return readme.slice(start + START.length, end).trim();
}

if (process.argv.includes('--write')) {
  const readme = readFileSync('README.md', 'utf8');
  const tables = inputsTables(readFileSync('action.yml', 'utf8'));
  const start = readme.indexOf(START) + START.length;
  writeFileSync('README.md', `${readme.slice(0, start)}\n${tables}\n${readme.slice(readme.indexOf(END))}`);
}
