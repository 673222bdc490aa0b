import { Button, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { useCursorStack } from './use-cursor-stack';

/**
 * 前へ / 次へ under a keyset-paginated table, with the page number: 次へ pushes the page's end
 * cursor on the stack, 前へ pops it.
 */
export function Pager({
  cursors,
  pageInfo,
  loading,
}: {
  cursors: ReturnType<typeof useCursorStack>;
  /** The shown page's; absent while the first answer loads. */
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const end = pageInfo?.endCursor;
  return (
    <Flex justify="space-between" align="center">
      <Typography.Text type="secondary">{t('common.page', { page: cursors.page })}</Typography.Text>
      <Space>
        <Button disabled={cursors.page <= 1 || loading} onClick={cursors.previous}>
          {t('common.previous')}
        </Button>
        <Button
          disabled={!pageInfo?.hasNextPage || loading}
          onClick={() => {
            if (end) cursors.next(end);
          }}
        >
          {t('common.next')}
        </Button>
      </Space>
    </Flex>
  );
}
