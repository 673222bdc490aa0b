import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { CertificatePageDocument, VerifyDeletionCertificateDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { CertificatePage } from './certificate.page';

const NUMBER = 'KZ-DC-2027-000042';
const DIGEST = '3f'.repeat(32);

const certificate = {
  __typename: 'DeletionCertificate',
  number: NUMBER,
  company: {
    __typename: 'DeletionCertificateCompany',
    name: '株式会社サンプル',
    corporateNumber: '7010001008844',
  },
  erased: [
    { __typename: 'ErasedDataCount', category: 'contacts', label: '担当者情報', count: 2 },
    {
      __typename: 'ErasedDataCount',
      category: 'freeText',
      label: '自由記述欄の個人データ',
      count: 11,
    },
  ],
  kept: [
    {
      __typename: 'KeptData',
      category: 'contractRecords',
      label: '契約・請求記録',
      basis: '帳簿書類の保存義務（法人税法）',
    },
  ],
  method: '個人データの削除',
  maker: '佐藤 一郎',
  checker: '鈴木 花子',
  requestedAt: '2027-03-31T15:00:00.000Z',
  approvedAt: '2027-04-01T01:02:03.000Z',
  erasedAt: '2027-04-01T15:00:00.000Z',
  digest: DIGEST,
};

const pageMock = (deletionCertificate: object | null, number = NUMBER) => ({
  request: { query: CertificatePageDocument, variables: { number } },
  result: { data: { deletionCertificate } },
});
const verifyMock = (digest: string, match: boolean) => ({
  request: { query: VerifyDeletionCertificateDocument, variables: { number: NUMBER, digest } },
  result: { data: { verifyDeletionCertificate: match } },
});

function renderPage(mocks: object[], number = NUMBER) {
  return renderWithProviders(
    <Routes>
      <Route path="/certificates/:number" element={<CertificatePage />} />
    </Routes>,
    { route: `/certificates/${number}`, mocks: mocks as never },
  );
}

describe('CertificatePage', () => {
  it('states everything the certificate holds, times in JST, with print and PDF', async () => {
    renderPage([pageMock(certificate)]);
    const sheet = await screen.findByTestId('certificate');
    expect(within(sheet).getByRole('heading', { name: '個人情報消去証明書' })).toBeInTheDocument();
    for (const text of [
      NUMBER,
      '株式会社サンプル',
      '7010001008844',
      '佐藤 一郎',
      '鈴木 花子',
      '個人データの削除',
      '2027/04/01 00:00:00 JST',
      '2027/04/01 10:02:03 JST',
      '2027/04/02 00:00:00 JST',
      '帳簿書類の保存義務（法人税法）',
    ])
      expect(sheet).toHaveTextContent(text);
    const erased = within(screen.getByTestId('certificate-erased'));
    expect(erased.getByRole('row', { name: /担当者情報\s*2件/ })).toBeInTheDocument();
    expect(erased.getByRole('row', { name: /自由記述欄の個人データ\s*11件/ })).toBeInTheDocument();
    expect(screen.getByTestId('certificate-digest')).toHaveTextContent(DIGEST);
    expect(screen.getByRole('button', { name: /印刷/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /PDF/ })).toHaveAttribute(
      'href',
      `/certificates/${NUMBER}.pdf`,
    );
  });

  it('says whether a pasted digest is the certificate’s: 一致 / 不一致', async () => {
    const user = userEvent.setup();
    const other = 'a0'.repeat(32);
    renderPage([pageMock(certificate), verifyMock(DIGEST, true), verifyMock(other, false)]);
    const box = within(await screen.findByTestId('certificate-verify'));
    const input = box.getByLabelText('照合するダイジェスト');
    // Pasted in capitals over two lines: compared as the API stores it.
    await user.type(input, `${DIGEST.slice(0, 32).toUpperCase()} ${DIGEST.slice(32)}`);
    await user.click(box.getByRole('button', { name: '照合' }));
    expect(await box.findByText('一致')).toBeInTheDocument();

    await user.clear(input);
    await user.type(input, other);
    expect(box.queryByText('一致')).toBeNull();
    await user.click(box.getByRole('button', { name: '照合' }));
    expect(await box.findByText('不一致')).toBeInTheDocument();
  });

  it('refuses what is not a SHA-256 digest without asking the API', async () => {
    const user = userEvent.setup();
    renderPage([pageMock(certificate)]);
    const box = within(await screen.findByTestId('certificate-verify'));
    await user.type(box.getByLabelText('照合するダイジェスト'), 'not-a-digest');
    await user.click(box.getByRole('button', { name: '照合' }));
    expect(
      await box.findByText('SHA-256 のダイジェスト（64桁の16進数）を入力してください。'),
    ).toBeInTheDocument();
    expect(box.queryByTestId('certificate-verdict')).toBeNull();
  });

  it('shows an empty state for a number without a certificate', async () => {
    renderPage([pageMock(null, 'KZ-DC-2027-999999')], 'KZ-DC-2027-999999');
    expect(await screen.findByText('この消去証明書は見つかりません。')).toBeInTheDocument();
    expect(screen.queryByTestId('certificate')).toBeNull();
  });

  it('follows the console language', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/certificates/:number" element={<CertificatePage />} />
      </Routes>,
      { route: `/certificates/${NUMBER}`, mocks: [pageMock(certificate)], language: 'en' },
    );
    const sheet = await screen.findByTestId('certificate');
    expect(
      within(sheet).getByRole('heading', { name: 'Certificate of Personal Data Erasure' }),
    ).toBeInTheDocument();
    expect(sheet).toHaveTextContent('Certificate number');
    expect(screen.getByRole('button', { name: /Print/ })).toBeInTheDocument();
  });
});
