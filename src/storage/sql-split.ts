/**
 * Splits a SQL script into single statements.
 *
 * Prisma's driver adapter runs raw SQL with PostgreSQL's extended protocol, which takes one
 * statement at a time, so migration files cannot be sent whole. The splitter knows
 * PostgreSQL's lexical rules well enough that a `;` inside a string, quoted identifier,
 * comment (block comments nest) or dollar-quoted body does not end a statement.
 */

/** One statement of a script. */
export interface SqlStatement {
  /** The statement text without the terminating `;`, trimmed. */
  readonly sql: string;
  /** 1-based line where the statement starts, for error messages. */
  readonly line: number;
}

/** Splits `script` at top-level semicolons, dropping empty and comment-only pieces. */
export function splitSqlStatements(script: string): SqlStatement[] {
  const statements: SqlStatement[] = [];
  // Index of the first character of code (not whitespace or comment) of the current
  // statement, or -1 while there is none: comments before a statement are left out.
  let codeStart = -1;
  let i = 0;

  const flush = (end: number): void => {
    if (codeStart !== -1) statements.push({ sql: script.slice(codeStart, end).trim(), line: lineAt(script, codeStart) });
    codeStart = -1;
  };

  while (i < script.length) {
    const ch = script.charAt(i);
    const next = script[i + 1];
    if (ch === '-' && next === '-') {
      i = skipLineComment(script, i);
    } else if (ch === '/' && next === '*') {
      i = skipBlockComment(script, i);
    } else if (ch === ';') {
      flush(i);
      i += 1;
    } else if (/\s/.test(ch)) {
      i += 1;
    } else {
      if (codeStart === -1) codeStart = i;
      if (ch === "'") i = skipString(script, i, isEscapeStringPrefix(script, i));
      else if (ch === '"') i = skipQuoted(script, i, '"');
      else if (ch === '$') i = skipDollar(script, i);
      else i += 1;
    }
  }
  flush(script.length);
  return statements;
}

function lineAt(script: string, index: number): number {
  let line = 1;
  for (let k = 0; k < index; k++) if (script[k] === '\n') line++;
  return line;
}

function skipLineComment(s: string, i: number): number {
  const end = s.indexOf('\n', i);
  return end === -1 ? s.length : end + 1;
}

/** PostgreSQL block comments nest: `/* a /* b *\/ c *\/` is one comment. */
function skipBlockComment(s: string, i: number): number {
  let depth = 0;
  while (i < s.length) {
    if (s[i] === '/' && s[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (s[i] === '*' && s[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return s.length;
}

/** `E'…'` strings treat backslash as an escape; ordinary ones only double the quote. */
function isEscapeStringPrefix(s: string, quote: number): boolean {
  const prev = s[quote - 1];
  return (prev === 'E' || prev === 'e') && !isIdentifierChar(s[quote - 2]);
}

function skipString(s: string, i: number, backslashEscapes: boolean): number {
  i++; // opening quote
  while (i < s.length) {
    const ch = s[i];
    if (backslashEscapes && ch === '\\') i += 2;
    else if (ch === "'" && s[i + 1] === "'") i += 2;
    else if (ch === "'") return i + 1;
    else i++;
  }
  return s.length;
}

function skipQuoted(s: string, i: number, quote: string): number {
  i++;
  while (i < s.length) {
    if (s[i] === quote && s[i + 1] === quote) i += 2;
    else if (s[i] === quote) return i + 1;
    else i++;
  }
  return s.length;
}

/** `$tag$ … $tag$` (tag may be empty). `$1` parameters and `a$b` identifiers are not quotes. */
function skipDollar(s: string, i: number): number {
  if (isIdentifierChar(s[i - 1])) return i + 1;
  const match = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(s.slice(i, i + 256));
  if (!match) return i + 1;
  const tag = match[0];
  const end = s.indexOf(tag, i + tag.length);
  return end === -1 ? s.length : end + tag.length;
}

function isIdentifierChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_$\u0080-\uffff]/.test(ch);
}
