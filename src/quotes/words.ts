/** A word of a text and where it starts. */
export interface Token {
  word: string;
  index: number;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/**
 * The words of a text: maximal runs of letters, marks, apostrophes (' ’) and hyphens, in order,
 * at most `limit`. Read by character codes (ASCII by hand, the rest by pattern): it runs on the
 * sentence around every quote, where a matchAll per call cost more than the search itself.
 */
export function wordTokens(text: string, limit = Infinity): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i < text.length && tokens.length < limit; i++) {
    const c = text.charCodeAt(i);
    let width = 1;
    let inWord: boolean;
    if (c < 0x80) {
      inWord = ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x27 || c === 0x2d;
    } else if (c === 0x2019) {
      inWord = true;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width = 2;
      inWord = LETTER_OR_MARK.test(text.slice(i, i + 2));
    } else {
      inWord = LETTER_OR_MARK.test(text[i]);
    }
    if (inWord) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      tokens.push({ word: text.slice(start, i), index: start });
      start = -1;
    }
    i += width - 1;
  }
  if (start !== -1 && tokens.length < limit) tokens.push({ word: text.slice(start), index: start });
  return tokens;
}
