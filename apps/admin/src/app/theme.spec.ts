import { theme } from 'antd';
import { kizunaTheme, TAG_PRESET_COLORS } from './theme';

/** sRGB channels 0–255 and alpha of #rrggbb or rgba(r, g, b, a). */
function parse(color: string): [number, number, number, number] {
  if (color.startsWith('#')) {
    const hex = color.slice(1);
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
      number,
      number,
      number,
    ];
    return [r, g, b, 1];
  }
  const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** WCAG 2 relative luminance of a colour painted over an opaque background. */
function luminance(color: string, under = '#ffffff'): number {
  const [r, g, b, a] = parse(color);
  const [br, bg, bb] = parse(under);
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a)]
    .map((channel) => channel / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
}

/** WCAG 2 contrast ratio of a text colour on an opaque background. */
function contrast(text: string, background: string): number {
  const [light, dark] = [luminance(text, background), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

const token = theme.getDesignToken(kizunaTheme) as unknown as Record<string, string>;
const PAGE = '#f5f7fa';
const CARD = '#ffffff';

describe('the console theme reads at WCAG AA (4.5:1)', () => {
  it.each([
    ['secondary text', 'colorTextDescription', PAGE],
    ['secondary text on a card', 'colorTextDescription', CARD],
    ['descriptions labels', 'colorTextTertiary', CARD],
    ['select and input placeholders', 'colorTextPlaceholder', CARD],
    ['links', 'colorLink', CARD],
    ['links on the page', 'colorLink', PAGE],
    ['success text', 'colorSuccessText', CARD],
    ['warning text', 'colorWarningText', CARD],
    ['error text and form errors', 'colorError', CARD],
  ])('%s (%s on %s)', (_what, key, background) => {
    expect(contrast(token[key]!, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(TAG_PRESET_COLORS)('a %s tag', (color) => {
    const tag = kizunaTheme.components.Tag as Record<string, string>;
    expect(contrast(tag[`${color}7`]!, token[`${color}1`]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['success', 'colorSuccess', 'colorSuccessBg'],
    ['processing', 'colorInfo', 'colorInfoBg'],
    ['warning (確認待ち)', 'colorWarning', 'colorWarningBg'],
    ['error', 'colorError', 'colorErrorBg'],
  ] as const)('a %s status tag', (_status, text, background) => {
    const tag = kizunaTheme.components.Tag;
    expect(contrast(tag[text]!, token[background]!)).toBeGreaterThanOrEqual(4.5);
  });

  it('antd’s defaults would not (the test can tell)', () => {
    const defaults = theme.getDesignToken() as unknown as Record<string, string>;
    expect(contrast(defaults.colorTextDescription!, PAGE)).toBeLessThan(4.5);
    expect(contrast(defaults.gold7!, defaults.gold1!)).toBeLessThan(4.5);
  });
});
