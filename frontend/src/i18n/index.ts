import i18n, { type InitOptions } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en';
import zhTW from './zh-TW';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-TW', label: '繁體中文' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_STORAGE_KEY = 'herald.language';

/** Map whatever the browser says (zh-Hant-TW, zh-HK, zh, en-GB, …) to a language we have. */
export function normaliseLanguage(lng: string | undefined | null): LanguageCode {
  const lower = (lng ?? '').toLowerCase();
  if (lower.startsWith('zh')) return 'zh-TW';
  return 'en';
}

export const i18nOptions: InitOptions = {
  resources: { en: { translation: en }, 'zh-TW': { translation: zhTW } },
  supportedLngs: ['en', 'zh-TW'],
  fallbackLng: 'en',
  nonExplicitSupportedLngs: false,
  load: 'currentOnly',
  interpolation: { escapeValue: false },
  detection: {
    order: ['localStorage', 'navigator'],
    lookupLocalStorage: LANGUAGE_STORAGE_KEY,
    caches: ['localStorage'],
    convertDetectedLanguage: (lng: string) => normaliseLanguage(lng),
  },
  returnNull: false,
};

void i18n.use(LanguageDetector).use(initReactI18next).init(i18nOptions);

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});
if (typeof document !== 'undefined' && i18n.language) document.documentElement.lang = i18n.language;

export default i18n;
