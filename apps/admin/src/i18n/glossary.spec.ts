import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { en } from './en';
import { GLOSSARY_VARIANTS } from './glossary';
import { ja } from './ja';

/** The console's sources (its own and the domain's ja labels and messages), tests left out. */
const ROOTS = [join(__dirname, '..'), join(__dirname, '../../../../packages/domain/src')];
const SKIPPED = /(\.spec\.tsx?$|[/\\]gql[/\\]|[/\\]test[/\\]|glossary\.ts$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !SKIPPED.test(path) ? [path] : [];
  });
}

/** Every string of a messages tree. */
const strings = (tree: unknown): string[] =>
  typeof tree === 'string'
    ? [tree]
    : tree && typeof tree === 'object'
      ? Object.values(tree).flatMap(strings)
      : [];

describe('one word for one thing', () => {
  const files = ROOTS.flatMap(sourceFiles);

  it('reads the sources it checks', () => {
    expect(files.some((f) => f.endsWith(join('i18n', 'ja.ts')))).toBe(true);
    expect(files.some((f) => f.endsWith(join('errors', 'messages.ts')))).toBe(true);
  });

  it.each(GLOSSARY_VARIANTS)('no text says 「$variant」 (say $use)', ({ variant }) => {
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          line.includes(variant)
            ? [`${relative(join(__dirname, '../../../..'), file)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(found).toEqual([]);
    // The merged message trees too (feature messages included).
    expect(strings(ja).filter((s) => s.includes(variant))).toEqual([]);
    expect(strings(en).filter((s) => s.includes(variant))).toEqual([]);
  });

  it('names the status 確認待ち and the process ダブルチェック', () => {
    expect(ja.requests.detail.waitingForChecker).toBe('確認待ち');
    expect(ja.nav.checkQueue).toBe('ダブルチェック');
    expect(en.requests.detail.waitingForChecker).toBe('Waiting for check');
  });
});
