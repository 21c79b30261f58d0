// The embed builder (builder.html): pick a feed (or start from a spreadsheet), an element, a
// language and options; see the element in Arabic and English; copy the snippet.
//
// "Start from a spreadsheet" converts a .csv or .xlsx file in the page with the command line's
// own converter (src/convert/browser.ts, imported only when a file is chosen): the file is read
// with File.arrayBuffer() and never sent anywhere.
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
const sheetUi = {
  file: $('sheet-file'),
  partners: $('sheet-partners'),
  programs: $('sheet-programs'),
  orgId: $('org-id'),
  orgAr: $('org-name-ar'),
  orgEn: $('org-name-en'),
  order: $('date-order'),
  language: $('feed-language'),
  lang: $('sheet-lang'),
  status: $('sheet-status'),
  findings: $('sheet-findings'),
  download: $('sheet-download'),
  radio: $('feed-sheet'),
};

// ---- start from a spreadsheet -------------------------------------------------------------------

/** The step's own texts, in the language chosen for its messages. */
const TEXTS = {
  en: {
    converting: 'Converting…',
    needOrganization:
      'The sheet is read. Now fill in your organization: its id and its name (in Arabic, English or both).',
    badId: 'The id may hold only Latin letters, digits, hyphens and underscores.',
    done: (n, skipped) =>
      `${n === 1 ? '1 activity' : `${n} activities`} converted${skipped ? `; ${skipped === 1 ? '1 row' : `${skipped} rows`} skipped (listed below)` : ''}. The preview below shows them.`,
    nothing: 'Nothing could be converted: see below.',
    unreadable: (file, reason) => `${file}: ${reason}`,
    failed: (detail) => `The file could not be converted (${detail}).`,
  },
  ar: {
    converting: 'جارٍ التحويل…',
    needOrganization:
      'قُرئ الجدول. اكتب الآن بيانات منظمتك: معرّفها واسمها (بالعربية أو الإنجليزية أو كلتيهما).',
    badId: 'لا يحوي المعرّف إلا حروفًا لاتينية وأرقامًا وشرطات.',
    done: (n, skipped) =>
      `حُوِّل ${n === 1 ? 'نشاط واحد' : n === 2 ? 'نشاطان' : `${n} نشاطًا`}${skipped ? `؛ وتُرك ${skipped === 1 ? 'صف واحد' : `${skipped} صفوف`} (مذكورة أدناه)` : ''}. تعرضها المعاينة أدناه.`,
    nothing: 'لم يمكن تحويل شيء: انظر أدناه.',
    unreadable: (file, reason) => `${file}: ${reason}`,
    failed: (detail) => `تعذّر تحويل الملف (${detail}).`,
  },
};

/** The converted feed, for the previews; its JSON for the download. */
let converted;
let conversion = 0;
let converter;
let downloadUrl;

const stepLang = () => (sheetUi.lang.value === 'ar' ? 'ar' : 'en');

function setStatus(text, state = '') {
  const lang = stepLang();
  sheetUi.status.lang = lang;
  sheetUi.status.dir = lang === 'ar' ? 'rtl' : 'ltr';
  sheetUi.status.dataset.state = state;
  sheetUi.status.textContent = text;
}

async function fileOf(input) {
  const file = input.files?.[0];
  return file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined;
}

function clearSheet() {
  converted = undefined;
  sheetUi.findings.replaceChildren();
  sheetUi.findings.hidden = true;
  sheetUi.download.hidden = true;
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = undefined;
  sheetUi.download.removeAttribute('href');
  sheetUi.radio.disabled = true;
  if (sheetUi.radio.checked) form.elements.namedItem('feed')[0].checked = true;
}

/** The schema next to the published scripts: `…/dist/cdn/` → `…/schema/feed-v1.schema.json`. */
function schemaUrl() {
  try {
    return new URL('../../schema/feed-v1.schema.json', scriptBase()).href;
  } catch {
    return 'https://cdn.example/@ishraqat/widgets/schema/feed-v1.schema.json';
  }
}

async function convertSheet() {
  const t = TEXTS[stepLang()];
  const activities = await fileOf(sheetUi.file);
  if (!activities) {
    clearSheet();
    setStatus('');
    update();
    return;
  }
  const id = sheetUi.orgId.value.trim();
  const names = {};
  if (sheetUi.orgAr.value.trim()) names.ar = sheetUi.orgAr.value.trim();
  if (sheetUi.orgEn.value.trim()) names.en = sheetUi.orgEn.value.trim();
  const idValid = /^[A-Za-z0-9_-]+$/.test(id);
  sheetUi.orgId.setAttribute('aria-invalid', id && !idValid ? 'true' : 'false');
  if (!id || !idValid || Object.keys(names).length === 0) {
    clearSheet();
    setStatus(id && !idValid ? t.badId : t.needOrganization, 'error');
    update();
    return;
  }
  const run = ++conversion;
  setStatus(t.converting);
  try {
    converter ??= import('../src/convert/browser.ts');
    const c = await converter;
    await c.loadReasons();
    const [partners, programs] = await Promise.all([
      fileOf(sheetUi.partners),
      fileOf(sheetUi.programs),
    ]);
    if (run !== conversion) return;
    const lang = stepLang();
    const result = c.convertSheets({
      activities,
      ...(partners ? { partners } : {}),
      ...(programs ? { programs } : {}),
      organization: { id, name: names },
      language: sheetUi.language.value,
      ...(sheetUi.order.value ? { dateOrder: sheetUi.order.value } : {}),
      schemaUrl: schemaUrl(),
    });
    clearSheet();
    if (result.unreadable) {
      setStatus(
        t.unreadable(result.unreadable.file, c.unreadableText(result.unreadable.reason, lang)),
        'error',
      );
      update();
      return;
    }
    const items = result.result.findings.map((f) => c.showFinding(f, lang));
    for (const item of items) {
      const li = document.createElement('li');
      li.lang = lang;
      li.dir = lang === 'ar' ? 'rtl' : 'ltr';
      li.dataset.severity = item.severity;
      if (item.row !== undefined) li.dataset.row = String(item.row);
      // Text only: cells from the sheet are never markup.
      li.textContent = `${item.file ? `\u2068${item.file}\u2069: ` : ''}${item.text}`;
      sheetUi.findings.append(li);
    }
    sheetUi.findings.hidden = items.length === 0;
    if (!result.feed) {
      setStatus(t.nothing, 'error');
      update();
      return;
    }
    const skipped = result.result.rows - result.result.activities;
    setStatus(t.done(result.result.activities, skipped), skipped ? 'error' : '');
    converted = result.feed;
    downloadUrl = URL.createObjectURL(
      new Blob([`${JSON.stringify(converted, null, 2)}\n`], { type: 'application/json' }),
    );
    sheetUi.download.href = downloadUrl;
    sheetUi.download.hidden = false;
    sheetUi.radio.disabled = false;
    sheetUi.radio.checked = true;
    update();
  } catch (error) {
    if (run !== conversion) return;
    clearSheet();
    setStatus(t.failed(error?.message ?? String(error)), 'error');
    update();
  }
}

function watchSheet() {
  for (const control of [
    sheetUi.file,
    sheetUi.partners,
    sheetUi.programs,
    sheetUi.order,
    sheetUi.language,
    sheetUi.lang,
  ]) {
    control.addEventListener('change', () => void convertSheet());
  }
  let typing;
  for (const control of [sheetUi.orgId, sheetUi.orgAr, sheetUi.orgEn]) {
    control.addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => void convertSheet(), 300);
    });
  }
  // The messages' language follows the page's, unless chosen.
  if ((document.documentElement.lang || navigator.language || '').startsWith('ar'))
    sheetUi.lang.value = 'ar';
}

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
  if (choice === 'sheet') {
    return converted
      ? { sheet: true, snippet: 'feed.json' }
      : { error: 'Choose a spreadsheet above first.' };
  }
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
  snippetHint.textContent = feed.sheet
    ? 'Put the downloaded feed.json on your site next to the page (or change src to its address).'
    : feed.demo
      ? 'This snippet points at a demo feed on this server: choose "Your feed URL" and give the address of your own feed.json.'
      : '';

  const key = JSON.stringify([
    element.tagName,
    feed.sheet ? `sheet:${conversion}` : feed.preview,
    options,
  ]);
  if (key === lastPreview) return;
  lastPreview = key;
  for (const [lang, container] of Object.entries(previews)) {
    const widget = document.createElement(element.tagName);
    widget.setAttribute('lang', lang);
    for (const [name, value] of options) widget.setAttribute(name, value);
    if (feed.sheet) widget.feed = structuredClone(converted);
    else widget.setAttribute('src', feed.preview);
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
  watchSheet();
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
