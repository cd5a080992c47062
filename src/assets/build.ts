import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import * as sass from 'sass';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const out = fromRoot('public');

/** Builds public/: the stylesheet, the one enhancement script and the icon. */
export async function buildAssets(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const css = sass.compile(fromRoot('src/assets/scss/app.scss'), {
    loadPaths: [fromRoot('node_modules')],
    style: 'compressed',
    quietDeps: true,
  });
  writeFileSync(`${out}/app.css`, css.css);
  await esbuild.build({
    entryPoints: [fromRoot('src/assets/js/app.ts')],
    outfile: `${out}/app.js`,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    logLevel: 'warning',
  });
  copyFileSync(fromRoot('src/assets/favicon.svg'), `${out}/favicon.svg`);
}

if (import.meta.main) await buildAssets();
