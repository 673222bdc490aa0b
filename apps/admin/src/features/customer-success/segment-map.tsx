import { SEGMENT_STAGE_LABELS, type SegmentStage } from '@kizuna/domain';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentMapFragment, SegmentNpsBand } from '../../gql/graphql';
import { pick } from '../../i18n/language';
import { SEGMENT_COLUMNS, segmentRows } from './customer-success-figures';
import { SmallSampleTag } from './small-sample-tag';

export interface SegmentKey {
  stage: SegmentStage;
  npsBand: SegmentNpsBand;
}

const CELL: CSSProperties = { padding: 4, minWidth: 120 };
const HEADER: CSSProperties = { padding: '4px 8px', fontWeight: 600, textAlign: 'start' };

/**
 * The 9-cell map (and the customers without NPS): each cell a button with its customers and the
 * moves since last month's end; the selected one is pressed.
 */
export function SegmentMap({
  map,
  selected,
  onSelect,
}: {
  map: SegmentMapFragment;
  selected: SegmentKey | null;
  onSelect: (cell: SegmentKey) => void;
}) {
  const { t, i18n } = useTranslation();
  const rows = segmentRows(map.cells);
  const total = map.cells.reduce((sum, c) => sum + c.customers, 0);
  const [year, month] = map.comparedWith.split('-');
  const monthLabel = i18n.language === 'en' ? map.comparedWith : `${year}年${Number(month)}月`;
  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <span>{t('customerSuccess.map.title')}</span>
          <SmallSampleTag customers={total} />
        </Flex>
      }
      data-testid="segment-map"
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {t('customerSuccess.map.subtitle')}{' '}
          {t('customerSuccess.map.compared', { month: monthLabel })}
        </Typography.Text>
        {total === 0 && (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('customerSuccess.map.empty')}
          />
        )}
        <div style={{ overflowX: 'auto' }} tabIndex={-1}>
          <table style={{ borderCollapse: 'separate', borderSpacing: 0 }}>
            <caption style={VISUALLY_HIDDEN}>{t('customerSuccess.map.title')}</caption>
            <thead>
              <tr>
                <th scope="col" style={HEADER}>
                  {t('customerSuccess.map.stage')}
                </th>
                {SEGMENT_COLUMNS.map((band) => (
                  <th key={band} scope="col" style={HEADER}>
                    {t(`customerSuccess.map.npsBand.${band}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.stage}>
                  <th scope="row" style={HEADER}>
                    {pick(SEGMENT_STAGE_LABELS[row.stage], i18n.language)}
                  </th>
                  {row.cells.map((cell) => {
                    const pressed =
                      selected?.stage === cell.stage && selected.npsBand === cell.npsBand;
                    const moved = t('customerSuccess.map.movedLabel', {
                      in: cell.movedIn,
                      out: cell.movedOut,
                    });
                    // The button reads as what it shows; the sentence with its row and column
                    // is its description.
                    const describedBy = `segment-cell-${cell.stage}-${cell.npsBand}`;
                    return (
                      <td key={cell.npsBand} style={CELL}>
                        <span id={describedBy} hidden>
                          {t('customerSuccess.map.cellLabel', {
                            stage: pick(SEGMENT_STAGE_LABELS[cell.stage], i18n.language),
                            band: t(`customerSuccess.map.npsBand.${cell.npsBand}`),
                            count: cell.customers,
                            moved,
                          })}
                        </span>
                        <Button
                          block
                          type={pressed ? 'primary' : 'default'}
                          aria-pressed={pressed}
                          aria-describedby={describedBy}
                          data-testid={`cell-${cell.stage}-${cell.npsBand}`}
                          onClick={() => onSelect({ stage: cell.stage, npsBand: cell.npsBand })}
                          style={{ height: 'auto', padding: '8px 12px' }}
                        >
                          <Flex vertical align="center">
                            <span
                              className="kizuna-tabular"
                              style={{ fontSize: 20, fontWeight: 600 }}
                            >
                              {cell.customers}
                            </span>
                            <span className="kizuna-tabular" style={{ fontSize: 12 }}>
                              {t('customerSuccess.map.moved', {
                                in: cell.movedIn,
                                out: cell.movedOut,
                              })}
                            </span>
                          </Flex>
                        </Button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Flex>
    </Card>
  );
}

const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
