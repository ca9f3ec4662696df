import { createRequire } from "node:module";

/**
 * A table drawn with box characters, laid out as cli-table3 lays out the tables irinsider asks of
 * it (fixed column widths, one space of padding, words wrapped at the width and a word too long
 * cut with "…", no spans), in time linear in its cells: cli-table3 took 9 s for the 6,500 quotes
 * of 1,000 articles and 265 s for 10,000 (a layout step quadratic in the cells, and several
 * pattern scans per cell to measure it). A unit test holds the output to cli-table3's.
 */
export interface BoxTableOptions {
  /** Each column's width, padding included (not the borders). */
  widths: readonly number[];
  /** Right-aligned columns (numbers). */
  right: readonly boolean[];
  /** No line between body rows (one still follows the header). */
  compact: boolean;
}

/**
 * The table's lines, the rows read as they are drawn (a long table is never held whole). Cells
 * may be styled with ANSI codes as a whole (an opening code before the text and a closing one
 * after it), which each line of a wrapped cell gets anew.
 */
export function* boxTableLines(head: readonly string[], rows: Iterable<readonly string[]>, { widths, right, compact }: BoxTableOptions): Generator<string> {
  const rule = (left: string, middle: string, end: string) => left + widths.map((width) => "─".repeat(width)).join(middle) + end;
  yield rule("┌", "┬", "┐");
  const draw = function* (cells: readonly string[]) {
    const lines = cells.map((cell, column) => cellLines(cell, widths[column] - 2));
    const height = Math.max(1, ...lines.map((cell) => cell.length));
    for (let line = 0; line < height; line++) {
      yield `│${lines.map((cell, column) => ` ${fit(cell[line] ?? "", widths[column] - 2, right[column])} `).join("│")}│`;
    }
  };
  yield* draw(head);
  let first = true;
  for (const cells of rows) {
    if (first || !compact) yield rule("├", "┼", "┤");
    first = false;
    yield* draw(cells);
  }
  yield rule("└", "┴", "┘");
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[(?:\d*;){0,5}\d*m/g;
// eslint-disable-next-line no-control-regex
const STYLED = /^((?:\u001b\[(?:\d*;){0,5}\d*m)+)([^\u001b]*)((?:\u001b\[(?:\d*;){0,5}\d*m)*)$/;

/** A cell's lines at `width`: its text wrapped as cli-table3 wraps it, each line in the cell's style. */
function cellLines(cell: string, width: number): string[] {
  const styled = STYLED.exec(cell);
  const text = styled ? styled[2] : cell.replace(ANSI, "");
  const lines = text.split("\n").flatMap((line) => wrapWords(line, width));
  return styled ? lines.map((line) => styled[1] + line + styled[3]) : lines;
}

/** cli-table3's word wrap: words and the blanks between them, a new line when the next word would not fit. */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  const parts = text.split(/(\s+)/);
  let line: string[] = [];
  let length = 0;
  let blank: string | undefined;
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i];
    let next = length + displayWidth(word);
    if (length > 0 && blank) next += blank.length;
    if (next > width) {
      if (length !== 0) lines.push(line.join(""));
      line = [word];
      length = displayWidth(word);
    } else {
      line.push(blank ?? "", word);
      length = next;
    }
    blank = parts[i + 1];
  }
  if (length) lines.push(line.join(""));
  return lines;
}

/** A line cut to `width` with "…" when longer, and padded to it. */
function fit(line: string, width: number, alignRight: boolean): string {
  const styled = STYLED.exec(line);
  const [open, text, close] = styled ? [styled[1], styled[2], styled[3]] : ["", line.replace(ANSI, ""), ""];
  let shown = text;
  if (displayWidth(text) > width) {
    shown = text.length === displayWidth(text) ? text.slice(0, width - 1) : text;
    while (displayWidth(shown) > width - 1) shown = shown.slice(0, -1);
    shown += "…";
  }
  const padding = " ".repeat(Math.max(0, width - displayWidth(shown)));
  const body = open + shown + close;
  return alignRight ? padding + body : body + padding;
}

type StringWidth = (text: string) => number;
let stringWidth: StringWidth | undefined;

/** Characters one column wide that need no measuring: ASCII, Latin letters, the usual quotation marks and dashes. */
const NARROW = /^[\x20-\x7e\u00c0-\u024f\u2010-\u2027\u00ab\u00bb]*$/;

/** Columns a text takes on a terminal, its colour codes left out. */
export const visibleWidth = (text: string) => displayWidth(text.replace(ANSI, ""));

/** Columns a text takes on a terminal (wide East Asian characters and emoji 2, combining marks 0), as cli-table3 measures it. */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  stringWidth ??= createRequire(import.meta.url)("string-width") as StringWidth;
  return stringWidth(text);
}
