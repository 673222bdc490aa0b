import { DownOutlined, FileAddOutlined } from '@ant-design/icons';
import type { LifecycleStage } from '@kizuna/domain';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useViewer } from '../../../app/auth/use-viewer';
import { LinkButton } from '../../../shared/link-button';
import { disabledByOpenRequest, useOpenRequest } from './open-request';
import { kindsForStage, newRequestPath } from './request-kinds';
import { useRequestLabels } from './request-labels';

/**
 * Start a request for this customer: the kinds its stage allows, for staff who may draft;
 * disabled while another request of the customer is open.
 */
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
  const open = useOpenRequest(customerId);
  if (!can('provisioning:write') || kinds.length === 0) return null;
  if (open) {
    // Disabled up front (the API would refuse it): the notice says why and links the request.
    const label =
      kinds.length === 1
        ? t('requests.form.startKind', { kind: labels.kind(kinds[0]!) })
        : t('requests.form.startNew');
    return (
      <Button type="primary" icon={<FileAddOutlined />} {...disabledByOpenRequest(open)}>
        {label}
      </Button>
    );
  }
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
