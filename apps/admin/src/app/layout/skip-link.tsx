import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * 本文へスキップ: the first thing Tab reaches, hidden until focused; moves the focus to the
 * element with id `target` (which needs tabIndex -1), past the side menu and the header.
 */
export function SkipLink({ target }: { target: string }) {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const element = document.getElementById(target);
    if (!element) return;
    // Focus, not the #hash: the router would take the fragment for a navigation.
    event.preventDefault();
    element.focus();
  };
  return (
    <a className="kizuna-skip-link" href={`#${target}`} onClick={skip}>
      {t('header.skipToMain')}
    </a>
  );
}
