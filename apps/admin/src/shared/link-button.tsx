import { Button, type ButtonProps } from 'antd';
import { type To, useHref, useLinkClickHandler } from 'react-router';

/**
 * A navigation action that looks like a button: one `<a class="ant-btn">`, so one tab stop and
 * announced as a link (never a `<button>` inside a `<Link>`). A plain click navigates within the
 * console like a `<Link>`; a modified or middle click is left to the browser (a new tab).
 */
export function LinkButton({
  to,
  ...button
}: { to: To } & Pick<ButtonProps, 'type' | 'size' | 'icon' | 'children'>) {
  const href = useHref(to);
  // The rule `<Link>` itself follows: only an unmodified left click, in this tab.
  const onClick = useLinkClickHandler<HTMLElement>(to);
  return <Button {...button} href={href} onClick={onClick} />;
}
