// A Vite plugin for the builds of the widgets (npm and CDN): it shrinks what a JavaScript
// minifier may not touch because it is string content, or does not know to be dead weight.
//
// - Lit's `html` and `svg` templates keep the indentation of the source. A line break with the
//   indentation around it is one space to HTML, so such runs become one space.
// - Lit's `css` templates are minified as CSS: comments go, whitespace collapses, and the
//   spaces around `{ } ; , >` and after `:` go (never a space before `:` or `(`, which can be a
//   descendant combinator or keep `and (` from becoming a function; `+` and `-` keep theirs,
//   as calc() needs them).
// - `msg(…, { desc: '…' })`: the description is for translators (lit-localize extract reads
//   it from the source); at run time it is never read, so the property goes.
//
// The TypeScript parser finds the templates and calls, so strings, comments, regular
// expressions and `${…}` nesting are never misread.
import ts from 'typescript';

const MARKUP = new Set(['html', 'svg']);

function squeezeMarkup(text) {
  if (!text.includes('\n')) return text;
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

/**
 * Minifies one static part of a `css` template. `first`/`last` say whether the part starts or
 * ends the template (only there may leading/trailing whitespace go: next to a `${…}` a space
 * can separate two values).
 */
export function minifyCssText(text, first = true, last = true) {
  // Quoted strings (`content: ': '`, font names) are kept exactly: odd pieces of the split.
  let out = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/)
    .map((piece, i) =>
      i % 2
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
  if (first) out = out.trimStart();
  if (last) out = out.trimEnd();
  return out;
}

const optionName = (prop) =>
  prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))
    ? prop.name.text
    : undefined;

/** Minifies Lit templates and drops translator descriptions from `msg()` calls. */
export function minifyTemplateText(source, fileName = 'module.ts') {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.TS,
  );
  const edits = [];
  const replace = (start, end, text) => {
    if (source.slice(start, end) !== text) edits.push({ start, end, text });
  };
  const part = (node, open, close, squeeze) => {
    const start = node.getStart(file) + open;
    const end = node.getEnd() - close;
    replace(start, end, squeeze(source.slice(start, end)));
  };
  const template = (node, tag) => {
    const literal = node.template;
    const squeeze =
      tag === 'css'
        ? (first, last) => (text) => minifyCssText(text, first, last)
        : () => squeezeMarkup;
    if (ts.isNoSubstitutionTemplateLiteral(literal)) {
      part(literal, 1, 1, squeeze(true, true));
      return;
    }
    part(literal.head, 1, 2, squeeze(true, false));
    const spans = literal.templateSpans;
    spans.forEach((span, i) => {
      const lastSpan = i === spans.length - 1;
      part(span.literal, 1, lastSpan ? 1 : 2, squeeze(false, lastSpan));
    });
  };
  const msgOptions = (call) => {
    const options = call.arguments[1];
    if (!options || !ts.isObjectLiteralExpression(options)) return;
    const desc = options.properties.filter((prop) => optionName(prop) === 'desc');
    if (desc.length === 0) return;
    const kept = options.properties.filter((prop) => !desc.includes(prop));
    if (kept.length === 0) {
      // msg(template, { desc }) → msg(template)
      replace(call.arguments[0].getEnd(), options.getEnd(), '');
      return;
    }
    if (
      kept.some((prop) => !ts.isPropertyAssignment(prop) && !ts.isShorthandPropertyAssignment(prop))
    )
      return;
    replace(
      options.getStart(file),
      options.getEnd(),
      `{ ${kept.map((prop) => prop.getText(file)).join(', ')} }`,
    );
  };
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      (MARKUP.has(node.tag.text) || node.tag.text === 'css')
    ) {
      template(node, node.tag.text);
    } else if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'msg'
    ) {
      msgOptions(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

export function minifyTemplates() {
  return {
    name: 'ishraqat-minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/src/cli/')) return null;
      return { code: minifyTemplateText(code, id), map: null };
    },
  };
}
