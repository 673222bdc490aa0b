import { Button, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** 前へ / 次へ under a keyset-paginated table, with the page number. */
export function Pager(props: {
  page: number;
  hasNext: boolean;
  loading: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="center">
      <Typography.Text type="secondary">{t('common.page', { page: props.page })}</Typography.Text>
      <Space>
        <Button disabled={props.page <= 1 || props.loading} onClick={props.onPrevious}>
          {t('common.previous')}
        </Button>
        <Button disabled={!props.hasNext || props.loading} onClick={props.onNext}>
          {t('common.next')}
        </Button>
      </Space>
    </Flex>
  );
}
