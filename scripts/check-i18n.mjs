// Fails when a translation key exists in one of nl/fr/en but not in another, or has an empty
// value. Checks frontend-common and every portal (src/locales/{nl,fr,en}.json). Also fails when a
// portal has a top-level namespace frontend-common has too (`common`, `auth`, `profile`): the
// portal's would replace the shared one whole (createI18n merges the catalogs one level deep).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LANGUAGES = ['nl', 'fr', 'en'];
const PACKAGES = [
  'frontend-common',
  'frontend-partner',
  'frontend-provider',
  'frontend-pro',
  'frontend-admin',
];

/** Flattens nested objects into dotted keys: { a: { b: 'x' } } → { 'a.b': 'x' }. */
function flatten(value, prefix = '', out = new Map()) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

const problems = [];
let keyCount = 0;
const sharedNamespaces = new Set();
for (const pkg of PACKAGES) {
  const catalogs = new Map();
  for (const language of LANGUAGES) {
    const file = join(pkg, 'src', 'locales', `${language}.json`);
    if (!existsSync(file)) {
      problems.push(`${file}: missing`);
      continue;
    }
    const catalog = JSON.parse(readFileSync(file, 'utf8'));
    for (const namespace of Object.keys(catalog)) {
      if (pkg === 'frontend-common') sharedNamespaces.add(namespace);
      else if (sharedNamespaces.has(namespace))
        problems.push(`${file}: "${namespace}" hides frontend-common's namespace of that name`);
    }
    catalogs.set(language, flatten(catalog));
  }
  const allKeys = new Set([...catalogs.values()].flatMap((catalog) => [...catalog.keys()]));
  keyCount += allKeys.size;
  for (const key of [...allKeys].sort()) {
    for (const [language, catalog] of catalogs) {
      const where = `${pkg}/src/locales/${language}.json`;
      if (!catalog.has(key)) problems.push(`${where}: missing key "${key}"`);
      else if (typeof catalog.get(key) !== 'string')
        problems.push(`${where}: "${key}" is not text`);
      else if (catalog.get(key).trim() === '') problems.push(`${where}: empty value for "${key}"`);
    }
  }
}

if (problems.length > 0) {
  console.error(`i18n check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`i18n check: ${keyCount} keys present and non-empty in ${LANGUAGES.join(', ')}`);
