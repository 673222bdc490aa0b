import type { Locale } from '@kizuna/domain';

/** ja unless the client prefers English (Accept-Language: en…). */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'ja';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'ja';
}
