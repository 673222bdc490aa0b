import type { MockLink } from '@apollo/client/testing';
import { openRequestFilter } from '../features/provisioning/shared/open-request';
import { CustomerOpenRequestDocument } from '../gql/graphql';

/** The customer's open request as the API lists it (none by default). */
export const openRequestMock = (
  customerId: string,
  node: { id: string; kind: string; status: string } | null = null,
): MockLink.MockedResponse => ({
  request: {
    query: CustomerOpenRequestDocument,
    variables: { filter: openRequestFilter(customerId) },
  },
  result: {
    data: {
      provisioningRequests: {
        __typename: 'ProvisioningRequestConnection',
        edges: node
          ? [
              {
                __typename: 'ProvisioningRequestEdge',
                node: { __typename: 'ProvisioningRequest', ...node },
              },
            ]
          : [],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
