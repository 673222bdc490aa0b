import { readFile } from 'node:fs/promises';

// Noto Sans JP (SIL Open Font License) as TrueType outlines, which pdf-lib subsets reliably.
// Resolved through the package, so the same path works from src under ts-jest and from dist.
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
} as const;

export interface JapaneseFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

let loading: Promise<JapaneseFonts> | undefined;

/** The font files, read once per process on first use (about 11 MB, so not at start-up). */
export function japaneseFonts(): Promise<JapaneseFonts> {
  loading ??= Promise.all([
    readFile(require.resolve(FONT_FILES.regular)),
    readFile(require.resolve(FONT_FILES.bold)),
  ]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      // A failed read is retried by the next request rather than remembered.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
