import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { ContactsCard } from '../features/customers/detail/contacts-card';
import { PersonalDataTag } from './personal-data-tag';

const contact = {
  __typename: 'Contact' as const,
  id: 'Q29udGFjdDox',
  fullName: '山田 太郎',
  familyName: '山田',
  givenName: '太郎',
  familyNameKana: 'ヤマダ',
  givenNameKana: 'タロウ',
  email: 'taro@example.co.jp',
  phone: '03-1234-5678',
  role: null,
  isPrimary: true,
};

describe('PersonalDataTag', () => {
  it.each([
    ['ja', '個人情報を表示中'],
    ['en', 'Showing personal data'],
  ] as const)('reads %s: %s', (language, text) => {
    renderWithProviders(<PersonalDataTag />, { language });
    expect(screen.getByTestId('personal-data-shown')).toHaveTextContent(text);
  });
});

describe('the contacts card', () => {
  it('says personal data is on screen when it shows contacts', () => {
    renderWithProviders(<ContactsCard contacts={[contact]} forbidden={false} />);
    expect(screen.getByText('taro@example.co.jp')).toBeInTheDocument();
    expect(screen.getByTestId('personal-data-shown')).toHaveTextContent('個人情報を表示中');
  });

  it.each([
    ['refused to the role', null, true],
    ['empty', [], false],
  ] as const)('shows no tag when the contacts are %s', (_, contacts, forbidden) => {
    renderWithProviders(<ContactsCard contacts={contacts} forbidden={forbidden} />);
    expect(screen.queryByTestId('personal-data-shown')).toBeNull();
  });
});
