import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { LoginForm } from './LoginForm';

export function LoginPage() {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex justify-end p-4">
        <LanguageSwitcher />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pb-16 pt-6 sm:items-center sm:pt-0">
        <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <p className="text-sm font-semibold uppercase tracking-wide text-indigo-600">{t('app.name')}</p>
          <h1 className="mt-1 text-xl font-semibold text-slate-900">{t('auth.title')}</h1>
          <p className="mb-5 mt-1 text-sm text-slate-500">{t('auth.subtitle')}</p>
          <LoginForm />
        </div>
      </main>
    </div>
  );
}
