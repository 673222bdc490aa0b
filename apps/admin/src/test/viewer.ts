import { AppLayoutDocument } from '../gql/graphql';

/** The signed-in staff member (the header's query, which useViewer reads), with these grants. */
export const viewerMock = (roles: string[], permissions: string[]) => ({
  request: { query: AppLayoutDocument },
  result: {
    data: {
      viewer: {
        __typename: 'Viewer',
        id: 'V1',
        kind: 'STAFF',
        displayName: '佐藤 一郎',
        email: 'operator1@kizuna.example',
        roles,
        permissions,
      },
    },
  },
});
