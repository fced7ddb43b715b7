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
 * The shared identity texts say "u" in Dutch, as the partner and pro portals do. A portal that
 * says "je" (provider) wraps its translations with this: the Dutch `auth.*` texts then come from
 * `locales/nl-informal.json` where it has them, else from `locales/nl.json`.
 */
export function withInformalDutch(app: AppTranslations): AppTranslations {
  return {
    ...app,
    nl: { ...app.nl, auth: mergeCatalogs(commonNl.auth, informalNl.auth) },
  };
}
