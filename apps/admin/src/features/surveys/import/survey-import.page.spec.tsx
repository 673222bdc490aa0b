import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SurveyImportHistoryDocument, SurveyImportStatusDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { SurveyImportPage } from './survey-import.page';

const IMPORT_ID = 'U3VydmV5SW1wb3J0OjE=';
const CSV = [
  'アンケートコード,法人番号,スコア,コメント,回答日時,回答者名',
  'NPS-RELATIONSHIP,7010001008844,9,"二行の',
  'コメント",2026/10/06 15:00,佐藤 一郎',
  'NPS-RELATIONSHIP,7010001008844,11,範囲外,2026/10/07 15:00,',
].join('\r\n');

const imported = {
  __typename: 'SurveyImport',
  id: IMPORT_ID,
  fileName: '十月分.csv',
  status: 'DONE',
  encoding: 'UTF-8',
  totalRows: 2,
  processedRows: 2,
  importedRows: 1,
  duplicateRows: 0,
  errorRows: 1,
  progress: 1,
  failure: null,
  createdAt: '2026-10-08T01:00:00.000Z',
  uploadedBy: '伊藤 五月 (analyst)',
  errors: [
    {
      __typename: 'SurveyImportRowError',
      line: 4,
      row: 3,
      code: 'OUT_OF_RANGE',
      field: 'score',
      column: 'スコア',
      message: 'スコアは0〜10の整数で入力してください。',
    },
  ],
};

const historyMock = (nodes: object[]) => ({
  request: { query: SurveyImportHistoryDocument, variables: { first: 10, after: null } },
  result: {
    data: {
      surveyImports: {
        __typename: 'SurveyImportConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'SurveyImportEdge', node })),
      },
    },
  },
  maxUsageCount: 5,
});
const statusMock = {
  request: { query: SurveyImportStatusDocument, variables: { id: IMPORT_ID } },
  result: { data: { surveyImport: imported } },
  maxUsageCount: 5,
};

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockResolvedValue({
    status: 202,
    json: async () => ({ import: imported, userErrors: [] }),
  });
  globalThis.fetch = fetchMock as never;
});

const csvFile = () => new File([CSV], '十月分.csv', { type: 'text/csv' });

describe('SurveyImportPage', () => {
  it('shows the columns and first rows before anything is uploaded, then imports on request', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<SurveyImportPage />, {
      mocks: [historyMock([]), statusMock] as never,
    });
    const input = screen
      .getByTestId('survey-import-upload')
      .closest('.ant-upload-wrapper')!
      .querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, csvFile());

    const preview = await screen.findByTestId('survey-import-preview');
    // How each column of the file is read, by the file's own headings.
    const mapping = within(screen.getByTestId('survey-import-mapping'));
    const rowOf = (heading: string) =>
      mapping
        .getAllByRole('row')
        .find((r) => r.querySelector('td strong')?.textContent === heading)!;
    expect(rowOf('スコア')).toHaveTextContent('スコア必須');
    expect(rowOf('回答者名')).toHaveTextContent('回答者名');
    expect(within(preview).getByTestId('survey-import-preview-encoding')).toHaveTextContent(
      'UTF-8',
    );
    // The first rows with Excel's numbers: the quoted line break stays in row 2.
    const rows = within(screen.getByTestId('survey-import-preview-rows')).getAllByRole('row');
    expect(rows.slice(1).map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual([
      '2',
      '3',
    ]);
    expect(within(preview).getByTestId('personal-data-shown')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.click(screen.getByTestId('survey-import-start'));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const errors = await screen.findByTestId('survey-import-errors');
    const cells = within(errors).getAllByRole('cell');
    // Row as Excel numbers it (not the file's line 4), column as the file names it.
    expect(cells.map((c) => c.textContent)).toEqual([
      '3',
      'スコア',
      'スコアは0〜10の整数で入力してください。',
    ]);
    expect(screen.queryByTestId('survey-import-preview')).toBeNull();
  });

  it('downloads the refused rows as they were in the file, with row and reason', async () => {
    const user = userEvent.setup({ delay: null });
    const saved: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:bad-rows';
    });
    URL.revokeObjectURL = jest.fn();
    renderWithProviders(<SurveyImportPage />, {
      mocks: [historyMock([]), statusMock] as never,
    });
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, csvFile());
    await user.click(await screen.findByTestId('survey-import-start'));
    await user.click(await screen.findByTestId('survey-import-bad-rows'));
    await waitFor(() => expect(saved).toHaveLength(1));
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(saved[0]!, 'utf-8');
    });
    expect(text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'アンケートコード,法人番号,スコア,コメント,回答日時,回答者名,元の行,エラー内容',
      'NPS-RELATIONSHIP,7010001008844,11,範囲外,2026/10/07 15:00,,3,スコア: スコアは0〜10の整数で入力してください。',
      '',
    ]);
  });

  it('refuses a file without the required columns before uploading it', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<SurveyImportPage />, { mocks: [historyMock([])] as never });
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['comment,score\nよい,9\n'], 'x.csv', { type: 'text/csv' }));
    const missing = await screen.findByTestId('survey-import-preview-missing');
    expect(missing).toHaveTextContent('アンケートコード（survey_code）');
    expect(missing).toHaveTextContent('法人番号（corporate_number）または顧客ID（customer_id）');
    expect(screen.getByTestId('survey-import-start')).toBeDisabled();
  });

  it('lists past imports with who uploaded which file and the counts', async () => {
    renderWithProviders(<SurveyImportPage />, {
      mocks: [historyMock([{ ...imported, __typename: 'SurveyImport' }])] as never,
    });
    const history = await screen.findByTestId('survey-import-history');
    const row = await within(history).findByText('十月分.csv');
    const tr = row.closest('tr')!;
    expect(tr).toHaveTextContent('2026/10/08 10:00');
    expect(tr).toHaveTextContent('伊藤 五月 (analyst)');
    expect(tr).toHaveTextContent('完了');
    expect(tr).toHaveTextContent('全2件・取込1・重複0・エラー1');
  });
});
