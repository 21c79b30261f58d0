// A Vite plugin for the CDN build: Lit's `html` and `css` template literals keep the
// indentation of the source, which a JavaScript minifier may not touch (it is string content).
// Inside a template literal, a line break with the indentation around it is one space to HTML
// and CSS alike, so such runs become one space, and CSS comments go. Strings, comments and
// `${…}` nesting are tracked, so only template text changes.

/** Collapses every "white space containing a line break" in template literal text. */
export function minifyTemplateText(source) {
  let out = '';
  let i = 0;
  const n = source.length;
  const braces = []; // for each `${`: the brace depth at which it closes
  let depth = 0;

  const copyString = (quote) => {
    let j = i + 1;
    while (j < n && source[j] !== quote) j += source[j] === '\\' ? 2 : 1;
    out += source.slice(i, j + 1);
    i = j + 1;
  };

  const readTemplate = () => {
    // i is just after a backtick or a closing `}` of `${…}`
    let text = '';
    while (i < n) {
      const ch = source[i];
      if (ch === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (ch === '`') {
        out += squeeze(text) + '`';
        i++;
        return;
      } else if (ch === '$' && source[i + 1] === '{') {
        out += squeeze(text) + '${';
        i += 2;
        braces.push(depth);
        depth++;
        return;
      } else {
        text += ch;
        i++;
      }
    }
    out += text;
  };

  while (i < n) {
    const ch = source[i];
    if (ch === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      out += source.slice(i, stop);
      i = stop;
    } else if (ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      out += source.slice(i, stop);
      i = stop;
    } else if (ch === '"' || ch === "'") {
      copyString(ch);
    } else if (ch === '`') {
      out += '`';
      i++;
      readTemplate();
    } else if (ch === '{') {
      depth++;
      out += ch;
      i++;
    } else if (ch === '}') {
      depth--;
      if (braces.length && braces[braces.length - 1] === depth) {
        braces.pop();
        out += '}';
        i++;
        readTemplate();
      } else {
        out += ch;
        i++;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function squeeze(text) {
  if (!text.includes('\n')) return text;
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/[ \t]*\n\s*/g, ' ');
}

export function minifyTemplates() {
  return {
    name: 'ishraqat-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/src/cli/')) return null;
      return { code: minifyTemplateText(code), map: null };
    },
  };
}
