import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/results/csv-record.ts
function parseCsvRecord(text, delimiter) {
  const fields = [];
  let i = 0;
  for (; ; ) {
    if (text[i] === '"') {
      let value = "";
      let j = i + 1;
      for (; ; ) {
        const q = text.indexOf('"', j);
        if (q === -1) return void 0;
        value += text.slice(j, q);
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      const d = text.indexOf(delimiter, j);
      fields.push(d === -1 ? value + text.slice(j) : value + text.slice(j, d));
      if (d === -1) return fields;
      i = d + 1;
    } else {
      const d = text.indexOf(delimiter, i);
      fields.push(d === -1 ? text.slice(i) : text.slice(i, d));
      if (d === -1) return fields;
      i = d + 1;
    }
  }
}

export {
  parseCsvRecord
};
