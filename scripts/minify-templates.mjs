// A Vite plugin for the CDN build: Lit's `html`, `svg` and `css` template literals keep the
// indentation of the source, which a JavaScript minifier may not touch (it is string content).
// Inside such a template, a line break with the indentation around it is one space to HTML and
// CSS alike, so such runs become one space, and CSS comments go. The TypeScript parser finds the
// templates, so strings, comments, regular expressions and `${…}` nesting are never misread.
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

function squeeze(text) {
  if (!text.includes('\n')) return text;
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/[ \t]*\n\s*/g, ' ');
}

/** Collapses line breaks and indentation in the text of `html`/`svg`/`css` templates. */
export function minifyTemplateText(source, fileName = 'module.ts') {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.TS,
  );
  const edits = [];
  const text = (node, open, close) => {
    const start = node.getStart(file) + open;
    const end = node.getEnd() - close;
    const raw = source.slice(start, end);
    const squeezed = squeeze(raw);
    if (squeezed !== raw) edits.push({ start, end, text: squeezed });
  };
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      TAGS.has(node.tag.text)
    ) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        text(template, 1, 1);
      } else {
        text(template.head, 1, 2);
        template.templateSpans.forEach((span, i) =>
          text(span.literal, 1, i === template.templateSpans.length - 1 ? 1 : 2),
        );
      }
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
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/src/cli/')) return null;
      return { code: minifyTemplateText(code, id), map: null };
    },
  };
}
