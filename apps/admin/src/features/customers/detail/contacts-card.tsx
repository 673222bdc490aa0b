import { useMutation } from '@apollo/client/react';
import {
  DeleteOutlined,
  EditOutlined,
  LockOutlined,
  MailOutlined,
  PhoneOutlined,
  PlusOutlined,
  StarOutlined,
} from '@ant-design/icons';
import {
  CONTACT_FIELDS,
  CONTACT_ROLE_LABELS,
  CONTACT_ROLES,
  groupContactsByRole,
  validateContact,
  type ContactRole,
} from '@kizuna/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Divider,
  Empty,
  Flex,
  Form,
  Input,
  Popconfirm,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CustomerAddContactDocument,
  CustomerRemoveContactDocument,
  CustomerSetPrimaryContactDocument,
  CustomerUpdateContactDocument,
  type ContactsCardFragment,
} from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { PersonalDataTag } from '../../../shared/personal-data-tag';
import { FormModal } from './form-modal';

export interface ContactsCardProps {
  contacts: readonly ContactsCardFragment[] | null;
  /** The API refused the contacts (personal data) to this role. */
  forbidden: boolean;
  /** Given to those who may change personal data: add, correct, remove and make primary. */
  customerId?: string;
  canEdit?: boolean;
}

interface ContactFormValues {
  familyName?: string;
  givenName?: string;
  familyNameKana?: string;
  givenNameKana?: string;
  email?: string;
  phone?: string;
  role?: ContactRole | null;
}

/** Blank optional fields are cleared (null); the domain validates the rest as the API will. */
function contactFields(values: ContactFormValues) {
  const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);
  return {
    familyName: values.familyName?.trim() ?? '',
    givenName: text(values.givenName),
    familyNameKana: text(values.familyNameKana),
    givenNameKana: text(values.givenNameKana),
    email: values.email?.trim() ?? '',
    phone: text(values.phone),
    role: values.role ?? null,
  };
}

function checkContact(values: ContactFormValues) {
  const result = validateContact(contactFields(values));
  return result.ok ? [] : result.error;
}

function ContactModal({
  customerId,
  contact,
  onClose,
}: {
  customerId: string;
  /** The contact to correct; a new one when absent. */
  contact?: ContactsCardFragment;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  // The audit card shows the change as soon as it is made.
  const refetchQueries = ['CustomerAuditEvents'];
  const [add] = useMutation(CustomerAddContactDocument, { refetchQueries });
  const [update] = useMutation(CustomerUpdateContactDocument, { refetchQueries });
  const label = (field: (typeof CONTACT_FIELDS)[number]) => t(`customer360.contacts.${field}`);
  return (
    <FormModal<ContactFormValues>
      title={t(contact ? 'customer360.contacts.editTitle' : 'customer360.contacts.addTitle')}
      okText={t('customer360.common.save')}
      fields={CONTACT_FIELDS}
      initialValues={
        contact && {
          familyName: contact.familyName,
          givenName: contact.givenName ?? undefined,
          familyNameKana: contact.familyNameKana ?? undefined,
          givenNameKana: contact.givenNameKana ?? undefined,
          email: contact.email,
          phone: contact.phone ?? undefined,
          role: contact.role ?? null,
        }
      }
      check={checkContact}
      send={async (values) => {
        const fields = contactFields(values);
        if (contact) {
          const { data } = await update({
            variables: { input: { contactId: contact.id, ...fields } },
          });
          return data?.updateContact;
        }
        // addContact leaves out what is not known rather than sending null.
        const { data } = await add({
          variables: {
            input: {
              customerId,
              familyName: fields.familyName,
              email: fields.email,
              ...(fields.givenName && { givenName: fields.givenName }),
              ...(fields.familyNameKana && { familyNameKana: fields.familyNameKana }),
              ...(fields.givenNameKana && { givenNameKana: fields.givenNameKana }),
              ...(fields.phone && { phone: fields.phone }),
              ...(fields.role && { role: fields.role }),
            },
          },
        });
        return data?.addContact;
      }}
      onDone={() => {
        onClose();
        void message.success(
          t(contact ? 'customer360.contacts.updated' : 'customer360.contacts.added'),
        );
      }}
      onCancel={onClose}
    >
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="familyName" label={label('familyName')} required>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="givenName" label={label('givenName')}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="familyNameKana" label={label('familyNameKana')}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="givenNameKana" label={label('givenNameKana')}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="role" label={label('role')} extra={t('customer360.contacts.roleHint')}>
        <Select
          allowClear
          placeholder={t('customer360.contacts.roleUnset')}
          options={CONTACT_ROLES.map((r) => ({
            value: r,
            label: pick(CONTACT_ROLE_LABELS[r], i18n.language),
          }))}
        />
      </Form.Item>
      <Form.Item name="email" label={label('email')} required>
        <Input type="email" maxLength={254} autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={label('phone')}>
        <Input type="tel" maxLength={20} autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}

function ContactActions({
  contact,
  onEdit,
}: {
  contact: ContactsCardFragment;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refetchQueries = ['CustomerAuditEvents'];
  const [remove, { loading: removing }] = useMutation(CustomerRemoveContactDocument, {
    refetchQueries,
  });
  const [makePrimary, { loading: promoting }] = useMutation(CustomerSetPrimaryContactDocument, {
    refetchQueries,
  });
  const name = contact.fullName;
  /** Run a contact mutation; its refusals (e.g. the primary cannot be removed) as a message. */
  const run = async (
    mutate: () => Promise<{ userErrors: readonly { message: string }[] } | undefined>,
    done: string,
  ) => {
    try {
      const errors = (await mutate())?.userErrors ?? [];
      if (errors.length > 0) void message.error(errors.map((e) => e.message).join(' '));
      else void message.success(done);
    } catch {
      void message.error(t('common.networkError'));
    }
  };
  const input = { contactId: contact.id };
  return (
    <Space size={4} wrap role="group" aria-label={t('customer360.contacts.actionsOf', { name })}>
      <Button size="small" icon={<EditOutlined aria-hidden />} onClick={onEdit}>
        {t('customer360.contacts.edit')}
      </Button>
      {!contact.isPrimary && (
        <Button
          size="small"
          icon={<StarOutlined aria-hidden />}
          loading={promoting}
          onClick={() =>
            void run(
              async () => (await makePrimary({ variables: { input } })).data?.setPrimaryContact,
              t('customer360.contacts.primarySet', { name }),
            )
          }
        >
          {t('customer360.contacts.makePrimary')}
        </Button>
      )}
      <Popconfirm
        title={t('customer360.contacts.removeConfirm', { name })}
        okText={t('customer360.contacts.remove')}
        okButtonProps={{ danger: true }}
        cancelText={t('customer360.common.cancel')}
        onConfirm={() =>
          run(
            async () => (await remove({ variables: { input } })).data?.removeContact,
            t('customer360.contacts.removed'),
          )
        }
      >
        <Button size="small" danger icon={<DeleteOutlined aria-hidden />} loading={removing}>
          {t('customer360.contacts.remove')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

function ContactItem({
  contact,
  actions,
}: {
  contact: ContactsCardFragment;
  actions?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const kana = [contact.familyNameKana, contact.givenNameKana].filter(Boolean).join(' ');
  return (
    <Flex vertical gap={2} data-testid="contact" data-primary={contact.isPrimary}>
      {kana && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {kana}
        </Typography.Text>
      )}
      <Flex align="center" gap={8} wrap>
        <Typography.Text strong>{contact.fullName}</Typography.Text>
        {contact.isPrimary && <Tag color="blue">{t('customers.detail.primary')}</Tag>}
      </Flex>
      <Typography.Text>
        <MailOutlined aria-label={t('customers.detail.contactEmail')} />{' '}
        <a href={`mailto:${contact.email}`}>{contact.email}</a>
      </Typography.Text>
      <Typography.Text className="kizuna-tabular">
        <PhoneOutlined aria-label={t('customers.detail.contactPhone')} /> {contact.phone ?? '—'}
      </Typography.Text>
      {actions}
    </Flex>
  );
}

/**
 * Contact persons by role (決裁者, システム管理者, …, 役割未設定 last), family name first, the
 * primary contact first in its group and tagged; replaced by an
 * explanation when the role may not see them. Those who may change personal data add, correct,
 * remove (after confirming) and make primary.
 */
export function ContactsCard({
  contacts,
  forbidden,
  customerId,
  canEdit = false,
}: ContactsCardProps) {
  const { t, i18n } = useTranslation();
  // undefined: closed; null: a new contact; a contact: correcting it.
  const [editing, setEditing] = useState<ContactsCardFragment | null | undefined>(undefined);
  const editable = canEdit && !forbidden && customerId !== undefined;
  const groups = groupContactsByRole(contacts ?? []);
  const item = (contact: ContactsCardFragment) => (
    <ContactItem
      key={contact.id}
      contact={contact}
      actions={editable && <ContactActions contact={contact} onEdit={() => setEditing(contact)} />}
    />
  );
  const group = (title: string, list: ContactsCardFragment[], testId: string) =>
    list.length > 0 && (
      <section key={testId} aria-label={title} data-testid={testId}>
        <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
          {title}
        </Divider>
        <Flex vertical gap={16}>
          {list.map(item)}
        </Flex>
      </section>
    );
  return (
    <Card
      title={t('customers.detail.contacts')}
      extra={
        <Flex gap={8} align="center" wrap>
          {!forbidden && contacts?.length ? <PersonalDataTag /> : null}
          {editable && (
            <Button
              size="small"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setEditing(null)}
            >
              {t('customer360.contacts.add')}
            </Button>
          )}
        </Flex>
      }
      data-testid="contacts"
    >
      {forbidden ? (
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          title={t('customers.detail.contactsForbidden')}
          description={t('customers.detail.contactsForbiddenDetail')}
        />
      ) : !contacts || contacts.length === 0 ? (
        <Empty description={t('customers.detail.contactsEmpty')} />
      ) : (
        <Flex vertical gap={16}>
          {groups.map(({ role, contacts: list }) =>
            group(
              role
                ? pick(CONTACT_ROLE_LABELS[role], i18n.language)
                : t('customer360.contacts.roleUnset'),
              list,
              `contacts-${role ?? 'NONE'}`,
            ),
          )}
        </Flex>
      )}
      {editing !== undefined && customerId && (
        <ContactModal
          customerId={customerId}
          contact={editing ?? undefined}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Card>
  );
}
