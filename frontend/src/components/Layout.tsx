import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { SignOutButton } from '@/features/auth/components/SignOutButton';
import { LanguageSwitcher } from './LanguageSwitcher';
import { cn } from './ui/cn';

export function Layout({ username, children }: { username: string; children: ReactNode }) {
  const { t } = useTranslation();
  const navClass = ({ isActive }: { isActive: boolean }) =>
    cn(
      'rounded-md px-3 py-1.5 text-sm font-medium',
      isActive ? 'bg-indigo-50 text-indigo-700' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
    );
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        {t('app.skipToContent')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <NavLink to="/" className="flex items-center gap-2 font-semibold text-slate-900">
            <span className="grid h-7 w-7 place-items-center rounded-md bg-indigo-600 text-sm text-white" aria-hidden="true">
              H
            </span>
            {t('app.name')}
          </NavLink>
          <nav aria-label={t('app.nav.main')} className="order-last flex w-full gap-1 sm:order-none sm:w-auto">
            <NavLink to="/" end className={navClass}>
              {t('app.nav.campaigns')}
            </NavLink>
            <NavLink to="/contacts" className={navClass}>
              {t('app.nav.contacts')}
            </NavLink>
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <LanguageSwitcher />
            <span className="hidden text-sm text-slate-500 md:inline">{t('auth.signedInAs', { username })}</span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
