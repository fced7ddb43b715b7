import type { AppTranslations } from '@kring/common';
import calloutsEn from './callouts/en.json';
import calloutsFr from './callouts/fr.json';
import calloutsNl from './callouts/nl.json';
import conciergeEn from './concierge/en.json';
import conciergeFr from './concierge/fr.json';
import conciergeNl from './concierge/nl.json';
import correspondenceEn from './correspondence/en.json';
import correspondenceFr from './correspondence/fr.json';
import correspondenceNl from './correspondence/nl.json';
import dashboardEn from './dashboard/en.json';
import dashboardFr from './dashboard/fr.json';
import dashboardNl from './dashboard/nl.json';
import en from './en.json';
import fr from './fr.json';
import impactEn from './impact/en.json';
import impactFr from './impact/fr.json';
import impactNl from './impact/nl.json';
import invoicesEn from './invoices/en.json';
import invoicesFr from './invoices/fr.json';
import invoicesNl from './invoices/nl.json';
import nl from './nl.json';
import projectsEn from './projects/en.json';
import projectsFr from './projects/fr.json';
import projectsNl from './projects/nl.json';
import volunteersEn from './volunteers/en.json';
import volunteersFr from './volunteers/fr.json';
import volunteersNl from './volunteers/nl.json';

// Each area of the portal keeps its words in its own folder, under its own top-level key.
export const translations: AppTranslations = {
  nl: {
    ...nl,
    ...projectsNl,
    ...correspondenceNl,
    ...invoicesNl,
    ...dashboardNl,
    ...impactNl,
    ...volunteersNl,
    ...calloutsNl,
    ...conciergeNl,
  },
  fr: {
    ...fr,
    ...projectsFr,
    ...correspondenceFr,
    ...invoicesFr,
    ...dashboardFr,
    ...impactFr,
    ...volunteersFr,
    ...calloutsFr,
    ...conciergeFr,
  },
  en: {
    ...en,
    ...projectsEn,
    ...correspondenceEn,
    ...invoicesEn,
    ...dashboardEn,
    ...impactEn,
    ...volunteersEn,
    ...calloutsEn,
    ...conciergeEn,
  },
};
