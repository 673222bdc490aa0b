import type { TableRef } from 'antd/es/table';
import { useEffect, useRef } from 'react';

/**
 * A ref for an antd Table with `scroll.x`: its scrolling box takes the focus (Tab, then the
 * arrow keys scroll it), as WCAG 2.1.1 asks of a region with nothing focusable inside.
 */
export function useKeyboardScrollableTable() {
  const ref = useRef<TableRef>(null);
  useEffect(() => {
    const box = ref.current?.nativeElement.querySelector('.ant-table-content, .ant-table-body');
    if (box && !box.hasAttribute('tabindex')) box.setAttribute('tabindex', '0');
  });
  return ref;
}
