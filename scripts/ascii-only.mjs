// The bundles' text as ASCII: scripts/build.mjs runs every dist/ file through asciiOnly.
import ts from 'typescript';

/** Unicode white space JavaScript accepts between tokens (besides ASCII): Zs and U+FEFF. */
const SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/u;
const LITERALS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
]);

/**
 * Non-ASCII characters as \u escapes (astral ones as surrogate pairs). V8 keeps a module's source
 * text for its whole life, and one non-ASCII character makes it a two-byte string: the CLI's
 * index.js (766 KB) alone then takes 1.5 MB, and `cd4ml train` started ~1.5 MB bigger
 * (large-object space 2.6 → 1.3 MB). An escape means the same character in strings, templates,
 * regular expressions, identifiers and comments alike. Two cases differ:
 * - white space between tokens (a library's `a ||\u00a0b`): it becomes a plain space, found by
 *   parsing the file (TypeScript's parser) only when it holds such a character;
 * - String.raw templates (their raw text) and U+2028/U+2029 (line terminators in comments) are
 *   refused, naming the file and line.
 */
export function asciiOnly(code, file) {
  let inLiteral;
  if (SPACE.test(code)) {
    const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    inLiteral = (at) => {
      let node = sf;
      for (;;) {
        const child = node.getChildren(sf).find((c) => c.getStart(sf) <= at && at < c.end);
        if (!child) return false;
        if (LITERALS.has(child.kind)) return true;
        node = child;
      }
    };
  }
  // An odd run of backslashes before the character escapes it ("\é" is "é"): one of them goes.
  return code.replace(/(\\*)([^\x00-\x7f])/gu, (_, slashes, c, at) => {
    const line = code.slice(code.lastIndexOf('\n', at) + 1, code.indexOf('\n', at) >>> 0);
    if (c === '\u2028' || c === '\u2029' || line.includes('String.raw')) {
      throw new Error(`build: ${file}: U+${c.codePointAt(0).toString(16).toUpperCase()} cannot be escaped safely here: ${line.slice(0, 200)}`);
    }
    const where = at + slashes.length;
    if (inLiteral && SPACE.test(c) && !inLiteral(where)) return `${slashes} `;
    const p = c.codePointAt(0);
    const q = p - 0x10000;
    const escaped = p <= 0xffff ? `\\u${p.toString(16).padStart(4, '0')}` : `\\u${(0xd800 + (q >> 10)).toString(16)}\\u${(0xdc00 + (q & 0x3ff)).toString(16)}`;
    return slashes.slice(slashes.length % 2) + escaped;
  });
}
