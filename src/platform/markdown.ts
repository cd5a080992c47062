import MarkdownIt from 'markdown-it';
import type { Env, MarkdownIt as Markdown, StateCore, Token } from 'markdown-it';
import container from 'markdown-it-container';
import sanitizeHtml from 'sanitize-html';

/**
 * Page and news bodies are Markdown typed by council staff and shown to everyone,
 * so the HTML that comes out is inserted into templates unescaped (`| safe`).
 * Three layers keep it safe: markdown-it never passes raw HTML through (html: false),
 * our own rules drop every link and image whose URL is not on the allowlist, and
 * sanitize-html re-parses the result against an explicit allowlist in case a
 * markdown-it or plugin bug ever lets something through.
 */

export interface MarkdownOptions {
  /** The visually hidden word before a warning callout; Welsh pages pass 'Rhybudd'. */
  readonly warningLabel?: string;
}

interface RenderEnv extends Env {
  readonly warningLabel: string;
}

const externalLinkRel = 'noopener noreferrer';
const warningClass = 'govuk-warning-text';

// Ids the layout already uses: a heading called "Main content" must not steal the skip link's target.
const reservedIds: ReadonlySet<string> = new Set(['main-content']);

const blockClasses: Readonly<Record<string, string>> = {
  paragraph_open: 'govuk-body',
  bullet_list_open: 'govuk-list govuk-list--bullet',
  ordered_list_open: 'govuk-list govuk-list--number',
  blockquote_open: 'govuk-inset-text',
  hr: 'govuk-section-break govuk-section-break--l govuk-section-break--visible',
  thead_open: 'govuk-table__head',
  tbody_open: 'govuk-table__body',
  tr_open: 'govuk-table__row',
  th_open: 'govuk-table__header',
  td_open: 'govuk-table__cell',
};

/**
 * Headings keep the size their author chose (# large, ## medium, ### and deeper small), but take their place in
 * the page's outline by rank: the page title is the only h1, so the largest heading the text uses is an h2, the
 * next an h3, and any smaller ones share h4. A text whose sections start at ## (as most authors write, keeping #
 * for the title) would otherwise skip from the h1 to an h3, which screen reader users navigate by.
 */
const headingSizes: Readonly<Record<string, string>> = { h1: 'govuk-heading-l', h2: 'govuk-heading-m' };
const smallestSize = 'govuk-heading-s';
const outlineTags = ['h2', 'h3', 'h4'] as const;

/**
 * Browsers ignore tabs, newlines and other controls inside a URL and compare schemes
 * case-insensitively, so judge the URL the way the browser will read it. markdown-it has
 * already decoded entities and percent-encoded the rest; decoding that again is stricter
 * than any browser (it refuses `/%5Cevil`), which costs honest authors nothing.
 */
function canonicalUrl(url: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const invisible = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
  const decoded = url.replace(invisible, '').replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return decoded.replace(invisible, '').toLowerCase();
}

/** A path on this site: one slash, not `//host` or `/\host`, which browsers treat as another host. */
function isSameSitePath(url: string): boolean {
  return /^\/(?![/\\])/.test(url);
}

function isAllowedHref(href: string): boolean {
  const url = canonicalUrl(href);
  return /^(?:https?|mailto|tel):/.test(url) || /^[#?]/.test(url) || isSameSitePath(url);
}

function isExternalHref(href: string): boolean {
  return /^https?:/.test(canonicalUrl(href));
}

function isAllowedImageSrc(src: string): boolean {
  return isSameSitePath(canonicalUrl(src));
}

/** The words of inline tokens, as a reader sees them: link text and image alt text, no URLs or markup. */
function inlineText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') text += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += ' ';
    else if (token.type === 'image') text += inlineText(token.children ?? []);
  }
  return text;
}

/** markdown-it allows numeric attribute values; ours are all strings. */
function attribute(token: Token | undefined, name: string): string {
  return String(token?.attrGet(name) ?? '');
}

/** Link text stays, the link goes; an off-site image becomes its alt text. */
function makeLinksSafe(children: readonly Token[], state: StateCore): Token[] {
  const kept: Token[] = [];
  let droppingLink = false;
  for (const token of children) {
    if (token.type === 'link_open') {
      const href = attribute(token, 'href');
      droppingLink = !isAllowedHref(href);
      if (droppingLink) continue;
      // Only what we choose: markdown-it would also copy the author's title attribute.
      token.attrs = [
        ['href', href],
        ['class', 'govuk-link'],
      ];
      if (isExternalHref(href)) token.attrSet('rel', externalLinkRel);
    } else if (token.type === 'link_close' && droppingLink) {
      droppingLink = false;
      continue;
    } else if (token.type === 'image' && !isAllowedImageSrc(attribute(token, 'src'))) {
      const alt = new state.Token('text', '', 0);
      alt.content = inlineText(token.children ?? []);
      kept.push(alt);
      continue;
    }
    kept.push(token);
  }
  return kept;
}

/** Lower-case words joined by hyphens, accents folded so Welsh headings give readable ids. */
function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return words ? words.join('-') : 'section';
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id) || reservedIds.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function decorateHeading(open: Token, close: Token | undefined, inline: Token | undefined, used: Set<string>, tag: string): void {
  const className = headingSizes[open.tag] ?? smallestSize;
  open.tag = tag;
  if (close) close.tag = tag;
  open.attrs = [
    ['id', uniqueId(slugify(inlineText(inline?.children ?? [])), used)],
    ['class', className],
  ];
}

/** Each Markdown heading level the text uses (h1…h6), to the tag it takes in the page's outline. */
function outlineOf(tokens: Token[]): Map<string, string> {
  const used = [...new Set(tokens.filter((token) => token.type === 'heading_open').map((token) => token.tag))].sort();
  return new Map(used.map((tag, rank) => [tag, outlineTags[Math.min(rank, outlineTags.length - 1)] as string]));
}

/** GOV.UK has no centre or left alignment for tables; right-aligned columns are numbers. */
function tableCellClass(token: Token, base: string): string {
  return /text-align:\s*right/.test(attribute(token, 'style')) ? `${base} ${base}--numeric` : base;
}

function decorateBlock(token: Token): void {
  const className = blockClasses[token.type];
  if (className === undefined) return;
  const isCell = token.type === 'th_open' || token.type === 'td_open';
  // Replaces markdown-it's own attributes (a list's start number, a cell's inline style), which the allowlist drops anyway.
  token.attrs = [['class', isCell ? tableCellClass(token, className) : className]];
  if (token.type === 'th_open') token.attrs.unshift(['scope', 'col']);
}

/**
 * Paragraphs in a warning keep the component's bold: govuk-body would reset it to regular.
 * Blockquotes become inset text, which is a div in GOV.UK Frontend.
 */
function decorateTokens(state: StateCore): void {
  const usedIds = new Set<string>();
  const outline = outlineOf(state.tokens);
  let warningDepth = 0;
  state.tokens.forEach((token, index) => {
    if (token.type === 'container_warning_open') warningDepth++;
    if (token.type === 'container_warning_close') warningDepth--;
    if (token.type === 'blockquote_open' || token.type === 'blockquote_close') token.tag = 'div';
    if (token.type === 'heading_open') {
      // markdown-it always emits a heading as open, inline, close.
      decorateHeading(token, state.tokens[index + 2], state.tokens[index + 1], usedIds, outline.get(token.tag) ?? 'h4');
    } else if (token.type === 'inline' && token.children) {
      token.children = makeLinksSafe(token.children, state);
    } else {
      decorateBlock(token);
    }
    if (token.type === 'paragraph_open' && warningDepth > 0) token.attrJoin('class', 'govuk-!-font-weight-bold');
  });
}

function escape(text: string): string {
  return md.utils.escapeHtml(text);
}

function renderWarning(tokens: Token[], index: number, _options: unknown, env: Env | undefined): string {
  if (tokens[index]?.nesting !== 1) return '</div></div>\n';
  const label = typeof env?.warningLabel === 'string' ? env.warningLabel : 'Warning';
  // A <div> for the text rather than the component's <strong>: callouts may hold paragraphs and lists,
  // and block content inside <strong> is not valid HTML.
  return (
    `<div class="${warningClass}"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>` +
    `<div class="govuk-warning-text__text"><span class="govuk-visually-hidden">${escape(label)}</span>\n`
  );
}

function renderInset(tokens: Token[], index: number): string {
  return tokens[index]?.nesting === 1 ? '<div class="govuk-inset-text">\n' : '</div>\n';
}

function renderCode(tokens: Token[], index: number): string {
  // The fence's info string (```js) is ignored: markdown-it would turn it into a class name.
  return `<pre class="guildhall-code"><code>${escape(tokens[index]?.content ?? '')}</code></pre>\n`;
}

function renderImage(tokens: Token[], index: number): string {
  const token = tokens[index];
  const src = attribute(token, 'src');
  const alt = inlineText(token?.children ?? []);
  return `<img src="${escape(src)}" alt="${escape(alt)}" class="guildhall-content-image">`;
}

function createMarkdown(): Markdown {
  const parser = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
  // Accept every URL while parsing so a refused link still shows its text; makeLinksSafe then decides.
  parser.validateLink = () => true;
  parser.use(container, 'warning', { validate: (params: string) => params.trim() === 'warning', render: renderWarning });
  parser.use(container, 'inset', { validate: (params: string) => params.trim() === 'inset', render: renderInset });
  parser.core.ruler.push('guildhall_decorate', decorateTokens);
  const rules = parser.renderer.rules;
  rules.fence = renderCode;
  rules.code_block = renderCode;
  rules.image = renderImage;
  // guildhall-table-scroll is the stylesheet's existing overflow rule, so wide tables scroll on a phone.
  rules.table_open = () => '<div class="guildhall-table-wrapper guildhall-table-scroll"><table class="govuk-table">\n';
  rules.table_close = () => '</table></div>\n';
  return parser;
}

const md = createMarkdown();

/** Every tag that may carry a class, and the only classes it may carry. */
const allowedClasses: Record<string, string[]> = {
  h2: ['govuk-heading-l', 'govuk-heading-m', 'govuk-heading-s'],
  h3: ['govuk-heading-m', 'govuk-heading-s'],
  h4: ['govuk-heading-s'],
  p: ['govuk-body', 'govuk-!-font-weight-bold'],
  ul: ['govuk-list', 'govuk-list--bullet'],
  ol: ['govuk-list', 'govuk-list--number'],
  a: ['govuk-link'],
  img: ['guildhall-content-image'],
  hr: ['govuk-section-break', 'govuk-section-break--l', 'govuk-section-break--visible'],
  pre: ['guildhall-code'],
  div: ['govuk-inset-text', warningClass, 'govuk-warning-text__text', 'guildhall-table-wrapper', 'guildhall-table-scroll'],
  span: ['govuk-warning-text__icon', 'govuk-visually-hidden'],
  table: ['govuk-table'],
  thead: ['govuk-table__head'],
  tbody: ['govuk-table__body'],
  tr: ['govuk-table__row'],
  th: ['govuk-table__header', 'govuk-table__header--numeric'],
  td: ['govuk-table__cell', 'govuk-table__cell--numeric'],
};

/** Attributes other than class, by tag. */
const otherAttributes: Record<string, sanitizeHtml.AllowedAttribute[]> = {
  h2: ['id'],
  h3: ['id'],
  h4: ['id'],
  a: ['href', { name: 'rel', multiple: true, values: ['noopener', 'noreferrer'] }],
  img: ['src', 'alt'],
  th: [{ name: 'scope', values: ['col'] }],
  span: [{ name: 'aria-hidden', values: ['true'] }],
};

/** Defence in depth: exactly what the renderer above produces, and nothing else. */
const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [...Object.keys(allowedClasses), 'br', 'strong', 'em', 's', 'code', 'li'],
  allowedAttributes: Object.fromEntries(Object.keys(allowedClasses).map((tag) => [tag, ['class', ...(otherAttributes[tag] ?? [])]])),
  allowedClasses,
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  // Images come from this site only: no scheme at all, and never protocol-relative.
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
};

/** Safe HTML for a page or news body, styled with GOV.UK Frontend classes. */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
  const env: RenderEnv = { warningLabel: options.warningLabel ?? 'Warning' };
  return sanitizeHtml(md.render(source, env), sanitizeOptions);
}

/**
 * The words of a document for search and summaries: no markup, entities decoded, whitespace collapsed.
 * The result is plain text, not HTML: escape it wherever it is shown.
 */
export function markdownToText(source: string): string {
  const parts = md.parse(source, {}).map((token) => {
    if (token.type === 'inline') return inlineText(token.children ?? []);
    if (token.type === 'fence' || token.type === 'code_block') return token.content;
    return '';
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
