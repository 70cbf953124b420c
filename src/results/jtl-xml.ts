import { StringDecoder } from 'node:string_decoder';
import { RunFileError, snippet } from './errors.ts';
import { pumpFile } from './file-pump.ts';
import { isTransactionText, JtlSamples } from './jtl-samples.ts';
import type { ReadOptions, RunResult } from './types.ts';

/**
 * Reads a JMeter XML results file (`.jtl`, `jmeter.save.saveservice.output_format=xml`) in constant memory:
 * `<testResults>` holding one `<httpSample>` or `<sample>` per sample. A sample nested in another is a
 * sub-result (a redirect, an embedded resource) and is part of its parent's time, so it is not counted again;
 * a Transaction Controller's parent sample ("Generate parent sample") is not counted, its children are.
 */
export async function readJtlXml(path: string, opts: ReadOptions = {}): Promise<RunResult> {
  const samples = new JtlSamples(path, opts);
  const parser = new XmlSamples(path, samples);
  const decoder = new StringDecoder('utf8');
  await pumpFile(path, (chunk) => parser.push(decoder.write(chunk)), {
    chunkSize: opts.chunkSize,
    onTruncatedGzip: () =>
      samples.cutShort(
        `${path}: the gzip stream is truncated (JMeter was stopped while writing); kept what was read`,
      ),
  });
  parser.push(decoder.end());
  parser.finish();
  return samples.finish();
}

const SAMPLE_TAGS = new Set(['httpSample', 'sample']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

interface Frame {
  /** a Transaction Controller parent: its children are the samples that count */
  transaction: boolean;
}

class XmlSamples {
  private carry = '';
  private rootSeen = false;
  private readonly stack: Frame[] = [];

  constructor(
    private readonly path: string,
    private readonly samples: JtlSamples,
  ) {}

  push(text: string): void {
    const s = this.carry + text;
    let pos = 0;
    for (;;) {
      const lt = s.indexOf('<', pos);
      if (lt === -1) {
        pos = s.length;
        break;
      }
      const end = this.tagEnd(s, lt);
      if (end === -1) {
        pos = lt;
        break;
      }
      this.tag(s.slice(lt, end));
      pos = end;
    }
    this.carry = s.slice(pos);
  }

  finish(): void {
    if (!this.rootSeen) {
      throw new RunFileError(
        this.path,
        undefined,
        `not a JMeter XML results file: no <testResults> element${this.carry === '' ? '' : `, got: ${snippet(this.carry)}`}`,
      );
    }
    if (this.carry.trim() !== '' || this.stack.length > 0) {
      this.samples.cutShort(
        `${this.path}: the file ends inside a sample (JMeter was probably stopped while writing); ignored it`,
        'truncated last sample',
      );
    }
  }

  /** The index after the markup starting at `lt`, or -1 when it is not complete yet. */
  private tagEnd(s: string, lt: number): number {
    const next = s.charCodeAt(lt + 1);
    if (next !== 0x21 && next !== 0x3f) {
      // an element (neither <! nor <?): the common case
      const gt = s.indexOf('>', lt);
      return gt === -1 ? -1 : gt + 1;
    }
    const close = (marker: string) => {
      const i = s.indexOf(marker, lt);
      return i === -1 ? -1 : i + marker.length;
    };
    if (s.startsWith('<!--', lt)) return close('-->');
    if (s.startsWith('<![CDATA[', lt)) return close(']]>');
    if (s.startsWith('<?', lt)) return close('?>');
    return close('>');
  }

  private tag(markup: string): void {
    const first = markup.charCodeAt(1);
    if (first === 0x21 || first === 0x3f) return; // <! or <?
    const closing = first === 0x2f;
    const name = elementName(markup, closing ? 2 : 1);
    if (!this.rootSeen) {
      if (name !== 'testResults') {
        throw new RunFileError(
          this.path,
          undefined,
          `not a JMeter XML results file: expected <testResults>, got: ${snippet(markup)}`,
        );
      }
      this.rootSeen = true;
      return;
    }
    if (!SAMPLE_TAGS.has(name)) return;
    if (closing) {
      this.stack.pop();
      return;
    }
    const parent = this.stack[this.stack.length - 1];
    const attrs = attributes(markup);
    const counts = parent === undefined || parent.transaction;
    const transaction = counts && isTransactionText(attrs.rm ?? '');
    if (transaction) this.samples.transactionSample();
    else if (!counts) this.samples.subResult();
    else this.sample(attrs, markup);
    if (!markup.endsWith('/>')) this.stack.push({ transaction });
  }

  private sample(attrs: Record<string, string>, markup: string): void {
    const ts = attrs.ts;
    const t = attrs.t;
    if (ts === undefined || !/^\d+$/.test(ts) || t === undefined || !/^\d+$/.test(t)) {
      throw new RunFileError(
        this.path,
        undefined,
        `a sample without whole-number ts (start, epoch ms) and t (elapsed ms) attributes: ${snippet(markup)}`,
      );
    }
    const all = attrs.na === undefined ? -1 : Number(attrs.na);
    this.samples.sampleOf(
      attrs.lb ?? '',
      attrs.tn ?? '',
      attrs.s === 'true',
      Number(ts),
      Number(t),
      Number.isInteger(all) ? all : -1,
    );
  }
}

/** The element name ([A-Za-z_][\w.-]*) starting at `start` of `markup`, or '' when there is none. */
function elementName(markup: string, start: number): string {
  const c = markup.charCodeAt(start);
  if (!(isNameChar(c) && c !== 0x3a && !(c >= 0x30 && c <= 0x39) && c !== 0x2e && c !== 0x2d)) return '';
  let end = start + 1;
  while (end < markup.length && isNameChar(markup.charCodeAt(end)) && markup.charCodeAt(end) !== 0x3a) end++;
  return markup.slice(start, end);
}

/** the attributes of a sample perf-gate reads (JMeter writes a dozen) */
const READ_ATTRIBUTES = new Set(['t', 'ts', 's', 'lb', 'rm', 'tn', 'na']);

/**
 * The attributes of `markup` that perf-gate reads, entities decoded: `name="value"` or `name='value'` with
 * optional blanks around `=`. A hand scan: a regex over every attribute was most of the XML reader's time.
 */
function attributes(markup: string): Record<string, string> {
  const out: Record<string, string> = {};
  const length = markup.length;
  let p = 0;
  while (p < length) {
    if (!isNameChar(markup.charCodeAt(p))) {
      p++;
      continue;
    }
    const nameStart = p;
    while (p < length && isNameChar(markup.charCodeAt(p))) p++;
    const nameEnd = p;
    while (p < length && isBlank(markup.charCodeAt(p))) p++;
    if (markup.charCodeAt(p) !== 0x3d) continue; // '='
    p++;
    while (p < length && isBlank(markup.charCodeAt(p))) p++;
    const quote = markup.charCodeAt(p);
    if (quote !== 0x22 && quote !== 0x27) continue;
    const close = markup.indexOf(quote === 0x22 ? '"' : "'", p + 1);
    if (close === -1) break;
    const name = markup.slice(nameStart, nameEnd);
    if (READ_ATTRIBUTES.has(name)) out[name] = decodeEntities(markup.slice(p + 1, close));
    p = close + 1;
  }
  return out;
}

/** [\w.:-] */
function isNameChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2e ||
    c === 0x3a ||
    c === 0x2d
  );
}

/** \s as XML writes it between attributes */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });
}
