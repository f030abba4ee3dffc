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
  const emit = (s: string) => {
    if (space && out.length > 0) out += ' ';
    space = false;
    out += s;
  };
  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      space = true;
      i++;
    } else if (c === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
      space = true;
    } else if (c === '/' && text[i + 1] === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text[i] === '/' && text[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (text[i] === '*' && text[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      }
      space = true;
    } else if (c === "'" || c === '"') {
      const backslash = c === "'" && (text[i - 1] === 'E' || text[i - 1] === 'e');
      let j = i + 1;
      while (j < n) {
        if (backslash && text[j] === '\\') j += 2;
        else if (text[j] === c) {
          if (text[j + 1] === c) j += 2;
          else break;
        } else j++;
      }
      emit(text.slice(i, j + 1));
      i = j + 1;
    } else if (c === '$') {
      const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64));
      if (m) {
        const end = text.indexOf(m[0], i + m[0].length);
        const j = end === -1 ? n : end + m[0].length;
        emit(text.slice(i, j));
        i = j;
      } else {
        emit(c);
        i++;
      }
    } else {
      let j = i + 1;
      while (j < n && !' \t\n\r\f\'"$-/'.includes(text[j])) j++;
      // Punctuation needs no spaces around it to mean the same.
      const word = text.slice(i, j).toLowerCase();
      if (/^[(),;.]/.test(word)) space = false;
      emit(word);
      if (/[(,.]$/.test(word)) space = false;
      i = j;
    }
  }
  return out.replace(/;+$/, '');
}
