import { type Page, expect, test } from '@playwright/test';
import { renderMarkdown } from '../src/platform/markdown.ts';
import { xssPayloads } from '../src/testing/xss-payloads.ts';

/*
 * Renders every hostile payload in real Chromium, with no Content-Security-Policy to
 * hide behind, and does what an attacker hopes a reader does: click every link, hover
 * every element, tab to everything focusable. Payloads call __xss() or alert(); any
 * call, dialog or javascript: navigation is an execution. The app is not involved:
 * each page is a blank page, and every network request is aborted.
 */

interface Harness {
  /** One line per execution, naming the payload that was on the page at the time. */
  readonly executions: string[];
  current: string;
}

interface Point {
  readonly x: number;
  readonly y: number;
}

const batchSize = 45;
const settleMs = 15;

function harnessPage(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markdown XSS harness</title></head><body><main>${body}</main></body></html>`;
}

async function installHarness(page: Page): Promise<Harness> {
  const harness: Harness = { executions: [], current: '' };
  // Nothing leaves this machine. A link's navigation is answered here with 204 No Content, so the
  // browser stays on the payload's page (an aborted one would swap in Chromium's error page);
  // every other request (images, stylesheets, frames) is aborted.
  await page.route('**/*', (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.abort()));
  await page.exposeBinding('__xss', () => {
    harness.executions.push(`__xss() called by ${harness.current}`);
  });
  page.on('dialog', (dialog) => {
    harness.executions.push(`${dialog.type()}() opened by ${harness.current}`);
    dialog.dismiss().catch(() => undefined);
  });
  page.on('framenavigated', (frame) => {
    if (/^\s*javascript:/i.test(frame.url())) harness.executions.push(`javascript: navigation from ${harness.current}`);
  });
  return harness;
}

/** The payload's page, fresh; reloaded if a click left about:blank (a #fragment does not count). */
async function load(page: Page, html: string): Promise<void> {
  if (page.url().split('#')[0] !== 'about:blank') await page.goto('about:blank');
  await page.setContent(html);
}

async function clickEveryLink(page: Page, html: string): Promise<void> {
  const links = page.locator('main a');
  const count = await links.count();
  for (let index = 0; index < count; index++) {
    const link = links.nth(index);
    // A link with no size cannot take a real click; activate it as script would.
    await link.click({ timeout: 1_000 }).catch(() => link.dispatchEvent('click', undefined, { timeout: 1_000 }));
    await page.waitForTimeout(settleMs);
    await load(page, html);
  }
}

/** The centre of every visible element in main, in page coordinates, each point once. */
async function elementCentres(page: Page): Promise<Point[]> {
  const points = await page.locator('main, main *').evaluateAll((elements) =>
    elements.flatMap((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      return [{ x: Math.round(box.left + box.width / 2 + window.scrollX), y: Math.round(box.top + box.height / 2 + window.scrollY) }];
    }),
  );
  return [...new Map(points.map((point) => [`${point.x},${point.y}`, point])).values()];
}

/** Real pointer movement over each element, scrolling to it first when it is off screen. */
async function hoverEverything(page: Page): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  let scroll: Point = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  for (const point of await elementCentres(page)) {
    const x = point.x - scroll.x;
    const y = point.y - scroll.y;
    if (x < 0 || y < 0 || x >= viewport.width || y >= viewport.height) {
      const target = { x: point.x - viewport.width / 2, y: point.y - viewport.height / 2 };
      scroll = await page.evaluate(({ x: left, y: top }) => {
        window.scrollTo(left, top);
        return { x: window.scrollX, y: window.scrollY };
      }, target);
    }
    await page.mouse.move(point.x - scroll.x, point.y - scroll.y);
  }
}

async function focusEverything(page: Page): Promise<void> {
  const focusable = await page.locator('main :is(a[href], button, input, select, textarea, [tabindex], [contenteditable])').count();
  await page.locator('body').focus();
  for (let step = 0; step < focusable; step++) await page.keyboard.press('Tab');
}

async function exercise(page: Page, harness: Harness, label: string, body: string): Promise<void> {
  harness.current = label;
  const html = harnessPage(body);
  await load(page, html);
  await clickEveryLink(page, html);
  await hoverEverything(page);
  await focusEverything(page);
  await page.waitForTimeout(settleMs);
}

function describePayload(index: number): string {
  return `payload ${index}: ${JSON.stringify(xssPayloads[index]?.slice(0, 120))}`;
}

for (let start = 0; start < xssPayloads.length; start += batchSize) {
  const end = Math.min(start + batchSize, xssPayloads.length);
  test(`rendered Markdown runs no script: payloads ${start}–${end - 1}`, async ({ page }) => {
    const harness = await installHarness(page);
    for (let index = start; index < end; index++) {
      await exercise(page, harness, describePayload(index), renderMarkdown(xssPayloads[index] ?? ''));
    }
    expect(harness.executions, harness.executions.join('\n')).toEqual([]);
  });
}

test('the harness notices script that runs: an unsanitised payload counts exactly once', async ({ page }) => {
  const harness = await installHarness(page);
  // Inserted raw, bypassing renderMarkdown, to prove the tests above could fail.
  await exercise(page, harness, 'raw img onerror', '<img src=x onerror="__xss()">');
  expect(harness.executions).toEqual(['__xss() called by raw img onerror']);
});

test('the harness clicks, hovers, focuses and sees dialogs', async ({ page }) => {
  const harness = await installHarness(page);
  await exercise(page, harness, 'raw javascript: link', '<p><a href="javascript:__xss()">Run</a></p>');
  await exercise(page, harness, 'raw onmouseover', '<p onmouseover="__xss()">Hover</p>');
  await exercise(page, harness, 'raw onfocus', '<button type="button" onfocus="__xss()">Focus</button>');
  await exercise(page, harness, 'raw alert', '<img src=x onerror="alert(1)">');
  expect(harness.executions).toEqual([
    '__xss() called by raw javascript: link',
    '__xss() called by raw onmouseover',
    '__xss() called by raw onfocus',
    'alert() opened by raw alert',
  ]);
});
