import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';

// ぁ–ゖ and ゝゞ sit exactly 0x60 below their katakana.
const HIRAGANA = /[\u3041-\u3096\u309D\u309E]/g;
// Full-width katakana (ァ–ヺ), ・, ー, ヽヾ, and single half-width spaces between words.
const KATAKANA_WORDS = /^[\u30A1-\u30FA\u30FB\u30FC\u30FD\u30FE]+( [\u30A1-\u30FE]+)*$/;

/**
 * Furigana as full-width katakana: hiragana and half-width katakana (ｶﾞ → ガ) are converted; any
 * run of spaces, full-width or not, becomes one half-width space. Anything else is INVALID_KANA.
 */
export function normalizeKana(raw: string): Result<string, UserErrorData> {
  // NFKC composes half-width katakana with their voicing marks (ﾀﾞ → ダ).
  const s = raw
    .normalize('NFKC')
    .replace(HIRAGANA, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
    .replace(/\s+/g, ' ')
    .trim();
  return KATAKANA_WORDS.test(s) ? ok(s) : err(userError('INVALID_KANA', 'kana'));
}
