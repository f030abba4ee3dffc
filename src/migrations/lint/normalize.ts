/**
 * A statement's text reduced to what it means for a fingerprint: comments dropped, whitespace
 * collapsed, keywords and unquoted names lower-cased; string literals, quoted identifiers and
 * dollar-quoted bodies are kept verbatim. Reformatting or re-commenting a statement keeps its fingerprint.
 */
export function normalizeSql(text: string): string {
  let out = '';
  let space = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === LF || c === CR || c === FF) {
      space = true;
      i++;
      continue;
    }
    let j: number;
    let token: string;
    if (c === DASH && text.charCodeAt(i + 1) === DASH) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
      space = true;
      continue;
    } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        const d = text.charCodeAt(i);
        if (d === SLASH && text.charCodeAt(i + 1) === STAR) {
          depth++;
          i += 2;
        } else if (d === STAR && text.charCodeAt(i + 1) === SLASH) {
          depth--;
          i += 2;
        } else i++;
      }
      space = true;
      continue;
    } else if (c === QUOTE || c === DQUOTE) {
      const prev = text.charCodeAt(i - 1);
      const backslash = c === QUOTE && (prev === 69 || prev === 101); // E'…' strings
      j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (backslash && d === BACKSLASH) j += 2;
        else if (d === c) {
          if (text.charCodeAt(j + 1) === c) j += 2;
          else break;
        } else j++;
      }
      token = text.slice(i, j + 1);
      i = j + 1;
    } else if (c === DOLLAR) {
      const m = DOLLAR_TAG.exec(text.slice(i, i + 64));
      if (m) {
        const end = text.indexOf(m[0], i + m[0].length);
        j = end === -1 ? n : end + m[0].length;
        token = text.slice(i, j);
        i = j;
      } else {
        token = '$';
        i++;
      }
    } else {
      j = i + 1;
      while (j < n && !isWordEnd(text.charCodeAt(j))) j++;
      token = text.slice(i, j).toLowerCase();
      i = j;
      // Punctuation needs no space before it to mean the same.
      if (isPunctuation(c)) space = false;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    out += token;
  }
  let end = out.length;
  while (end > 0 && out.charCodeAt(end - 1) === SEMICOLON) end--;
  return end === out.length ? out : out.slice(0, end);
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const FF = 12;
const DASH = 45;
const SLASH = 47;
const STAR = 42;
const QUOTE = 39;
const DQUOTE = 34;
const DOLLAR = 36;
const BACKSLASH = 92;
const LPAREN = 40;
const RPAREN = 41;
const COMMA = 44;
const DOT = 46;
const SEMICOLON = 59;
const DOLLAR_TAG = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/;

/** Characters that end a bare word: whitespace, quotes, `$`, `-`, `/`. */
function isWordEnd(c: number): boolean {
  return (
    c === SPACE ||
    c === TAB ||
    c === LF ||
    c === CR ||
    c === FF ||
    c === QUOTE ||
    c === DQUOTE ||
    c === DOLLAR ||
    c === DASH ||
    c === SLASH
  );
}

function isPunctuation(c: number): boolean {
  return c === LPAREN || c === RPAREN || c === COMMA || c === SEMICOLON || c === DOT;
}
