import { useMutation } from '@apollo/client/react';
import { MAX_TRIAL_EXTENSION_DAYS, TRIAL_REASON_MAX } from '@kizuna/domain';
import { App, Button, Form, Input, InputNumber, Popconfirm, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useViewer } from '../../../app/auth/use-viewer';
import {
  CustomerRequestSecondTrialDocument,
  CustomerRequestTrialExtensionDocument,
  CustomerStartTrialDocument,
  type CustomerActionsFragment,
} from '../../../gql/graphql';
import { disabledByOpenRequest, useOpenRequest } from '../../provisioning/shared/open-request';
import { requestPath } from '../../provisioning/shared/request-kinds';
import {
  checkSecondTrial,
  checkTrialExtension,
  customerActionFor,
  trialExtensionAllowance,
  type ReasonFormValues,
  type TrialExtensionFormValues,
} from './customer-actions.rules';
import { ReactivationModal } from './reactivation-modal';
import { RequestModal } from './request-modal';

const refetchQueries = ['CustomerDetail', 'RequestTable', 'HomeWork'];

/** The reason a checker reads, as a text area. */
export function ReasonField({ placeholder }: { placeholder?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="reason" label={t('customers.actions.reason')} required>
      <Input.TextArea rows={3} maxLength={TRIAL_REASON_MAX} placeholder={placeholder} />
    </Form.Item>
  );
}

/** A lead that never had a trial starts one at once (no double check). */
function StartTrialButton({ customer }: { customer: CustomerActionsFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [startTrial, { loading }] = useMutation(CustomerStartTrialDocument, { refetchQueries });
  const start = async () => {
    try {
      const { data } = await startTrial({ variables: { input: { customerId: customer.id } } });
      const errors = data?.startTrial.userErrors ?? [];
      if (errors.length > 0) void message.error(errors.map((e) => e.message).join(' '));
      else void message.success(t('customers.actions.trialStarted', { name: customer.name }));
    } catch {
      void message.error(t('common.networkError'));
    }
  };
  return (
    <Popconfirm
      title={t('customers.actions.startTrialConfirm')}
      okText={t('customers.actions.startTrial')}
      cancelText={t('customers.actions.cancel')}
      onConfirm={() => start()}
    >
      <Button type="primary" loading={loading}>
        {t('customers.actions.startTrial')}
      </Button>
    </Popconfirm>
  );
}

function SecondTrialModal({
  customer,
  onDone,
  onCancel,
}: {
  customer: CustomerActionsFragment;
  onDone: (request: { id: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [send] = useMutation(CustomerRequestSecondTrialDocument, { refetchQueries });
  return (
    <RequestModal<ReasonFormValues>
      title={t('customers.actions.secondTrial')}
      okText={t('customers.actions.submit')}
      description={t('customers.actions.secondTrialHelp')}
      fields={['reason']}
      check={(values) => checkSecondTrial(values, customer)}
      send={async ({ reason = '' }) =>
        (
          await send({
            variables: { input: { customerId: customer.id, reason: reason.trim() } },
          })
        ).data?.requestSecondTrial
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      <ReasonField placeholder={t('customers.actions.secondTrialPlaceholder')} />
    </RequestModal>
  );
}

function TrialExtensionModal({
  customer,
  onDone,
  onCancel,
}: {
  customer: CustomerActionsFragment;
  onDone: (request: { id: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [send] = useMutation(CustomerRequestTrialExtensionDocument, { refetchQueries });
  const allowance = trialExtensionAllowance(customer.trialExtendedDays);
  return (
    <RequestModal<TrialExtensionFormValues>
      title={t('customers.actions.trialExtension')}
      okText={t('customers.actions.submit')}
      description={t('customers.actions.trialExtensionHelp', { max: MAX_TRIAL_EXTENSION_DAYS })}
      fields={['days', 'reason']}
      check={(values) => checkTrialExtension(values, customer)}
      send={async ({ days, reason = '' }) =>
        (
          await send({
            variables: {
              input: { customerId: customer.id, days: days ?? 0, reason: reason.trim() },
            },
          })
        ).data?.requestTrialExtension
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      <Form.Item
        name="days"
        label={t('customers.actions.days')}
        required
        extra={
          <span data-testid="trial-extension-allowance">
            {t('customers.actions.allowance', {
              left: allowance,
              used: customer.trialExtendedDays,
            })}
          </span>
        }
      >
        {/* Not clamped to the allowance: the domain rule says why a number is refused. */}
        <InputNumber precision={0} suffix={t('customers.actions.daysUnit')} />
      </Form.Item>
      <ReasonField placeholder={t('customers.actions.trialExtensionPlaceholder')} />
    </RequestModal>
  );
}

/**
 * What can be done with the customer's lifecycle from its page: start a first trial, ask for a
 * second one, ask to extend the trial, ask to reactivate a churned customer. The requests go to
 * the double check; the page of the new request opens. While another request of the customer
 * is open, the requests are disabled (see OpenRequestNotice).
 */
export function CustomerActions({ customer }: { customer: CustomerActionsFragment }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const openRequest = useOpenRequest(customer.id);
  const action = customerActionFor(customer);
  const close = () => setOpen(false);
  const done = (request: { id: string }) => {
    setOpen(false);
    void message.success(t('customers.actions.submitted'));
    void navigate(requestPath(request.id));
  };

  if (action === 'START_TRIAL') {
    return can('customers:write') ? <StartTrialButton customer={customer} /> : null;
  }
  if (action === null || !can('provisioning:write')) return null;

  const allowance = trialExtensionAllowance(customer.trialExtendedDays);
  const label = {
    SECOND_TRIAL: t('customers.actions.secondTrial'),
    TRIAL_EXTENSION: t('customers.actions.trialExtension'),
    REACTIVATION: t('customers.actions.reactivation'),
  }[action];
  const exhausted = action === 'TRIAL_EXTENSION' && allowance === 0;
  const button = (
    <Button
      onClick={() => setOpen(true)}
      disabled={exhausted}
      // An open request of the customer: the page's notice says why and links it.
      {...disabledByOpenRequest(openRequest)}
    >
      {label}
    </Button>
  );
  return (
    <>
      {exhausted ? (
        <Tooltip title={t('customers.actions.allowanceUsed', { max: MAX_TRIAL_EXTENSION_DAYS })}>
          <Typography.Text>{button}</Typography.Text>
        </Tooltip>
      ) : (
        button
      )}
      {open && action === 'SECOND_TRIAL' && (
        <SecondTrialModal customer={customer} onDone={done} onCancel={close} />
      )}
      {open && action === 'TRIAL_EXTENSION' && (
        <TrialExtensionModal customer={customer} onDone={done} onCancel={close} />
      )}
      {open && action === 'REACTIVATION' && (
        <ReactivationModal customer={customer} onDone={done} onCancel={close} />
      )}
    </>
  );
}
