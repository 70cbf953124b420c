import { describe, expect, it } from 'vitest';
import { readK6Json } from '../../src/results/k6-json.ts';
import { maskRunSecrets } from '../../src/results/masked-names.ts';
import { fixtureJson } from './helpers.ts';

const SECRET = 'sk_live_4242SecretApiKeyValue';

describe('maskRunSecrets', () => {
  it('renames exactly the series whose URL held the key, and masks it in warnings', async () => {
    const run = await readK6Json(fixtureJson('secret-in-url'));
    run.warnings.push(`a warning quoting ${SECRET}`);
    const masked = maskRunSecrets(run, [SECRET]);
    const names = (r: typeof run) => [...r.series.values()].map((s) => `${s.key.name} ${s.requests}`).sort();
    const unmasked = names(run).map((n) => n.replace(SECRET, '***'));
    expect(names(masked)).toEqual(unmasked);
    expect(names(masked)).not.toEqual(names(run));
    expect(masked.warnings.at(-1)).toBe('a warning quoting ***');
  });
});
