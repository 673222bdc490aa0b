import { Tag } from 'antd';

/** 有効 / 無効 (or the labels given), green or grey. */
export function ActiveTag({
  active,
  activeLabel,
  inactiveLabel,
}: {
  active: boolean;
  activeLabel: string;
  inactiveLabel: string;
}) {
  return <Tag color={active ? 'green' : 'default'}>{active ? activeLabel : inactiveLabel}</Tag>;
}
