import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { xssPayloads } from '../testing/xss-payloads.ts';
import { markdownToText, renderMarkdown } from './markdown.ts';

describe('renderMarkdown: GOV.UK Frontend markup', () => {
  it('puts headings in the outline by rank, never skipping a level below the title, and keeps the size their author chose', () => {
    // Sections from ##, as most authors write them: h2 and h3 under the page's h1, not h3 and h4.
    const fromTwo = renderMarkdown('## Booking\n\n### Fees\n\n#### Refunds\n\n## Contact');
    expect(fromTwo).toContain('<h2 id="booking" class="govuk-heading-m">Booking</h2>');
    expect(fromTwo).toContain('<h3 id="fees" class="govuk-heading-s">Fees</h3>');
    expect(fromTwo).toContain('<h4 id="refunds" class="govuk-heading-s">Refunds</h4>');
    expect(fromTwo).toContain('<h2 id="contact" class="govuk-heading-m">Contact</h2>');
    // A level the text skips is not skipped in the outline.
    const skipping = renderMarkdown('# Bins\n\n### Garden waste');
    expect(skipping).toContain('<h2 id="bins" class="govuk-heading-l">Bins</h2>');
    expect(skipping).toContain('<h3 id="garden-waste" class="govuk-heading-s">Garden waste</h3>');
    expect(renderMarkdown('#### Small print')).toContain('<h2 id="small-print" class="govuk-heading-s">Small print</h2>');
  });

  it('moves headings down a level, since the page title is the only h1, and gives them unique ids', () => {
    const html = renderMarkdown('# Bin collections\n\n## Bin collections\n\n### Garden waste\n\n#### Fees\n\n# Bin collections');
    expect(html).toContain('<h2 id="bin-collections" class="govuk-heading-l">Bin collections</h2>');
    expect(html).toContain('<h3 id="bin-collections-2" class="govuk-heading-m">Bin collections</h3>');
    expect(html).toContain('<h4 id="garden-waste" class="govuk-heading-s">Garden waste</h4>');
    expect(html).toContain('<h4 id="fees" class="govuk-heading-s">Fees</h4>');
    expect(html).toContain('<h2 id="bin-collections-3" class="govuk-heading-l">Bin collections</h2>');
    expect(html).not.toContain('<h1');
  });

  it('makes ids from words only, folds accents, and never reuses the skip link target', () => {
    const html = renderMarkdown('# Croeso i’r Ŵyl!\n\n# Main content\n\n# ***');
    expect(html).toContain('id="croeso-ir-wyl"');
    expect(html).toContain('id="main-content-2"');
    expect(html).toContain('id="section"');
  });

  it('styles paragraphs and escapes raw HTML as text', () => {
    expect(renderMarkdown('Hello <b>there</b>')).toBe('<p class="govuk-body">Hello &lt;b&gt;there&lt;/b&gt;</p>\n');
  });

  it('styles bullet and numbered lists', () => {
    expect(renderMarkdown('- one\n- two')).toBe('<ul class="govuk-list govuk-list--bullet">\n<li>one</li>\n<li>two</li>\n</ul>\n');
    expect(renderMarkdown('1. one\n2. two')).toContain('<ol class="govuk-list govuk-list--number">\n<li>one</li>');
  });

  it('turns a blockquote into inset text and a rule into a visible section break', () => {
    expect(renderMarkdown('> Note this')).toBe('<div class="govuk-inset-text">\n<p class="govuk-body">Note this</p>\n</div>\n');
    expect(renderMarkdown('---')).toBe('<hr class="govuk-section-break govuk-section-break--l govuk-section-break--visible" />\n');
  });

  it('keeps inline code and code blocks, ignoring the fence language', () => {
    expect(renderMarkdown('Run `npm test` now')).toBe('<p class="govuk-body">Run <code>npm test</code> now</p>\n');
    expect(renderMarkdown('```js\nconst a = "<b>";\n```')).toBe(
      '<pre class="guildhall-code"><code>const a = "&lt;b&gt;";\n</code></pre>\n',
    );
  });

  it('wraps tables so they scroll on a phone, with GOV.UK table classes', () => {
    const html = renderMarkdown('| Ward | Homes |\n| --- | --: |\n| North | 1200 |');
    expect(html).toBe(
      [
        '<div class="guildhall-table-wrapper guildhall-table-scroll"><table class="govuk-table">',
        '<thead class="govuk-table__head">',
        '<tr class="govuk-table__row">',
        '<th scope="col" class="govuk-table__header">Ward</th>',
        '<th scope="col" class="govuk-table__header govuk-table__header--numeric">Homes</th>',
        '</tr>',
        '</thead>',
        '<tbody class="govuk-table__body">',
        '<tr class="govuk-table__row">',
        '<td class="govuk-table__cell">North</td>',
        '<td class="govuk-table__cell govuk-table__cell--numeric">1200</td>',
        '</tr>',
        '</tbody>',
        '</table></div>',
        '',
      ].join('\n'),
    );
  });

  it('renders :::warning as the GOV.UK warning text, with a translatable hidden label', () => {
    const open =
      '<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>' +
      '<div class="govuk-warning-text__text"><span class="govuk-visually-hidden">';
    const body = '</span>\n<p class="govuk-body govuk-!-font-weight-bold">Do <strong>not</strong> reply.</p>\n</div></div>\n';
    const source = ':::warning\nDo **not** reply.\n:::';
    expect(renderMarkdown(source)).toBe(`${open}Warning${body}`);
    expect(renderMarkdown(source, { warningLabel: 'Rhybudd' })).toBe(`${open}Rhybudd${body}`);
    expect(renderMarkdown(source, { warningLabel: '<b>' })).toContain('<span class="govuk-visually-hidden">&lt;b&gt;</span>');
  });

  it('renders :::inset as inset text, nests callouts, and leaves unknown names as text', () => {
    expect(renderMarkdown(':::inset\nAsk your manager.\n:::')).toBe(
      '<div class="govuk-inset-text">\n<p class="govuk-body">Ask your manager.</p>\n</div>\n',
    );
    expect(renderMarkdown('::::warning\n:::inset\nInner\n:::\n::::')).toContain(
      '<div class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>\n<div class="govuk-inset-text">',
    );
    expect(renderMarkdown(':::danger\nText\n:::')).toBe('<p class="govuk-body">:::danger\nText\n:::</p>\n');
    expect(renderMarkdown(':::warning Title\nText\n:::')).toBe('<p class="govuk-body">:::warning Title\nText\n:::</p>\n');
  });

  it('keeps links to this site, other sites, email and phone, marking other sites noopener', () => {
    expect(renderMarkdown('[Policy](https://example.gov.uk/p "Title")')).toBe(
      '<p class="govuk-body"><a href="https://example.gov.uk/p" class="govuk-link" rel="noopener noreferrer">Policy</a></p>\n',
    );
    const html = renderMarkdown('[a](/news) [b](#fees) [c](?page=2) [d](mailto:hr@example.gov.uk) [e](tel:+441632960000)');
    expect(html).toContain('<a href="/news" class="govuk-link">a</a>');
    expect(html).toContain('<a href="#fees" class="govuk-link">b</a>');
    expect(html).toContain('<a href="?page=2" class="govuk-link">c</a>');
    expect(html).toContain('<a href="mailto:hr@example.gov.uk" class="govuk-link">d</a>');
    expect(html).toContain('<a href="tel:+441632960000" class="govuk-link">e</a>');
    expect(renderMarkdown('See https://example.gov.uk/a today')).toBe(
      '<p class="govuk-body">See <a href="https://example.gov.uk/a" class="govuk-link" rel="noopener noreferrer">https://example.gov.uk/a</a> today</p>\n',
    );
    expect(html).not.toContain('target');
  });

  it.each([
    ['javascript', '[Text](javascript:alert(1))'],
    ['upper case', '[Text](JAVASCRIPT:alert(1))'],
    ['an entity', '[Text](&#106;avascript:alert(1))'],
    ['a tab', '[Text](<java\tscript:alert(1)>)'],
    ['vbscript', '[Text](vbscript:msgbox(1))'],
    ['data', '[Text](data:text/html,hi)'],
    ['file', '[Text](file:///etc/passwd)'],
    ['protocol-relative', '[Text](//evil.example)'],
    ['backslash', '[Text](/\\evil.example)'],
    ['a relative path', '[Text](other-page)'],
    ['a reference', '[Text][r]\n\n[r]: javascript:alert(1)'],
  ])('shows only the text of a link with %s', (_name, source) => {
    expect(renderMarkdown(source)).toBe('<p class="govuk-body">Text</p>\n');
  });

  it('keeps same-site images with alt text and replaces others with their alt text', () => {
    expect(renderMarkdown('![Town *hall*](/files/hall.jpg "Title")')).toBe(
      '<p class="govuk-body"><img src="/files/hall.jpg" alt="Town hall" class="guildhall-content-image" /></p>\n',
    );
    expect(renderMarkdown('![](/files/hall.jpg)')).toContain('<img src="/files/hall.jpg" alt="" class="guildhall-content-image" />');
    for (const src of ['https://example.com/a.png', '//evil.example/a.png', 'data:image/png;base64,AAAA', 'javascript:alert(1)', 'a.png']) {
      expect(renderMarkdown(`![Map <of> wards](${src})`)).toBe('<p class="govuk-body">Map &lt;of&gt; wards</p>\n');
    }
  });

  it('keeps strikethrough, emphasis and hard line breaks', () => {
    expect(renderMarkdown('~~old~~ *new* **now**  \nnext')).toBe(
      '<p class="govuk-body"><s>old</s> <em>new</em> <strong>now</strong><br />\nnext</p>\n',
    );
  });
});

describe('markdownToText', () => {
  it('gives the words only: link and alt text, no URLs, markup or callout markers', () => {
    const source =
      '# Fees &amp; charges\n\n:::warning\nSee [the list](https://example.com/list) and ![a map](/m.png).\n:::\n\n| A | B |\n|---|---|\n| 1 | `2` |';
    expect(markdownToText(source)).toBe('Fees & charges See the list and a map. A B 1 2');
  });

  it('keeps hostile text as text, for the caller to escape', () => {
    expect(markdownToText('<script>alert(1)</script>\n\n[x](javascript:alert(1))')).toBe('<script>alert(1)</script> x');
  });
});

const allowedTags = new Set(['h2', 'h3', 'h4', 'p', 'br', 'strong', 'em', 's', 'code', 'pre', 'ul', 'ol', 'li', 'a', 'img', 'hr', 'div']);
['span', 'table', 'thead', 'tbody', 'tr', 'th', 'td'].forEach((tag) => allowedTags.add(tag));
const allowedAttributes = new Set(['class', 'id', 'href', 'rel', 'src', 'alt', 'scope', 'aria-hidden']);
const forbiddenTags = /<\/?(script|iframe|object|embed|svg|math|style|base|meta|form|link|input)\b/i;
const safeUrl = /^(https?:|mailto:|tel:|\/|#|\?)/;

/** What a browser would see in the output that could run script, parsed as a browser would parse the tags. */
function hazards(html: string): string[] {
  const found: string[] = [];
  if (forbiddenTags.test(html)) found.push(`forbidden tag ${forbiddenTags.exec(html)?.[0] ?? ''}`);
  const parser = new Parser({
    onopentag(name, attributes) {
      if (!allowedTags.has(name)) found.push(`tag <${name}>`);
      for (const [attribute, value] of Object.entries(attributes)) {
        if (attribute.startsWith('on') || !allowedAttributes.has(attribute)) found.push(`attribute ${attribute} on <${name}>`);
        // htmlparser2 has decoded entities; the browser also drops whitespace and controls.
        // eslint-disable-next-line no-control-regex -- that is what it strips
        const url = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
        if ((attribute === 'href' || attribute === 'src') && !safeUrl.test(url)) found.push(`${attribute}="${value}"`);
        if (url.startsWith('//') || url.startsWith('/\\')) found.push(`off-site ${attribute}="${value}"`);
      }
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

describe('hostile input', () => {
  it('has at least 120 distinct payloads', () => {
    expect(new Set(xssPayloads).size).toBe(xssPayloads.length);
    expect(xssPayloads.length).toBeGreaterThanOrEqual(120);
  });

  it('has a checker that would notice unsafe HTML, so the next test can fail', () => {
    expect(hazards('<img src=x onerror=alert(1)>')).toEqual(['src="x"', 'attribute onerror on <img>']);
    expect(hazards('<a href="jav&#x09;ascript:alert(1)">x</a>')).toEqual(['href="jav\tascript:alert(1)"']);
    expect(hazards('<a href="/&#x5C;evil.example">x</a>')).toEqual(['off-site href="/\\evil.example"']);
    expect(hazards('<svg><a xlink:href="#">x</a></svg>')).toEqual(['forbidden tag <svg', 'tag <svg>', 'attribute xlink:href on <a>']);
  });

  it('renders no payload into anything that could run script or leave the site', () => {
    const failures = xssPayloads.flatMap((payload, index) => {
      const problems = hazards(renderMarkdown(payload));
      return problems.length === 0 ? [] : [{ index, payload: payload.slice(0, 200), problems }];
    });
    expect(failures).toEqual([]);
  });

  it('still gives plain text for every payload', () => {
    for (const payload of xssPayloads) expect(typeof markdownToText(payload)).toBe('string');
  });

  it('leaves template syntax as literal text', () => {
    // Literal text here, but the page templates insert this HTML with `| safe`: Nunjucks never
    // evaluates a value it outputs, so {{ 7*7 }} must reach the reader as typed, not as 49.
    expect(renderMarkdown('{{ 7*7 }}')).toBe('<p class="govuk-body">{{ 7*7 }}</p>\n');
    expect(renderMarkdown('{% raw %}{{ x }}{% endraw %}')).toBe('<p class="govuk-body">{% raw %}{{ x }}{% endraw %}</p>\n');
  });
});
