/** The few colours the formatters use; a chalk instance fits, and so does the plain one below. */
export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  cyan(text: string): string;
}

const same = (text: string) => text;
export const plainColors: Colors = { red: same, yellow: same, green: same, dim: same, bold: same, cyan: same };
