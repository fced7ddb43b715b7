import { withInformalDutch, type AppTranslations } from '@kring/common';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

// The provider portal says "je" in Dutch, also on the shared identity pages.
export const translations: AppTranslations = withInformalDutch({ nl, fr, en });
