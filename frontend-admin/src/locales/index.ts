import { withInformalDutch, type AppTranslations } from '@kring/common';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

// Kring's staff are colleagues: the console says "je" in Dutch, as the API's staff messages do.
export const translations: AppTranslations = withInformalDutch({ nl, fr, en });
