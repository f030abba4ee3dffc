/**
 * A statement's text reduced to what it means for a fingerprint: comments dropped, whitespace
 * collapsed, keywords and unquoted names lower-cased; string literals, quoted identifiers and
 * dollar-quoted bodies are kept verbatim. Reformatting or re-commenting a statement keeps its fingerprint.
 */
export function normalizeSql(text: string): string {
  if (!NEEDS_TOKENS.test(text)) return normalizePlain(text);
  let out = '';
  let space = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === LF || c === CR || c === FF) {
      WHITESPACE.lastIndex = i + 1;
      i = WHITESPACE.test(text) ? WHITESPACE.lastIndex - 1 : n;
      space = true;
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
      const quote = c === QUOTE ? "'" : '"';
      if (c === QUOTE && (prev === 69 || prev === 101)) {
        // E'…' strings: a backslash escapes the next character.
        j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === BACKSLASH) j += 2;
          else if (d === c) {
            if (text.charCodeAt(j + 1) === c) j += 2;
            else break;
          } else j++;
        }
      } else {
        // A doubled quote is part of the string.
        j = text.indexOf(quote, i + 1);
        while (j !== -1 && text.charCodeAt(j + 1) === c) j = text.indexOf(quote, j + 2);
        if (j === -1) j = n;
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
      WORD_END.lastIndex = i + 1;
      j = WORD_END.test(text) ? WORD_END.lastIndex - 1 : n;
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

/**
 * normalizeSql of a text without strings, quoted names, `$`, comments or non-ASCII characters (most
 * migration statements): lower-case, whitespace collapsed and dropped before punctuation, by
 * regular expressions over the whole text instead of token by token.
 */
function normalizePlain(text: string): string {
  const out = text.toLowerCase().replace(SPACE_BEFORE_PUNCTUATION, '').replace(SPACES, ' ');
  let start = 0;
  let end = out.length;
  if (out.charCodeAt(0) === SPACE) start = 1;
  if (end > start && out.charCodeAt(end - 1) === SPACE) end--;
  while (end > start && out.charCodeAt(end - 1) === SEMICOLON) end--;
  return out.slice(start, end);
}

/** What only the tokenizer handles: quotes, `$`, comments, non-ASCII (lower-casing may depend on context). */
const NEEDS_TOKENS = /['"$\u0080-\uffff]|--|\/\*/;
const SPACE_BEFORE_PUNCTUATION = /[ \t\n\r\f]+(?=[(),;.])/g;
const SPACES = /[ \t\n\r\f]+/g;

// Runs are found by regular expressions rather than character loops: V8 compiles them to machine
// code at once, while a loop runs in the interpreter for most of a short-lived lint process.
/** The character after a run of whitespace. */
const WHITESPACE = /[^ \t\n\r\f]/g;
/** Characters that end a bare word: whitespace, quotes, `$`, `-`, `/`. */
const WORD_END = /[ \t\n\r\f'"$\-/]/g;

function isPunctuation(c: number): boolean {
  return c === LPAREN || c === RPAREN || c === COMMA || c === SEMICOLON || c === DOT;
}
