import { isUtf8, transcode } from "node:buffer";
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
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const valid = isUtf8(buffer);
  // Buffer's decoder turns bad bytes into �, and locates nothing: invalid bytes are found by line.
  let text = valid ? validUtf8Text(buffer) : buffer.toString("utf8");
  if (!valid) {
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

/**
 * Valid UTF-8 bytes to text. ICU's transcoding into UTF-16 decodes a text with curly quotes or
 * accents (every article) three times faster than Buffer's UTF-8 decoder: 80 MB in 50 ms against
 * 190 ms here. Both give the same text from valid UTF-8; a Node built without ICU has only the latter.
 */
function validUtf8Text(buffer: Buffer): string {
  if (!process.versions.icu) return buffer.toString("utf8");
  return transcode(buffer, "utf8", "utf16le").toString("utf16le");
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
