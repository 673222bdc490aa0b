import { ManualClock } from '@kizuna/domain';
import { createTrialCustomer } from './helpers/factories';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

const clock = new ManualClock('2027-03-01T10:00:00+09:00');
let server: TestServer;
let admin: string;
let operator: string;

beforeAll(async () => {
  server = await startTestServer({ clock });
  admin = await server.loginAs('admin@kizuna.example');
  operator = await server.loginAs('operator1@kizuna.example');
});
afterAll(() => server.close());

const LIST = `query ($first: Int, $after: String) { assignableStaff(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { __typename id displayName } } } }`;

let sequence = 0;

/** A new active member (through the API, as an admin); returns their StaffMember.id. */
async function hire(displayName: string): Promise<string> {
  sequence += 1;
  const res = await server.gql(
    `mutation ($input: CreateStaffMemberInput!) { createStaffMember(input: $input) {
      staffMember { id } userErrors { code } } }`,
    {
      input: {
        displayName,
        email: `assignable-${sequence}-${Date.now()}@kizuna.example`,
        password: 'a-long-enough-password',
        roles: ['CHECKER'],
      },
    },
    { token: admin },
  );
  expect(res.data?.createStaffMember.userErrors).toEqual([]);
  return res.data!.createStaffMember.staffMember.id as string;
}

async function deactivate(staffMemberId: string) {
  const res = await server.gql(
    `mutation ($input: DeactivateStaffMemberInput!) { deactivateStaffMember(input: $input) {
      userErrors { code } } }`,
    { input: { staffMemberId } },
    { token: admin },
  );
  expect(res.data?.deactivateStaffMember.userErrors).toEqual([]);
}

/** Every page of the list, as the caller reads it. */
async function allPages(token: string, first = 3) {
  const nodes: LooseData[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await server.gql(LIST, { first, after }, { token });
    expect(res.errors).toBeUndefined();
    const page = res.data!.assignableStaff as LooseData;
    nodes.push(...page.edges.map((e: LooseData) => e.node));
    if (!page.pageInfo.hasNextPage) return { nodes, totalCount: page.totalCount as number };
    after = page.pageInfo.endCursor as string;
  }
}

describe('assignableStaff', () => {
  it('gives an operator the active staff only, by display name, page by page', async () => {
    const stayer = await hire('相川 在籍 (stayer)');
    const leaver = await hire('相田 退職 (leaver)');
    await deactivate(leaver);

    const { nodes, totalCount } = await allPages(operator);
    const ids = nodes.map((n) => n.id);
    expect(ids).toContain(stayer);
    expect(ids).not.toContain(leaver);
    expect(new Set(ids).size).toBe(ids.length);
    expect(totalCount).toBe(nodes.length);
    // Exactly the active members, in PostgreSQL's order of their names.
    const active: { displayName: string }[] = await server.db.dataSource.query(
      `SELECT display_name AS "displayName" FROM staff_user WHERE active ORDER BY display_name, id`,
    );
    expect(nodes.map((n) => n.displayName)).toEqual(active.map((r) => r.displayName));
    expect(nodes[0]).toEqual({
      __typename: 'AssignableStaffMember',
      id: expect.any(String),
      displayName: expect.any(String),
    });
  });

  it('names members by the id that createTask takes as the assignee', async () => {
    const newcomer = await hire('新人 花子 (newcomer)');
    const { nodes } = await allPages(operator, 100);
    const listed = nodes.find((n) => n.id === newcomer);
    expect(listed).toEqual({
      __typename: 'AssignableStaffMember',
      id: newcomer,
      displayName: '新人 花子 (newcomer)',
    });
    const customer = await createTrialCustomer(server);
    const res = await server.gql(
      `mutation ($input: CreateTaskInput!) { createTask(input: $input) {
        task { assignee { id displayName } } userErrors { code field } } }`,
      {
        input: {
          customerId: customer.id,
          title: '電話',
          dueOn: '2027-03-02',
          assigneeId: newcomer,
        },
      },
      { token: operator },
    );
    expect(res.data?.createTask).toEqual({
      task: { assignee: { id: newcomer, displayName: '新人 花子 (newcomer)' } },
      userErrors: [],
    });
  });

  it('has no email or roles to ask for: the query is refused before it runs', async () => {
    for (const field of ['email', 'roles']) {
      const res = await server.gql(
        `{ assignableStaff(first: 1) { edges { node { id ${field} } } } }`,
        {},
        { token: admin },
      );
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0]?.message).toMatch(
        new RegExp(`Cannot query field "${field}" on type "AssignableStaffMember"`),
      );
    }
  });

  it('is for those who work tasks (tasks:write): checkers and analysts are refused', async () => {
    for (const email of ['checker1@kizuna.example', 'analyst@kizuna.example']) {
      const res = await server.gql(LIST, { first: 5 }, { token: await server.loginAs(email) });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.assignableStaff ?? null).toBeNull();
    }
    const anonymous = await server.gql(LIST, { first: 5 });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a page size above the limit and a cursor of another list', async () => {
    const tooMany = await server.gql(LIST, { first: 101 }, { token: operator });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const members = await server.gql(
      `{ staffMembers(first: 1) { pageInfo { endCursor } } }`,
      {},
      { token: admin },
    );
    const foreign = members.data!.staffMembers.pageInfo.endCursor as string;
    const res = await server.gql(LIST, { first: 1, after: foreign }, { token: operator });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
