import { ERASURE_CATEGORIES, ERASURE_CATEGORY_LABELS, KEPT_DATA } from '@kizuna/domain';
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../../../i18n/language';

/** What an erasure removes and what it keeps (with the basis), from the domain's lists. */
export function ErasureScope() {
  const { t, i18n } = useTranslation();
  return (
    <Row gutter={[24, 8]} style={{ marginBottom: 16 }} data-testid="erasure-scope">
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('erasure.request.erasedTitle')}</Typography.Text>
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {ERASURE_CATEGORIES.map((category) => (
            <li key={category}>{pick(ERASURE_CATEGORY_LABELS[category], i18n.language)}</li>
          ))}
        </ul>
      </Col>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('erasure.request.keptTitle')}</Typography.Text>
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {KEPT_DATA.map((kept) => (
            <li key={kept.category}>
              {pick(kept.label, i18n.language)}
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {pick(kept.basis, i18n.language)}
              </Typography.Text>
            </li>
          ))}
        </ul>
      </Col>
    </Row>
  );
}
