import type { CSSProperties, Key, ReactNode } from 'react';

const LIST: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };
const ITEM: CSSProperties = { padding: '8px 0', borderBottom: '1px solid #f0f0f0' };

/** A plain list of a card's entries, one under the other with a rule between (antd's List is deprecated). */
export function CompactList<T>({
  items,
  itemKey,
  renderItem,
  itemProps,
}: {
  items: readonly T[];
  itemKey: (item: T) => Key;
  renderItem: (item: T) => ReactNode;
  /** Attributes and style of each entry (test ids, a highlight). */
  itemProps?: (item: T) => Record<string, unknown> & { style?: CSSProperties };
}) {
  return (
    <ul style={LIST}>
      {items.map((item) => {
        const { style, ...props } = itemProps?.(item) ?? {};
        return (
          <li key={itemKey(item)} style={{ ...ITEM, ...style }} {...props}>
            {renderItem(item)}
          </li>
        );
      })}
    </ul>
  );
}
