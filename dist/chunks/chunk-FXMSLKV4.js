import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/report/markdown-blocks.ts
function table(header, rows, align) {
  const rule = header.map((_, i) => align?.[i] === "right" ? "---:" : "---");
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(rule), ...rows.map(line)].join("\n");
}
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}
function alert(kind, paragraphs) {
  return [`> [!${kind}]`, ...paragraphs.flatMap((p, i) => i === 0 ? [`> ${p}`] : [">", `> ${p}`])].join(
    "\n"
  );
}
function bullets(items) {
  return items.map((i) => `- ${i}`).join("\n");
}
function capped(items, max) {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), `\u2026and ${items.length - max} more`];
}
function commitRef(sha, escapeText) {
  return /^[0-9a-f]{4,40}$/i.test(sha) ? `\`${sha}\`` : escapeText(sha);
}

export {
  table,
  details,
  alert,
  bullets,
  capped,
  commitRef
};
