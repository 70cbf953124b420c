import { describe, expect, it } from 'vitest';
import { renderCheck } from '../../src/report/check.ts';
import { renderComment } from '../../src/report/comment.ts';
import { buildReportJson } from '../../src/report/json.ts';
import { renderSummary } from '../../src/report/summary.ts';
import { renderTerminalTable } from '../../src/report/terminal.ts';
import { isSecretParamName, maskLiterals, maskSecrets } from '../../src/secrets/mask.ts';

/** Masking with no literal secrets: what is left is the masking of credentials inside URLs. */
const maskUrlCredentials = (text: string) => maskSecrets(text, []);

import { comparison, context, decode, key, metric, series } from './fixtures.ts';

describe('maskUrlCredentials', () => {
  it('masks user and password in a URL', () => {
    expect(maskUrlCredentials('GET https://alice:hunter2@api.example/users')).toBe(
      'GET https://***@api.example/users',
    );
  });

  it('masks a bare token as userinfo', () => {
    expect(maskUrlCredentials('http://ghp_abcdef@host:8080/x')).toBe('http://***@host:8080/x');
  });

  it('leaves an @ in a path alone', () => {
    expect(maskUrlCredentials('https://host/users/@me')).toBe('https://host/users/@me');
  });

  it.each([
    'token',
    'access_token',
    'key',
    'api_key',
    'apiKey',
    'API-KEY',
    'secret',
    'client_secret',
    'password',
    'passwd',
    'signature',
    'X-Amz-Signature',
    'sig',
    'auth',
    'auth_token',
    'Authorization',
    'session_id',
    'jwt',
  ])('masks the query parameter %s', (name) => {
    expect(maskUrlCredentials(`https://h/p?page=2&${name}=s3cr3t&x=1`)).toBe(
      `https://h/p?page=2&${name}=***&x=1`,
    );
  });

  it.each(['page', 'keyword', 'monkey', 'author', 'sort', 'signup', 'design'])(
    'keeps the harmless parameter %s',
    (name) => {
      expect(isSecretParamName(name)).toBe(false);
      expect(maskUrlCredentials(`/p?${name}=v`)).toBe(`/p?${name}=v`);
    },
  );

  it('masks a secret parameter that comes first and one that ends the URL before a fragment', () => {
    expect(maskUrlCredentials('/a?token=abc#top')).toBe('/a?token=***#top');
  });
});

describe('maskLiterals', () => {
  it('replaces every occurrence of each listed secret', () => {
    expect(maskLiterals('a SEKRET b SEKRET', ['SEKRET'])).toBe('a *** b ***');
  });

  it('also replaces the URL-encoded form', () => {
    expect(maskLiterals('/q?x=p%40ss%20word', ['p@ss word'])).toBe('/q?x=***');
  });

  it('masks the longer of two overlapping secrets whole', () => {
    expect(maskLiterals('abcdef', ['abc', 'abcdef'])).toBe('***');
  });

  it('ignores empty and blank entries instead of masking every gap', () => {
    expect(maskLiterals('abc', ['', '  '])).toBe('abc');
  });
});

describe('masking in every output', () => {
  const secret = 'tok_9f8e7d6c5b4a';
  const name = `/search?q=x&api_key=${secret}&u=https://bob:pw123@inner.example/`;
  const ctx = context({
    secrets: [secret, 'ENV-VALUE-42'],
    comparison: comparison({
      series: [
        series(key('GET', name), [
          metric('p99', { baseline: 10, change: 0.3, interval: [0.2, 0.4], outcome: 'regression' }),
        ]),
      ],
      verdict: 'fail',
      reasons: [`GET ${name} regressed`, 'run with -e PASS=ENV-VALUE-42'],
      warnings: ['k6 printed ENV-VALUE-42'],
    }),
    environment: { differences: ['BASE_URL=https://bob:pw123@inner.example'], strict: false },
    thresholdBreaches: {
      baseline: [],
      candidate: [{ metric: 'http_req_duration{url:ENV-VALUE-42}', expressions: ['p(99)<5'] }],
    },
  });

  const outputs: Record<string, string> = {
    comment: renderComment(ctx),
    summary: renderSummary(ctx),
    'check title': renderCheck(ctx).title,
    'check summary': renderCheck(ctx).summary,
    terminal: renderTerminalTable(ctx, { color: false }),
    json: JSON.stringify(buildReportJson(ctx)),
  };

  it.each(Object.keys(outputs))('%s shows no secret', (which) => {
    const text = decode(outputs[which]!);
    expect(text).not.toContain(secret);
    expect(text).not.toContain('ENV-VALUE-42');
    expect(text).not.toContain('pw123');
    expect(text).not.toContain('bob');
    expect(text).toContain('***');
  });

  it('keeps the rest of the name readable', () => {
    expect(decode(outputs.comment!)).toContain('/search?q=x&api_key=***&u=https://***@inner.example/');
  });

  it('masks before cutting, so a long name cut mid-secret leaks no prefix of it', () => {
    const longSecret = `${'S'.repeat(30)}ECRET-TAIL`;
    const cutCtx = context({
      secrets: [longSecret],
      comparison: comparison({
        series: [
          series(key('GET', `/${'p'.repeat(100)}/${longSecret}`), [
            metric('p50', { baseline: 1, change: 0 }),
          ]),
        ],
      }),
    });
    const comment = renderComment(cutCtx);
    expect(comment).not.toContain('SSSSSSSSSS');
  });

  it('maskSecrets combines both', () => {
    expect(maskSecrets('https://u:p@h/?token=t&v=LIT', ['LIT'])).toBe('https://***@h/?token=***&v=***');
  });
});
