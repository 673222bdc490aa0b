import { userError } from '@kizuna/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ApproveProvisioningRequestDocument,
  type ProvisioningCatalogQuery,
  type RequestFormCustomerFragment,
} from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { CheckForm } from './check-form';

const catalog: ProvisioningCatalogQuery = {
  plans: [{ id: 'P1', code: 'STANDARD', name: 'スタンダード', monthlyFeeYen: 1_490, active: true }],
  options: [],
};
const customer: RequestFormCustomerFragment = {
  id: 'C1',
  name: '株式会社テスト',
  stage: 'ACTIVE',
  subscription: {
    id: 'S1',
    status: 'ACTIVE',
    plan: { id: 'P1', code: 'STANDARD' },
    options: [],
  },
};

const approved = (id: string, status: string) => ({
  data: {
    approveProvisioningRequest: {
      __typename: 'ApproveProvisioningRequestPayload',
      mismatchedFields: [],
      request: {
        __typename: 'ProvisioningRequest',
        id,
        status,
        version: 1,
        effectiveDate: '2027-04-02',
        appliedAt: '2027-04-02T01:00:00.000Z',
        checker: { __typename: 'StaffMember', id: 'S2', displayName: '高橋 三奈' },
        proposal: null,
        customer: { __typename: 'Customer', id: 'C1', corporateNumber: null },
      },
      userErrors: [],
    },
  },
});

/** The antd Form.Item (label, control and its messages) of the field labelled so. */
const fieldOf = (label: string) =>
  screen.getByText(label, { selector: 'label' }).closest('.ant-form-item') as HTMLElement;

// antd's forms are slow in jsdom on a 2-core machine.
jest.setTimeout(60_000);

describe('CheckForm of a service credit', () => {
  it('asks for the credit excluding tax only, as whole yen, and sends it', async () => {
    const onChecked = jest.fn();
    renderWithProviders(
      <CheckForm
        request={{ id: 'R1', version: 1, kind: 'SERVICE_CREDIT' }}
        customer={customer}
        catalog={catalog}
        onChecked={onChecked}
      />,
      {
        mocks: [
          {
            request: {
              query: ApproveProvisioningRequestDocument,
              variables: {
                input: { requestId: 'R1', version: 1, confirmation: { creditAmountYen: 119 } },
              },
            },
            result: approved('R1', 'APPLIED'),
          },
        ],
      },
    );
    // Nothing of a contract: no plan, no options, no date.
    expect(screen.queryByText('プラン', { selector: 'label' })).toBeNull();
    expect(screen.queryByText('適用日', { selector: 'label' })).toBeNull();
    const user = userEvent.setup({ delay: null });
    const amount = screen.getByLabelText('クレジット額（税抜・円）');
    // Empty is not a re-entry; a fraction of a yen is no amount.
    await user.click(screen.getByRole('button', { name: /照合する/ }));
    expect(
      await within(fieldOf('クレジット額（税抜・円）')).findByText(
        userError('REQUIRED').message.ja,
      ),
    ).toBeInTheDocument();
    await user.type(amount, '119.5');
    await user.click(screen.getByRole('button', { name: /照合する/ }));
    expect(
      await within(fieldOf('クレジット額（税抜・円）')).findByText(/値が範囲外です/),
    ).toBeInTheDocument();
    await user.clear(amount);
    await user.type(amount, '119');
    await user.click(screen.getByRole('button', { name: /照合する/ }));
    await waitFor(() =>
      expect(onChecked).toHaveBeenCalledWith(
        expect.objectContaining({ confirmation: { creditAmountYen: 119 } }),
      ),
    );
  });
});

describe('CheckForm of a conversion', () => {
  it('has no term chosen in advance, and will not send without one', async () => {
    const onChecked = jest.fn();
    // No mocks: a request to the API would fail the test.
    renderWithProviders(
      <CheckForm
        request={{ id: 'R2', version: 1, kind: 'CONVERSION' }}
        customer={{ ...customer, stage: 'TRIAL' }}
        catalog={catalog}
        onChecked={onChecked}
      />,
    );
    expect(screen.getByLabelText('月契約')).not.toBeChecked();
    expect(screen.getByLabelText('年契約')).not.toBeChecked();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: /照合する/ }));
    expect(
      await within(fieldOf('契約期間')).findByText(userError('REQUIRED').message.ja),
    ).toBeInTheDocument();
    expect(onChecked).not.toHaveBeenCalled();
  });
});
