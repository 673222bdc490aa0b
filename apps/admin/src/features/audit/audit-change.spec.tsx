import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { AuditChange } from './audit-change';

describe('AuditChange', () => {
  it('shows a list as tags, what the change removed struck through and what it added apart', () => {
    renderWithProviders(
      <AuditChange
        before={{ status: 'TRIAL', optionCodes: ['MFA_FACE', 'MFA_PASSWORD'] }}
        after={{ status: 'ACTIVE', optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'] }}
      />,
    );
    const row = screen.getByText('optionCodes').closest('tr')!;
    const [, before, after] = within(row).getAllByRole('cell');
    const tag = (cell: HTMLElement, text: string) =>
      within(cell).getByText(text).closest('.ant-tag');
    expect(tag(before!, 'MFA_FACE')).toHaveAttribute('data-mark', 'removed');
    expect(tag(before!, 'MFA_FACE')).toHaveAttribute('title', '変更で外れた');
    expect(tag(before!, 'MFA_FACE')).toHaveTextContent('−MFA_FACE'); // not by colour alone
    expect(tag(before!, 'MFA_PASSWORD')).toHaveAttribute('data-mark', 'kept');
    expect(tag(after!, 'MFA_TOTP')).toHaveAttribute('data-mark', 'added');
    expect(tag(after!, 'MFA_TOTP')).toHaveTextContent('+MFA_TOTP');
    // Other values stay as they were recorded.
    expect(screen.getByText('TRIAL')).toBeInTheDocument();
  });

  it('says so when a list is empty, and shows an absent one as a dash', () => {
    renderWithProviders(
      <AuditChange
        before={{ fields: [], kept: null }}
        after={{ fields: ['planCode'], kept: ['x'] }}
      />,
    );
    expect(screen.getByText('なし（空のリスト）')).toBeInTheDocument();
    const [, before] = within(screen.getByText('kept').closest('tr')!).getAllByRole('cell');
    expect(before).toHaveTextContent(/^—$/);
  });

  it('links a database id the API names as an entity the console shows', () => {
    const requestDbId = '3e007570-e0ab-4a8c-ae8b-321119803f55';
    const subscriptionDbId = '11111111-2222-4333-8444-555555555555';
    renderWithProviders(
      <AuditChange
        before={{ provisioningRequestId: requestDbId }}
        after={{ provisioningRequestId: requestDbId, subscriptionId: subscriptionDbId }}
        references={[
          {
            key: 'provisioningRequestId',
            value: requestDbId,
            entityType: 'ProvisioningRequest',
            entityId: 'UHJvdmlzaW9uaW5nUmVxdWVzdDoz',
          },
          {
            key: 'subscriptionId',
            value: subscriptionDbId,
            entityType: 'Subscription',
            entityId: 'U3Vic2NyaXB0aW9uOjE=',
          },
        ]}
      />,
    );
    const links = screen.getAllByRole('link', { name: requestDbId });
    expect(links).toHaveLength(2); // before and after
    for (const link of links)
      expect(link).toHaveAttribute('href', '/requests/UHJvdmlzaW9uaW5nUmVxdWVzdDoz');
    // The console has no page for a subscription: the id stays text.
    expect(screen.getByText(subscriptionDbId).closest('a')).toBeNull();
  });
});
