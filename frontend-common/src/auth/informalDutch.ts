import type { AppTranslations } from '../i18n/createI18n';
import commonNl from '../locales/nl.json';
import informalNl from '../locales/nl-informal.json';

type Catalog = Record<string, unknown>;

function isCatalog(value: unknown): value is Catalog {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `base` with the texts of `overlay` put over it, key by key, at any depth. */
export function mergeCatalogs(base: Catalog, overlay: Catalog): Catalog {
  const merged: Catalog = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const under = merged[key];
    merged[key] = isCatalog(under) && isCatalog(value) ? mergeCatalogs(under, value) : value;
  }
  return merged;
}

/**
 * The shared texts say "u" in Dutch, as the partner and pro portals do. A portal that says "je"
 * (provider) wraps its translations with this: the Dutch texts of each namespace in
 * `locales/nl-informal.json` (`auth.*`, the profile's `profile.*`) then come from there where it
 * has them, else from `locales/nl.json`.
 */
export function withInformalDutch(app: AppTranslations): AppTranslations {
  const formal = commonNl as Catalog;
  const informal = Object.fromEntries(
    Object.entries(informalNl as Catalog).map(([namespace, texts]) => {
      const base = formal[namespace];
      return [namespace, isCatalog(base) && isCatalog(texts) ? mergeCatalogs(base, texts) : texts];
    }),
  );
  return { ...app, nl: { ...app.nl, ...informal } };
}
