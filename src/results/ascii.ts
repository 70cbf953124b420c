/** The ASCII byte codes the byte-level readers compare with (JSON, RFC 3339 timestamps, lines, XML markup). */

export const NEWLINE = 0x0a;
export const BANG = 0x21;
export const QUOTE = 0x22;
export const AMPERSAND = 0x26;
export const APOSTROPHE = 0x27;
export const PLUS = 0x2b;
export const MINUS = 0x2d;
export const DOT = 0x2e;
export const SLASH = 0x2f;
export const ZERO = 0x30;
export const NINE = 0x39;
export const LT = 0x3c;
export const EQUALS = 0x3d;
export const GT = 0x3e;
export const QUESTION = 0x3f;
export const BACKSLASH = 0x5c;
export const CLOSE_BRACE = 0x7d;
