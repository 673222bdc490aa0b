import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/**
 * What a person typed into a date picker's box, in the picker's value format, or null when it is
 * not a whole date in the shown format. A picker forgets a typed day it greys out (a past
 * effective date…) and the form would then say 「入力してください」: passing the day on instead
 * lets the form's own rule say what is wrong with it.
 */
export function typedDate(
  text: string | undefined,
  shownFormat: string,
  valueFormat: string,
): string | null {
  // A blur may come from an element inside the picker's panel, which has no typed text.
  if (typeof text !== 'string') return null;
  const date = dayjs(text.trim(), shownFormat, true);
  return date.isValid() ? date.format(valueFormat) : null;
}
