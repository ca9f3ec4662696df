import { isUtf8 } from "node:buffer";
import { lineIndex } from "../text/line-index.js";
import type { Finding } from "../types.js";

export interface Decoded {
  text: string;
  /** Problems with the bytes, located; `file` is filled in by the caller. */
  findings: Omit<Finding, "file">[];
}

const MAX_REPORTED_LINES = 3;

/**
 * Bytes to text. UTF-8 (a BOM is dropped); UTF-16 with a BOM is decoded but reported;
 * invalid UTF-8 bytes and NUL bytes are reported at their lines, and the rest still checked.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, "utf-16be");
  const findings: Decoded["findings"] = [];
  // Buffer's decoder is the fast native one; it turns bad bytes into �, so only a text with a �
  // needs the bytes checked (a real � in the text is valid UTF-8 and passes).
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (text.includes("\ufffd") && !isUtf8(bytes)) {
    for (const line of invalidLines(bytes).slice(0, MAX_REPORTED_LINES)) {
      findings.push({
        line,
        column: 1,
        ruleId: "store/encoding",
        severity: "error",
        message: "This line has bytes that are not valid UTF-8 (shown as �).",
        hint: "Re-save the file as UTF-8 in your editor, then check the line's accented letters and punctuation.",
      });
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // The bytes are searched natively; the text only when there is a NUL to locate.
  const nul = bytes.indexOf(0) === -1 ? -1 : text.indexOf("\0");
  if (nul !== -1) {
    findings.push({
      ...lineIndex(text)(nul),
      ruleId: "store/encoding",
      severity: "error",
      message: "The file contains NUL bytes; it looks binary, not a Markdown article.",
      hint: "Remove the NUL characters, or move the file out of the store.",
    });
  }
  return { text, findings };
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  const text = new TextDecoder(encoding).decode(bytes.subarray(2));
  return {
    text,
    findings: [
      {
        line: 1,
        column: 1,
        ruleId: "store/encoding",
        severity: "error",
        message: `The file is saved as ${encoding.toUpperCase()}; articles must be UTF-8.`,
        hint: "Re-save it as UTF-8 (in VS Code: the encoding in the status bar → Save with Encoding → UTF-8).",
      },
    ],
  };
}

function invalidLines(bytes: Uint8Array): number[] {
  const lines: number[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (!isUtf8(bytes.subarray(start, i))) lines.push(line);
      start = i + 1;
      line++;
    }
  }
  return lines;
}
