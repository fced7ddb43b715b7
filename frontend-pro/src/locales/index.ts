import type { AppTranslations } from '@kring/common';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

export const translations: AppTranslations = { nl, fr, en };
