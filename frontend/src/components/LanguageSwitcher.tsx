import { useTranslation } from 'react-i18next';
import { LANGUAGES, normaliseLanguage } from '@/i18n';
import { cn } from './ui/cn';

/** Two buttons, "English" / "繁體中文"; the choice is remembered in localStorage by the detector. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = normaliseLanguage(i18n.resolvedLanguage ?? i18n.language);
  return (
    <div role="group" aria-label={t('app.language')} className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
      {LANGUAGES.map((lang) => (
        <button
          key={lang.code}
          type="button"
          lang={lang.code}
          aria-pressed={current === lang.code}
          onClick={() => void i18n.changeLanguage(lang.code)}
          className={cn(
            'rounded px-2 py-1 text-xs font-medium focus-visible:outline focus-visible:outline-2 focus-visible:outline-indigo-600',
            current === lang.code ? 'bg-indigo-600 text-white' : 'text-slate-600 hover:bg-slate-100',
          )}
        >
          {lang.label}
        </button>
      ))}
    </div>
  );
}
