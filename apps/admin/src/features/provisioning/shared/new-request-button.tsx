import { DownOutlined, FileAddOutlined } from '@ant-design/icons';
import type { LifecycleStage } from '@kizuna/domain';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useViewer } from '../../../app/auth/use-viewer';
import { LinkButton } from '../../../shared/link-button';
import { kindsForStage, newRequestPath } from './request-kinds';
import { useRequestLabels } from './request-labels';

/** Start a request for this customer: the kinds its stage allows, for staff who may draft. */
export function NewRequestButton({
  customerId,
  stage,
}: {
  customerId: string;
  stage: LifecycleStage;
}) {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  const navigate = useNavigate();
  const { can } = useViewer();
  const kinds = kindsForStage(stage);
  if (!can('provisioning:write') || kinds.length === 0) return null;
  if (kinds.length === 1) {
    const kind = kinds[0]!;
    return (
      <LinkButton to={newRequestPath(customerId, kind)} type="primary" icon={<FileAddOutlined />}>
        {t('requests.form.startKind', { kind: labels.kind(kind) })}
      </LinkButton>
    );
  }
  return (
    <Dropdown
      menu={{
        items: kinds.map((k) => ({ key: k, label: labels.kind(k) })),
        onClick: ({ key }) =>
          void navigate(newRequestPath(customerId, key as (typeof kinds)[number])),
      }}
    >
      <Button type="primary" icon={<FileAddOutlined />}>
        {t('requests.form.startNew')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
