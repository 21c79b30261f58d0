// The embed builder (builder.html): pick a feed, an element, a language and options; see the
// element in Arabic and English; copy the snippet.
//
// The elements and their options come from custom-elements.json (npm run manifest), so a new
// element or attribute appears here without a change to this file. Everything typed in is
// only ever set with setAttribute / textContent / value: no markup is built from input.

/** Attributes the builder sets itself (src, lang) or leaves out of snippets (timeout). */
const NOT_OPTIONS = new Set(['src', 'lang', 'timeout']);
const DEFAULT_SCRIPT_BASE = 'https://cdn.example/@ishraqat/widgets/dist/cdn/';

const $ = (id) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`builder.html has no #${id}`);
  return element;
};

const form = $('builder-form');
const feedUrl = $('feed-url');
const feedUrlError = $('feed-url-error');
const elementSelect = $('element');
const elementSummary = $('element-summary');
const langSelect = $('lang');
const scriptUrl = $('script-url');
const ownOptions = $('own-options');
const sharedOptions = $('shared-options');
const snippet = $('snippet');
const snippetHint = $('snippet-hint');
const copyButton = $('copy');
const copyStatus = $('copy-status');
const previews = { ar: $('preview-ar'), en: $('preview-en') };

/** `'a' | 'b' | undefined` → ['a', 'b']; undefined when the type is not such a union. */
function literalOptions(type) {
  const parts = (type ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined');
  const values = parts.map((p) => /^'([^']*)'$/.exec(p)?.[1]);
  return values.length > 0 && values.every((v) => v !== undefined) ? values : undefined;
}

const unquote = (value) => (value ?? '').replace(/^'(.*)'$/, '$1');

/** The custom elements of the manifest, in the order the docs use. */
async function loadElements() {
  const response = await fetch(new URL('../custom-elements.json', import.meta.url));
  if (!response.ok) throw new Error(`custom-elements.json: HTTP ${response.status}`);
  const manifest = await response.json();
  const order = ['timeline', 'partners', 'counts', 'chart', 'impact'];
  const rank = (tag) => {
    const i = order.indexOf(tag.replace(/^ishraqat-/, ''));
    return i < 0 ? order.length : i;
  };
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.kind === 'class' && d.tagName)
    .sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
}

/** One labelled control for an attribute, chosen from its type. */
function optionControl(attribute) {
  const id = `option-${attribute.name}`;
  const wrapper = document.createElement('div');
  wrapper.className = 'builder-option';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = attribute.name;
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = `${id}-hint`;
  hint.textContent = (attribute.description ?? '').replace(/`/g, '');

  const type = attribute.type?.text ?? 'string';
  const values = literalOptions(type);
  let control;
  if (values) {
    control = document.createElement('select');
    const none = document.createElement('option');
    none.value = '';
    none.textContent = attribute.default ? `default (${unquote(attribute.default)})` : 'default';
    control.append(none);
    for (const value of values) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = value;
      control.append(option);
    }
  } else if (/^boolean\b/.test(type)) {
    control = document.createElement('input');
    control.type = 'checkbox';
    wrapper.classList.add('builder-option--check');
  } else {
    control = document.createElement('input');
    control.type = /^number\b/.test(type) ? 'number' : 'text';
    if (control.type === 'number') control.min = '0';
    if (attribute.default) control.placeholder = unquote(attribute.default);
  }
  control.id = id;
  control.name = attribute.name;
  control.dataset.attribute = attribute.name;
  control.setAttribute('aria-describedby', hint.id);
  wrapper.append(label, control, hint);
  return wrapper;
}

let elements = [];

function currentElement() {
  return elements.find((e) => e.tagName === elementSelect.value) ?? elements[0];
}

/** Rebuilds the option fields for the chosen element. */
function renderOptions() {
  const element = currentElement();
  elementSummary.textContent = element.summary ?? '';
  const attributes = (element.attributes ?? []).filter((a) => !NOT_OPTIONS.has(a.name));
  ownOptions.replaceChildren(...attributes.filter((a) => !a.inheritedFrom).map(optionControl));
  sharedOptions.replaceChildren(...attributes.filter((a) => a.inheritedFrom).map(optionControl));
}

/** The chosen feed: { preview, snippet } URLs, or { error }. */
function chosenFeed() {
  const choice = form.elements.namedItem('feed').value;
  if (choice !== 'custom') {
    const absolute = new URL(choice, location.href).href;
    return { preview: choice, snippet: absolute, demo: true };
  }
  const typed = feedUrl.value.trim();
  if (!typed) return { error: 'Type the address of your feed.' };
  let url;
  try {
    url = new URL(typed, location.href);
  } catch {
    return { error: 'That is not a web address.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { error: 'The feed address must start with http:// or https:// (or be relative).' };
  }
  return { preview: url.href, snippet: typed };
}

/** [name, value] for every option that is set; `value` is '' for a boolean attribute. */
function chosenOptions() {
  const out = [];
  for (const control of form.querySelectorAll('[data-attribute]')) {
    const name = control.dataset.attribute;
    if (control.type === 'checkbox') {
      if (control.checked) out.push([name, '']);
    } else if (control.value.trim() !== '') {
      out.push([name, control.value.trim()]);
    }
  }
  return out;
}

/** An attribute value, quoted for HTML. */
const quoteAttribute = (value) =>
  `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`;

function scriptBase() {
  const typed = scriptUrl.value.trim() || DEFAULT_SCRIPT_BASE;
  return typed.endsWith('/') ? typed : `${typed}/`;
}

function buildSnippet(tag, feed, lang, options) {
  const name = tag.replace(/^ishraqat-/, '');
  const attributes = [['src', feed], ...(lang ? [['lang', lang]] : []), ...options];
  const attributeText = attributes
    .map(([key, value]) =>
      value === '' && key !== 'src' ? key : `${key}=${quoteAttribute(value)}`,
    )
    .join(' ');
  const script = `${scriptBase()}ishraqat-${name}.js`;
  return [
    `<script type="module" src=${quoteAttribute(script)}></script>`,
    `<${tag} ${attributeText}></${tag}>`,
  ].join('\n');
}

let lastPreview = '';

/** Updates the snippet, and the previews when what they show changed. */
function update() {
  const element = currentElement();
  const feed = chosenFeed();
  feedUrl.disabled = form.elements.namedItem('feed').value !== 'custom';
  feedUrlError.hidden = !feed.error;
  feedUrlError.textContent = feed.error ?? '';
  feedUrl.setAttribute('aria-invalid', feed.error ? 'true' : 'false');
  if (feed.error) {
    snippet.value = '';
    return;
  }
  const options = chosenOptions();
  snippet.value = buildSnippet(element.tagName, feed.snippet, langSelect.value, options);
  snippetHint.textContent = feed.demo
    ? 'This snippet points at a demo feed on this server: choose "Your feed URL" and give the address of your own feed.json.'
    : '';

  const key = JSON.stringify([element.tagName, feed.preview, options]);
  if (key === lastPreview) return;
  lastPreview = key;
  for (const [lang, container] of Object.entries(previews)) {
    const widget = document.createElement(element.tagName);
    widget.setAttribute('lang', lang);
    for (const [name, value] of options) widget.setAttribute(name, value);
    widget.setAttribute('src', feed.preview);
    container.replaceChildren(widget);
  }
}

let timer;
function updateSoon() {
  clearTimeout(timer);
  timer = setTimeout(update, 300);
}

async function copySnippet() {
  const text = snippet.value;
  if (!text) return;
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    // No clipboard API (an http: page other than localhost, or permission refused): copy the
    // selected text the old way.
    snippet.focus();
    snippet.select();
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
  }
  copyStatus.textContent = copied
    ? 'Copied.'
    : 'Could not copy: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
  if (!copied) {
    snippet.focus();
    snippet.select();
  }
}

async function start() {
  try {
    elements = await loadElements();
  } catch (error) {
    elementSummary.textContent = `The elements could not be listed (${error.message}). Run npm run manifest.`;
    return;
  }
  for (const element of elements) {
    const option = document.createElement('option');
    option.value = element.tagName;
    option.textContent = `<${element.tagName}>`;
    elementSelect.append(option);
  }
  renderOptions();
  update();

  elementSelect.addEventListener('change', () => {
    renderOptions();
    update();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== elementSelect) update();
  });
  form.addEventListener('input', updateSoon);
  form.addEventListener('submit', (event) => event.preventDefault());
  copyButton.addEventListener('click', () => void copySnippet());
}

void start();
