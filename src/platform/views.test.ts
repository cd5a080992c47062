import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { includeStepsInTurn } from './views.ts';

/** Templates from a table, as the file loader gives them. */
function environment(templates: Record<string, string>, inTurn: boolean): nunjucks.Environment {
  const loader = {
    getSource: (name: string) => (name in templates ? { src: templates[name] as string, path: name, noCache: false } : null),
  } as unknown as nunjucks.ILoader;
  const env = new nunjucks.Environment(loader, { autoescape: true });
  env.addFilter('fail', () => {
    throw new Error('the filter failed');
  });
  if (inTurn) includeStepsInTurn(env);
  return env;
}

const templates = {
  'page.njk':
    '<main>{% include "part.njk" %}|{% from "macros.njk" import box %}{{ box(title) }}|{% include "gone.njk" ignore missing %}</main>',
  'part.njk': '<p>{{ title }}</p>{% include "deeper.njk" %}',
  'deeper.njk': '<i>{{ title | upper }}</i>',
  'macros.njk': '{% macro box(text) %}{% include "part.njk" %}[{{ text }}]{% endmacro %}',
  'broken.njk': 'before {% include "throws.njk" %} after',
  'throws.njk': '{{ title | fail }}',
  'missing.njk': '{% include "nowhere.njk" %}',
};

describe('includes rendered in turn', () => {
  it('render what nunjucks own steps render: includes within includes and macros, and ignore missing', () => {
    const data = { title: 'Pay & <leave>' };
    const expected = environment(templates, false).render('page.njk', data);
    expect(environment(templates, true).render('page.njk', data)).toBe(expected);
    expect(expected).toContain('<p>Pay &amp; &lt;leave&gt;</p><i>PAY &amp; &lt;LEAVE&gt;</i>');
  });

  it('pass an error in an included template to the render, whether it was asked for with a callback or not', async () => {
    const env = environment(templates, true);
    expect(() => env.render('broken.njk', { title: 'x' })).toThrow(/the filter failed/);
    expect(() => env.render('missing.njk', {})).toThrow(/template not found: nowhere.njk/);
    const failed = await new Promise<Error | null>((resolve) => env.render('broken.njk', { title: 'x' }, (error) => resolve(error)));
    expect(failed?.message).toMatch(/the filter failed/);
  });
});
