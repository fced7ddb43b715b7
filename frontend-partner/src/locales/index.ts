import type { AppTranslations } from '@kring/common';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import messagesEn from './messages/en.json';
import messagesFr from './messages/fr.json';
import messagesNl from './messages/nl.json';

export const translations: AppTranslations = {
  nl: { ...nl, neighbourMessages: messagesNl },
  fr: { ...fr, neighbourMessages: messagesFr },
  en: { ...en, neighbourMessages: messagesEn },
};
