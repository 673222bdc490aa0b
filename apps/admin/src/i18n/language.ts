import type { Locale } from '@kizuna/domain';

export type Language = Locale;

export const LANGUAGES: readonly Language[] = ['ja', 'en'];
const STORAGE_KEY = 'kizuna.language';

/** The language chosen in the header, Japanese unless the user switched. */
export function storedLanguage(): Language {
  const value = globalThis.localStorage?.getItem(STORAGE_KEY);
  return value === 'en' ? 'en' : 'ja';
}

export function storeLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
}

/** A {ja, en} pair (as the domain package provides them) in the given language. */
export function pick(text: { ja: string; en: string }, language: string): string {
  return language === 'en' ? text.en : text.ja;
}
