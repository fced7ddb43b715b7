import { withInformalDutch, type AppTranslations } from '@kring/common';
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
import neighbourhoodReportsEn from './neighbourhoodReports/en.json';
import neighbourhoodReportsFr from './neighbourhoodReports/fr.json';
import neighbourhoodReportsNl from './neighbourhoodReports/nl.json';
import neighbourhoodsEn from './neighbourhoods/en.json';
import neighbourhoodsFr from './neighbourhoods/fr.json';
import neighbourhoodsNl from './neighbourhoods/nl.json';
import nl from './nl.json';
import projectsEn from './projects/en.json';
import projectsFr from './projects/fr.json';
import projectsNl from './projects/nl.json';

// Kring's staff are colleagues: the console says "je" in Dutch, as the API's staff messages do.
// Each area of the console keeps its words in its own folder, under its own top-level key.
export const translations: AppTranslations = withInformalDutch({
  nl: {
    ...nl,
    ...projectsNl,
    ...correspondenceNl,
    ...invoicesNl,
    ...neighbourhoodReportsNl,
    ...neighbourhoodsNl,
    ...conciergeNl,
  },
  fr: {
    ...fr,
    ...projectsFr,
    ...correspondenceFr,
    ...invoicesFr,
    ...neighbourhoodReportsFr,
    ...neighbourhoodsFr,
    ...conciergeFr,
  },
  en: {
    ...en,
    ...projectsEn,
    ...correspondenceEn,
    ...invoicesEn,
    ...neighbourhoodReportsEn,
    ...neighbourhoodsEn,
    ...conciergeEn,
  },
});
