/**
 * UTF-8's byte-order mark. No load tool writes one, but a results file saved again by a Windows tool has it
 * (Excel's "CSV UTF-8", Notepad, PowerShell's `Out-File -Encoding utf8`), and JSON.parse and the line readers
 * would take it for the first field's text: a k6 file was "not JSON" and a Locust CSV had no 'Type' column.
 */
const MARK = [0xef, 0xbb, 0xbf];

/**
 * `push` for a file's chunks in order, with a byte-order mark at the very start of the file left out; `end`
 * hands over what was held back when the whole file is shorter than a mark. The first chunk is passed on as
 * a view of itself, never a copy (the JMeter CSV reader reads chunks where the file pump put them).
 */
export function skippingByteOrderMark(push: (chunk: Buffer) => void): {
  push: (chunk: Buffer) => void;
  end: () => void;
} {
  // the file's first bytes while they may still be the mark (a chunk can be shorter than it); undefined after
  let held: number[] | undefined = [];
  return {
    push(chunk) {
      if (held === undefined) return push(chunk);
      let i = 0;
      // past the chunk's end chunk[i] is undefined, which no byte of the mark equals
      while (held.length + i < MARK.length && chunk[i] === MARK[held.length + i]) i++;
      if (held.length + i === MARK.length) {
        held = undefined;
        if (i < chunk.length) push(chunk.subarray(i));
        return;
      }
      if (i === chunk.length) {
        held.push(...chunk);
        return;
      }
      const text = held;
      held = undefined;
      if (text.length > 0) push(Buffer.from(text));
      push(chunk);
    },
    end() {
      if (held !== undefined && held.length > 0) push(Buffer.from(held));
      held = undefined;
    },
  };
}

/** A whole file's text without a byte-order mark at its start. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
