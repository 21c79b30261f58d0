// @custom-elements-manifest/analyzer: custom-elements.json from the elements' JSDoc.
//
//   npm run manifest          regenerate custom-elements.json (committed)
//   npm run manifest:check    fail when the committed file is stale (CI)
//
// The manifest is the one source of the elements' API for Storybook (controls and docs),
// docs/elements.md (scripts/docs-api.mjs), the embed builder (demo/builder.js), editors and
// framework tooling. Three local plugins fit it to how this codebase is written:
//
// - tags are registered with `safeDefine('ishraqat-x', Class)` (src/base/define.ts), not
//   `customElements.define`, so the analyzer would not see the tag names on its own;
// - allowed values are `as const` arrays with derived unions (`TIMELINE_LAYOUTS` →
//   `TimelineLayout`); the manifest spells those unions out (`'vertical' | 'alternating' | …`)
//   so tools can offer the values instead of an opaque type name;
// - only the elements' API goes in: the modules that declare or register an element, without
//   private, protected and `_`-prefixed members or static fields (`styles`).

/** `safeDefine('tag', Class)` is a definition, like `customElements.define('tag', Class)`. */
function safeDefinePlugin() {
  return {
    name: 'ishraqat-safe-define',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node)) return;
      if (!ts.isIdentifier(node.expression) || node.expression.text !== 'safeDefine') return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) return;
      const imported = context.imports?.find((i) => i.name === klass.text);
      const module = imported?.isBareModuleSpecifier
        ? imported.importPath
        : imported
          ? resolveRelative(moduleDoc.path, imported.importPath)
          : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module },
        },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      // safeDefine's own body calls customElements.define(tag, constructor): not a definition.
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter(
          (e) => e.kind !== 'custom-element-definition' || e.name.includes('-'),
        );
      }
    },
  };
}

/** `src/timeline/define.ts` + `./timeline.js` → `src/timeline/timeline.ts`. */
function resolveRelative(from, specifier) {
  const parts = from.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
}

/**
 * Spells out string-literal unions: `const X = ['a', 'b'] as const`, `type T = (typeof X)[number]`,
 * `type T = 'a' | 'b'`, and aliases of those (`const Y = X`, `type U = T`), across modules.
 */
function literalUnionsPlugin() {
  /** const name → string values, or the name of another const */
  const arrays = new Map();
  /** type name → string values, or { array } / { type } to follow */
  const types = new Map();

  const stringsOf = (ts, node) => {
    if (!ts.isArrayLiteralExpression(node)) return undefined;
    const values = node.elements.map((e) => (ts.isStringLiteral(e) ? e.text : undefined));
    return values.every((v) => v !== undefined) ? values : undefined;
  };

  const resolveArray = (name, seen = new Set()) => {
    const entry = arrays.get(name);
    if (Array.isArray(entry)) return entry;
    if (typeof entry === 'string' && !seen.has(entry)) return resolveArray(entry, seen.add(name));
    return undefined;
  };
  const resolveType = (name, seen = new Set()) => {
    const entry = types.get(name);
    if (Array.isArray(entry)) return entry;
    if (entry?.array) return resolveArray(entry.array);
    if (entry?.type && !seen.has(entry.type)) return resolveType(entry.type, seen.add(name));
    return undefined;
  };

  const spell = (text) => {
    if (typeof text !== 'string') return text;
    let changed = false;
    const parts = text.split('|').flatMap((part) => {
      const name = part.trim();
      const values = /^[A-Za-z_$][\w$]*$/.test(name) ? resolveType(name) : undefined;
      if (!values) return [name];
      changed = true;
      return values.map((v) => `'${v}'`);
    });
    return changed ? [...new Set(parts)].join(' | ') : text;
  };

  return {
    name: 'ishraqat-literal-unions',
    initialize() {
      arrays.clear();
      types.clear();
    },
    analyzePhase({ ts, node }) {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        let init = node.initializer;
        if (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init)) init = init.expression;
        const values = stringsOf(ts, init);
        if (values) arrays.set(node.name.text, values);
        else if (ts.isIdentifier(init)) arrays.set(node.name.text, init.text);
      }
      if (ts.isTypeAliasDeclaration(node)) {
        const name = node.name.text;
        let type = node.type;
        while (ts.isParenthesizedTypeNode(type)) type = type.type;
        if (ts.isUnionTypeNode(type)) {
          const values = type.types.map((t) =>
            ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : undefined,
          );
          if (values.every((v) => v !== undefined)) types.set(name, values);
        } else if (ts.isIndexedAccessTypeNode(type)) {
          let object = type.objectType;
          while (ts.isParenthesizedTypeNode(object)) object = object.type;
          if (ts.isTypeQueryNode(object) && ts.isIdentifier(object.exprName)) {
            types.set(name, { array: object.exprName.text });
          }
        } else if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
          types.set(name, { type: type.typeName.text });
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (item.type?.text) item.type.text = spell(item.type.text);
          }
        }
      }
    },
  };
}

/**
 * Attributes the base element observes without a property of its own (so without JSDoc to
 * read): their one-line documentation.
 */
const undocumentedAttributes = {
  lang: "The element's language (`ar`, `en` …); else the nearest ancestor's `lang`, else the page's. It sets the UI strings, the feed text shown, number and date formatting, and the direction (Arabic is right to left). Changing it re-renders.",
};

/** Only the public API: no private, protected, `_`-prefixed or static members. */
function publicApiPlugin() {
  const isPublic = (member) =>
    !member.static &&
    member.privacy !== 'private' &&
    member.privacy !== 'protected' &&
    !member.name.startsWith('_') &&
    !member.name.startsWith('#');
  return {
    name: 'ishraqat-public-api',
    packageLinkPhase({ customElementsManifest }) {
      // Every module is analysed (inheritance and the value unions need them), but only the
      // elements' modules are published: the feed layer's helpers are not element API, and
      // listing them would make the manifest stale at every new helper.
      customElementsManifest.modules = customElementsManifest.modules
        .filter(
          (m) =>
            m.declarations?.some((d) => d.customElement) ||
            m.exports?.some((e) => e.kind === 'custom-element-definition'),
        )
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes
              .filter((a) => !a.fieldName || !a.fieldName.startsWith('_'))
              .map((a) =>
                !a.description && undocumentedAttributes[a.name]
                  ? { ...a, type: { text: 'string' }, description: undocumentedAttributes[a.name] }
                  : a,
              );
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/generated/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json#customElements is set once, by hand; the analyzer must not rewrite the file.
  packagejson: false,
  dependencies: false,
  plugins: [safeDefinePlugin(), literalUnionsPlugin(), publicApiPlugin()],
};
