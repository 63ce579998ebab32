import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY, i18nOptions, normaliseLanguage } from '@/i18n';
import { LoginPage } from '@/features/auth/components/LoginPage';
import { renderWithProviders } from '@/test/render';

describe('language switcher', () => {
  it('switches to Traditional Chinese and back, remembering the choice', async () => {
    renderWithProviders(<LoginPage />);
    expect(screen.getByRole('heading', { name: 'Sign in to Herald' })).toBeInTheDocument();
    const zh = screen.getByRole('button', { name: '繁體中文' });
    expect(zh).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(zh);
    expect(await screen.findByRole('heading', { name: '登入 Herald' })).toBeInTheDocument();
    expect(screen.getByLabelText('使用者名稱')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '繁體中文' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-TW');
    expect(document.documentElement.lang).toBe('zh-TW');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Herald' })).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('maps browser languages to the ones we have', () => {
    expect(normaliseLanguage('zh-TW')).toBe('zh-TW');
    expect(normaliseLanguage('zh-Hant-HK')).toBe('zh-TW');
    expect(normaliseLanguage('zh')).toBe('zh-TW');
    expect(normaliseLanguage('en-GB')).toBe('en');
    expect(normaliseLanguage('fr')).toBe('en');
    expect(normaliseLanguage(undefined)).toBe('en');
  });

  it('picks the language from the browser, unless one was chosen before', async () => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY); // the test setup's changeLanguage('en') stored one
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-TW', 'en-US']);
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-TW');
    const fromBrowser = i18next.createInstance().use(LanguageDetector);
    await fromBrowser.init(i18nOptions);
    expect(fromBrowser.language).toBe('zh-TW');
    expect(fromBrowser.t('auth.signIn')).toBe('登入');

    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const remembered = i18next.createInstance().use(LanguageDetector);
    await remembered.init(i18nOptions);
    expect(remembered.language).toBe('en');
  });
});
