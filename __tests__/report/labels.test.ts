import { describe, expect, it } from 'vitest';
import { seriesNamer } from '../../src/results/types.ts';
import { SERVICE_KEY } from '../../src/stats/resources.ts';
import { key } from './fixtures.ts';

describe('seriesNamer', () => {
  it('does not repeat the method when the name tag already starts with it', () => {
    const name = seriesNamer([key('GET', 'GET /users'), key('POST', '/orders')]);
    expect(name(key('GET', 'GET /users'))).toBe('GET /users');
    expect(name(key('POST', '/orders'))).toBe('POST /orders');
    expect(name(key('GET', 'GETTER'))).toBe('GET GETTER');
  });

  it('names groups, and the scenario only when there are several', () => {
    const keys = [key('GET', '/a', '::browse', 'api'), key('GET', '/a', '', 'admin')];
    expect(seriesNamer(keys)(keys[0]!)).toBe('api › browse › GET /a');
    expect(seriesNamer([keys[0]!])(keys[0]!)).toBe('browse › GET /a');
  });

  it('does not name the scenario because of the service’s series, which belongs to none', () => {
    const keys = [key('GET', '/a', '', 'api'), SERVICE_KEY];
    const name = seriesNamer(keys);
    expect(name(keys[0]!)).toBe('GET /a');
    expect(name(SERVICE_KEY)).toBe('service (CPU, memory)');
  });
});
