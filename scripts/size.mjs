// Reports the gzip size of each portal's initial JavaScript: the entry script and the
// modulepreloaded chunks that dist/index.html loads before anything is lazy-loaded.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PORTALS = ['partner', 'provider', 'pro', 'admin'];
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function initialAssets(html, pattern) {
  return [...html.matchAll(pattern)].map((match) => match[1]);
}

let failed = false;
for (const portal of PORTALS) {
  const dist = join('frontend-' + portal, 'dist');
  const indexFile = join(dist, 'index.html');
  if (!existsSync(indexFile)) {
    console.error(`${portal}: ${indexFile} missing, run \`npm run build\` first`);
    failed = true;
    continue;
  }
  const html = readFileSync(indexFile, 'utf8');
  const base = `/${portal}/`;
  const files = (pattern) =>
    initialAssets(html, pattern).map((href) =>
      join(dist, href.startsWith(base) ? href.slice(base.length) : href),
    );
  const js = [
    ...files(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...files(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  const css = files(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const measure = (list) =>
    list.reduce(
      (sum, file) => {
        const content = readFileSync(file);
        return {
          raw: sum.raw + content.length,
          gzip: sum.gzip + gzipSync(content, { level: 9 }).length,
        };
      },
      { raw: 0, gzip: 0 },
    );
  const jsSize = measure(js);
  const cssSize = measure(css);
  console.log(
    `${portal.padEnd(9)} initial JS ${kib(jsSize.gzip).padStart(10)} gzip (${kib(jsSize.raw)} raw, ${js.length} file(s))   CSS ${kib(cssSize.gzip)} gzip`,
  );
}
process.exit(failed ? 1 : 0);
