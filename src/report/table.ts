import { boxTableLines, visibleWidth } from "./box-table.js";
import type { Colors } from "./colors.js";

export type TableFormat = "table" | "json" | "csv" | "markdown";

export interface Column<Row> {
  /** Header in the table, CSV and Markdown. */
  header: string;
  /** Key in JSON. */
  key: string;
  value(row: Row): string | number | null;
  /** Right-aligned (numbers). */
  numeric?: boolean;
  /** Share of the spare width this column takes when the table must wrap (0 = fixed). */
  grow?: number;
  /** Rendered cell in the terminal table only (a bar, a colour). */
  display?(row: Row, colors: Colors): string;
}

export interface TableOptions {
  colors: Colors;
  /** Terminal width to fit. */
  width: number;
  /** Lines between rows, for tables whose cells wrap over several lines (quotes). */
  rowLines?: boolean;
}

/** One set of rows in any of the four formats: the JSON and CSV carry exactly the table's rows. */
export function formatRows<Row>(rows: readonly Row[], columns: readonly Column<Row>[], format: TableFormat, options: TableOptions): string {
  return [...formatRowChunks(rows, columns, format, options)].join("");
}

/** Rows of the data formats, lines of the terminal table, written at a time. */
const PIECE = 500;

/**
 * The same output in pieces of a few hundred rows, so a command can write a list of 600,000
 * quotes without first building it as one string (the terminal table comes once every row is
 * in: it must measure them all).
 */
export function* formatRowChunks<Row>(rows: Iterable<Row>, columns: readonly Column<Row>[], format: TableFormat, options: TableOptions): Generator<string> {
  const pending: string[] = [];
  // Rows given to `write` come out as text.
  const writer = rowWriter(columns, format, options, (chunk) => pending.push(chunk as string));
  for (const row of rows) {
    writer.write(row);
    yield* pending.splice(0);
  }
  writer.end();
  yield* pending;
}

export interface RowWriter<Row> {
  write(row: Row): void;
  /**
   * The row made ready to write, so that a command holding rows until it knows their order can
   * format them as they come; `writeReady` writes it then. A writer takes rows by `write` or by
   * `writeReady`, in the order given.
   */
  ready(row: Row): ReadyRow<Row>;
  writeReady(ready: ReadyRow<Row>): void;
  /** Finishes the output; with no rows, writes the empty form ("[]", the header) unless told not to. */
  end(options?: { whenEmpty: boolean }): number;
}

/**
 * A row made ready to write: its line in UTF-8, or (the terminal table, which measures every row
 * first) the row itself. Bytes, not text: held by the thousand until their turn, strings cost the
 * garbage collector more than formatting them did (a Buffer's bytes lie outside the JS heap), and
 * the encoding is done as they come too. Holding the quotes of 10,000 articles so, `quotes --json`
 * took 8% less time than formatting them all at the end.
 */
export type ReadyRow<Row> = { bytes: Uint8Array } | { row: Row };

/**
 * Rows written as they come, in pieces of a few hundred, so a command can print 600,000 quotes
 * without holding them (the terminal table is the exception: it must measure every row first).
 */
export function rowWriter<Row>(columns: readonly Column<Row>[], format: TableFormat, options: TableOptions, out: (chunk: string | Uint8Array) => void): RowWriter<Row> {
  if (format === "table") {
    const rows: Row[] = [];
    return {
      write: (row) => rows.push(row),
      ready: (row) => ({ row }),
      // A writer is handed back only what its own `ready` made.
      writeReady: (ready) => rows.push((ready as { row: Row }).row),
      end: ({ whenEmpty } = { whenEmpty: true }) => {
        if (rows.length > 0 || whenEmpty) for (const chunk of terminalTable(rows, columns, options)) out(chunk);
        return rows.length;
      },
    };
  }
  const keys = columns.map((c, i) => `${i === 0 ? "  {\n" : ",\n"}    ${JSON.stringify(c.key)}: `);
  const line = {
    // As JSON.stringify(object, null, 2) writes an object of scalars, indented by two more; put
    // together here, as that was most of the time the main thread spent on a large listing.
    json: (row: Row) => {
      if (columns.length === 0) return "  {}";
      let text = "";
      for (let i = 0; i < columns.length; i++) text += keys[i] + jsonValue(columns[i].value(row));
      return `${text}\n  }`;
    },
    csv: (row: Row) => columns.map((c) => csvCell(c.value(row))).join(","),
    markdown: (row: Row) => `| ${columns.map((c) => markdownCell(c.value(row))).join(" | ")} |`,
  }[format];
  const separator = format === "json" ? ",\n" : format === "csv" ? "\r\n" : "\n";
  const header = {
    json: "[\n",
    csv: `${columns.map((c) => csvCell(c.header)).join(",")}\r\n`,
    markdown: `| ${columns.map((c) => markdownCell(c.header)).join(" | ")} |\n| ${columns.map((c) => (c.numeric ? "---:" : "---")).join(" | ")} |\n`,
  }[format];
  const headerBytes = Buffer.from(header);
  const separatorBytes = Buffer.from(separator);
  // The rows of the piece being put together, each after the header or a separator: as text, or
  // as bytes (rows made ready); a piece is one or the other.
  let text: string[] = [];
  let bytes: Uint8Array[] = [];
  let inPiece = 0;
  let count = 0;
  const flush = () => {
    if (inPiece > 0) out(bytes.length > 0 ? Buffer.concat(bytes) : text.join(""));
    text = [];
    bytes = [];
    inPiece = 0;
  };
  const added = () => {
    count++;
    if (++inPiece === PIECE) flush();
  };
  return {
    write(row) {
      if (bytes.length > 0) flush();
      text.push(count === 0 ? header : separator, line(row));
      added();
    },
    ready: (row) => ({ bytes: Buffer.from(line(row)) }),
    writeReady(ready) {
      if (text.length > 0) flush();
      // A writer is handed back only what its own `ready` made.
      bytes.push(count === 0 ? headerBytes : separatorBytes, (ready as { bytes: Uint8Array }).bytes);
      added();
    },
    end({ whenEmpty } = { whenEmpty: true }) {
      flush();
      if (count > 0) out(format === "json" ? "\n]\n" : format === "csv" ? "\r\n" : "\n");
      else if (whenEmpty) out(format === "json" ? "[]\n" : header);
      return count;
    },
  };
}

/** Text with nothing JSON escapes (a quotation mark, a backslash, a control character, a surrogate). */
const PLAIN_JSON = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/** As JSON.stringify writes a scalar; most texts need no escape, and are written without its call (a third of a large listing's JSON). */
const jsonValue = (value: string | number | null) => (typeof value === "string" && PLAIN_JSON.test(value) ? `"${value}"` : JSON.stringify(value));

/**
 * The terminal table in pieces of a few hundred lines. Every row is measured first (a cell's text
 * made twice rather than every cell held: at 650,000 quotes that held 3.8 GB).
 */
function* terminalTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[], { colors, width, rowLines }: TableOptions): Generator<string> {
  const cellsOf = (row: Row) => columns.map((c) => (c.display ? c.display(row, colors) : String(c.value(row) ?? "")));
  const natural = columns.map((c) => visibleWidth(c.header) + 2);
  for (const row of rows) {
    cellsOf(row).forEach((cell, i) => {
      for (const line of cell.split("\n")) natural[i] = Math.max(natural[i], visibleWidth(line) + 2);
    });
  }
  const total = natural.reduce((a, b) => a + b, 0) + columns.length + 1;
  let colWidths = natural;
  if (total > width) {
    // Too wide for the terminal: growable columns give up width in proportion and wrap.
    const fixed = natural.reduce((sum, w, i) => sum + (columns[i].grow ? 0 : w), 0) + columns.length + 1;
    const spare = Math.max(width - fixed, 10 * columns.filter((c) => c.grow).length);
    const shares = columns.reduce((sum, c) => sum + (c.grow ?? 0), 0);
    colWidths = natural.map((w, i) => (columns[i].grow ? Math.max(8, Math.min(w, Math.floor((spare * (columns[i].grow ?? 0)) / shares))) : w));
  }
  const head = columns.map((c) => colors.bold(c.header));
  function* cellRows() {
    for (const row of rows) yield cellsOf(row);
  }
  const lines = boxTableLines(head, cellRows(), { widths: colWidths, right: columns.map((c) => Boolean(c.numeric)), compact: !rowLines });
  let piece: string[] = [];
  for (const line of lines) {
    piece.push(line);
    if (piece.length === PIECE) {
      yield `${piece.join("\n")}\n`;
      piece = [];
    }
  }
  if (piece.length > 0) yield `${piece.join("\n")}\n`;
}

function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function markdownCell(value: string | number | null): string {
  return (value === null ? "" : String(value)).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
