import type { AppTranslations } from '@kring/common';
import calloutsEn from './callouts/en.json';
import calloutsFr from './callouts/fr.json';
import calloutsNl from './callouts/nl.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import messagesEn from './messages/en.json';
import messagesFr from './messages/fr.json';
import messagesNl from './messages/nl.json';
import conciergeEn from './concierge/en.json';
import conciergeFr from './concierge/fr.json';
import conciergeNl from './concierge/nl.json';
import myEn from './mybuurt/en.json';
import myFr from './mybuurt/fr.json';
import myNl from './mybuurt/nl.json';

export const translations: AppTranslations = {
  nl: {
    ...nl,
    neighbourMessages: messagesNl,
    myNeighbourhood: myNl,
    callouts: calloutsNl,
    concierge: conciergeNl,
  },
  fr: {
    ...fr,
    neighbourMessages: messagesFr,
    myNeighbourhood: myFr,
    callouts: calloutsFr,
    concierge: conciergeFr,
  },
  en: {
    ...en,
    neighbourMessages: messagesEn,
    myNeighbourhood: myEn,
    callouts: calloutsEn,
    concierge: conciergeEn,
  },
};
