import { LockOutlined, MailOutlined, PhoneOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContactsCardFragment } from '../../../gql/graphql';
import { PersonalDataTag } from '../../../shared/personal-data-tag';

export interface ContactsCardProps {
  contacts: readonly ContactsCardFragment[] | null;
  /** The API refused the contacts (personal data) to this role. */
  forbidden: boolean;
}

function ContactItem({ contact }: { contact: ContactsCardFragment }) {
  const { t } = useTranslation();
  const kana = [contact.familyNameKana, contact.givenNameKana].filter(Boolean).join(' ');
  return (
    <Flex vertical gap={2}>
      {kana && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {kana}
        </Typography.Text>
      )}
      <Flex align="center" gap={8}>
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
    </Flex>
  );
}

/** Contact persons, family name first; replaced by an explanation when the role may not see them. */
export function ContactsCard({ contacts, forbidden }: ContactsCardProps) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('customers.detail.contacts')}
      extra={!forbidden && contacts?.length ? <PersonalDataTag /> : null}
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
          {contacts.map((contact) => (
            <ContactItem key={contact.id} contact={contact} />
          ))}
        </Flex>
      )}
    </Card>
  );
}
