import AxeBuilder from '@axe-core/playwright';
import { type Page, expect } from '@playwright/test';

/**
 * WCAG 2.0, 2.1 and 2.2 at levels A and AA, what public sector bodies must meet, and axe's best practices, which a
 * council's own accessibility audit runs too (axe's defaults): two search landmarks a screen reader cannot tell apart,
 * a heading level skipped.
 */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

export interface AxeOptions {
  /**
   * Set false when the page's context has JavaScript switched off: axe cannot run
   * there, so the page's HTML, as served, is checked in a scratch context instead.
   */
  javaScriptEnabled?: boolean;
}

/** Runs axe on the page as it is now; fails listing each violation's rule id and the elements it found. */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  const findings = options.javaScriptEnabled === false ? await analyseCopyOf(page) : await analyse(page);
  const summary = findings.map((finding) => `${finding.id} (${finding.impact ?? 'unknown'}): ${finding.targets.join(', ')}`).join('\n');
  expect(findings, `axe found violations on ${page.url()}:\n${summary}`).toEqual([]);
}

async function analyse(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
  }));
}

/**
 * Serves the page's current HTML at its own URL in a fresh context where scripts
 * may run (so axe can), with the app's own script blocked so the markup stays
 * exactly what a browser without JavaScript shows. Styles still load, so colour
 * contrast and layout rules see the real page.
 */
async function analyseCopyOf(page: Page): Promise<AxeFinding[]> {
  const browser = page.context().browser();
  if (!browser) throw new Error('expectNoAxeViolations: the page has no browser to copy it into');
  const url = page.url();
  const html = await page.content();
  const context = await browser.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
  try {
    await context.addCookies(await page.context().cookies());
    const copy = await context.newPage();
    await copy.route('**/*', async (route) => {
      const request = route.request();
      if (request.resourceType() === 'document' && request.url() === url) {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else if (request.resourceType() === 'script') {
        await route.abort();
      } else {
        await route.continue();
      }
    });
    await copy.goto(url);
    return await analyse(copy);
  } finally {
    await context.close();
  }
}
