import { theme, type ThemeConfig } from 'antd';

const PRIMARY = '#1f5fa6';

/** antd's own palette (blue1…blue10, gold1…): the tags keep its hues, with darker text. */
const palette = theme.getDesignToken() as unknown as Record<string, string>;

/** The preset colours a Tag may take (color="cyan"). */
export const TAG_PRESET_COLORS = [
  'blue',
  'purple',
  'cyan',
  'green',
  'magenta',
  'pink',
  'red',
  'orange',
  'yellow',
  'volcano',
  'geekblue',
  'lime',
  'gold',
] as const;

/**
 * A preset tag writes its text in shade 7 of its colour on shade 1, which reads at 2.1–3.4:1 for
 * cyan, green, orange, gold…: shade 8 reaches WCAG AA (4.5:1), the yellows need shade 9.
 */
const TAG_TEXT_SHADE: Record<(typeof TAG_PRESET_COLORS)[number], 8 | 9> = {
  blue: 8,
  purple: 8,
  cyan: 8,
  green: 8,
  magenta: 8,
  pink: 8,
  red: 8,
  orange: 8,
  yellow: 9,
  volcano: 8,
  geekblue: 8,
  lime: 9,
  gold: 9,
};

const presetTagText = Object.fromEntries(
  TAG_PRESET_COLORS.map((color) => [`${color}7`, palette[`${color}${TAG_TEXT_SHADE[color]}`]]),
);

/**
 * The console's antd theme: every text at least 4.5:1 against its background (WCAG AA, checked
 * by axe-core in the browser tests): antd's defaults put secondary text at 3.4:1, links at
 * 4.1:1, placeholders at 1.8:1 and status tags (確認待ち) at 1.8–3.7:1.
 */
export const kizunaTheme = {
  token: {
    colorPrimary: PRIMARY,
    colorInfo: PRIMARY,
    // antd's #ff4d4f is 3.0:1 on white (form errors, danger buttons).
    colorError: palette.red7,
    colorLink: PRIMARY,
    colorLinkHover: '#2f74c0',
    colorLinkActive: '#164a85',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    colorSuccessText: palette.green8,
    colorWarningText: palette.gold9,
    colorErrorText: palette.red7,
    fontFamily:
      '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", Meiryo, system-ui, sans-serif',
  },
  components: {
    Tag: {
      ...presetTagText,
      // Status tags (success, processing, warning, error) write in their status colour.
      colorSuccess: palette.green8,
      colorInfo: PRIMARY,
      colorWarning: palette.gold9,
      colorError: palette.red7,
    },
  },
} satisfies ThemeConfig;
