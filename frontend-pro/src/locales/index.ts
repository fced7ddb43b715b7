import type { AppTranslations } from '@kring/common';
import conciergeEn from './concierge/en.json';
import conciergeFr from './concierge/fr.json';
import conciergeNl from './concierge/nl.json';
import correspondenceEn from './correspondence/en.json';
import correspondenceFr from './correspondence/fr.json';
import correspondenceNl from './correspondence/nl.json';
import en from './en.json';
import fr from './fr.json';
import invoicesEn from './invoices/en.json';
import invoicesFr from './invoices/fr.json';
import invoicesNl from './invoices/nl.json';
import nl from './nl.json';
import projectsEn from './projects/en.json';
import projectsFr from './projects/fr.json';
import projectsNl from './projects/nl.json';

// Each area of the portal keeps its words in its own folder, under its own top-level key.
export const translations: AppTranslations = {
  nl: { ...nl, ...projectsNl, ...correspondenceNl, ...invoicesNl, ...conciergeNl },
  fr: { ...fr, ...projectsFr, ...correspondenceFr, ...invoicesFr, ...conciergeFr },
  en: { ...en, ...projectsEn, ...correspondenceEn, ...invoicesEn, ...conciergeEn },
};
