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
    expect(within(before!).getByText('MFA_FACE')).toHaveAttribute('data-mark', 'removed');
    expect(within(before!).getByText('MFA_FACE')).toHaveAttribute('title', '変更で外れた');
    expect(within(before!).getByText('MFA_PASSWORD')).toHaveAttribute('data-mark', 'kept');
    expect(within(after!).getByText('MFA_TOTP')).toHaveAttribute('data-mark', 'added');
    // Other values stay as they were recorded.
    expect(screen.getByText('TRIAL')).toBeInTheDocument();
  });

  it('says so when a list is empty', () => {
    renderWithProviders(<AuditChange before={{ fields: [] }} after={{ fields: ['planCode'] }} />);
    expect(screen.getByText('なし（空のリスト）')).toBeInTheDocument();
  });
});
