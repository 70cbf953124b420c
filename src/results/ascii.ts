/** The ASCII byte codes the byte-level readers compare with (JSON, RFC 3339 timestamps, lines). */

export const NEWLINE = 0x0a;
export const QUOTE = 0x22;
export const PLUS = 0x2b;
export const MINUS = 0x2d;
export const DOT = 0x2e;
export const ZERO = 0x30;
export const NINE = 0x39;
export const BACKSLASH = 0x5c;
export const CLOSE_BRACE = 0x7d;
