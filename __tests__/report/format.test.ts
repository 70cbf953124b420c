import { describe, expect, it } from 'vitest';
import {
  chartNumber,
  formatAge,
  formatChange,
  formatChangeWithInterval,
  formatNoiseFloor,
  formatValue,
  shortSha,
} from '../../src/report/format.ts';

describe('formatValue', () => {
  it.each([
    [0.842, 'ms', '0.842 ms'],
    [7.712, 'ms', '7.71 ms'],
    [12.34, 'ms', '12.3 ms'],
    [245.6, 'ms', '246 ms'],
    [999.7, 'ms', '1.00 s'],
    [1234, 'ms', '1.23 s'],
    [123_456, 'ms', '123 s'],
    [99.96, 'req/s', '100 req/s'],
    [1204.4, 'req/s', '1,204 req/s'],
    [0, 'ratio', '0%'],
    [0.0052, 'ratio', '0.52%'],
    [0.312, 'ratio', '31.2%'],
    [Number.NaN, 'ms', 'n/a'],
  ] as const)('%d %s → %s', (value, unit, want) => {
    expect(formatValue(value, unit)).toBe(want);
  });
});

describe('formatChange', () => {
  it('signs relative changes and picks digits by size', () => {
    expect(formatChange(0.121, 'relative')).toBe('+12.1%');
    expect(formatChange(-0.034, 'relative')).toBe('-3.4%');
    expect(formatChange(0.0043, 'relative')).toBe('+0.43%');
    expect(formatChange(1.5, 'relative')).toBe('+150%');
    expect(formatChange(0, 'relative')).toBe('0.00%');
  });

  it('writes absolute (error rate) changes in percentage points', () => {
    expect(formatChange(0.005, 'absolute')).toBe('+0.50 pp');
  });

  it('writes change and interval together', () => {
    expect(
      formatChangeWithInterval({ change: 0.121, changeKind: 'relative', interval: [0.063, 0.182] }),
    ).toBe('+12.1% [+6.3%, +18.2%]');
  });

  it('writes a relative noise floor up and down (they differ), an absolute one as ±', () => {
    expect(formatNoiseFloor({ noiseFloor: 0.061, changeKind: 'relative' })).toBe('+6.1% / -5.7%');
    expect(formatNoiseFloor({ noiseFloor: 1.722, changeKind: 'relative' })).toBe('+172% / -63.3%');
    expect(formatNoiseFloor({ noiseFloor: 0.002, changeKind: 'absolute' })).toBe('±0.20 pp');
  });
});

describe('formatAge', () => {
  it.each([
    [20_000, 'less than a minute old'],
    [12 * 60_000, '12 min old'],
    [3 * 3_600_000 + 100, '3 h old'],
    [47 * 3_600_000, '47 h old'],
    [5 * 86_400_000, '5 days old'],
  ])('%d ms → %s', (ms, want) => {
    expect(formatAge(1_000_000_000_000 + ms, 1_000_000_000_000)).toBe(want);
  });

  it('says the age is unknown when no time was recorded', () => {
    expect(formatAge(1_000_000_000_000, undefined)).toBe('of unknown age');
  });
});

describe('shortSha and chartNumber', () => {
  it('shortens hashes only', () => {
    expect(shortSha('a1b2c3d4e5f6')).toBe('a1b2c3d');
    expect(shortSha('main')).toBe('main');
  });

  it('writes plain decimals for Mermaid', () => {
    expect(chartNumber(7.7)).toBe('7.7');
    expect(chartNumber(10.6078)).toBe('10.61');
    expect(chartNumber(1e-9)).toBe('0');
    expect(chartNumber(-0.0001)).toBe('0');
    expect(chartNumber(12_345.6)).toBe('12346');
    expect(() => chartNumber(Number.NaN)).toThrow(/finite/);
  });
});
