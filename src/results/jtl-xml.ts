import { StringDecoder } from 'node:string_decoder';
import { RunFileError, snippet } from './errors.ts';
import { pumpFile } from './file-pump.ts';
import { isTransactionMessage, JtlSamples } from './jtl-samples.ts';
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
    if (markup.startsWith('<!') || markup.startsWith('<?')) return;
    const closing = markup.startsWith('</');
    const name = /^<\/?([A-Za-z_][\w.-]*)/.exec(markup)?.[1] ?? '';
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
    const message = Buffer.from(attrs.rm ?? '');
    const transaction = counts && isTransactionMessage(message, 0, message.length);
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

function attributes(markup: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of markup.matchAll(/([\w.:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out[m[1]!] = decodeEntities(m[3] ?? m[4] ?? '');
  }
  return out;
}

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });
}
