import { ERASED_TEXT, ManualClock } from '@kizuna/domain';
import { runDueContractWork } from '../src/features/contract-time/contract-time.worker';
import { seedSurveys } from '../src/features/demo/demo-surveys';
import { processNextSurveyImport } from '../src/features/surveys/survey-import.service';
import { raiseTasksOfAppliedRequest } from '../src/features/tasks/automatic-tasks';
import { encodeCursor, toGlobalId } from '../src/graphql/relay';
import { createTrialCustomer } from './helpers/factories';
import { APPROVE, approve, convertAndChurnToday, draftConversion } from './helpers/provisioning';
import { surveyIds } from './helpers/surveys';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

// Monday 2027-03-01 10:00 in Tokyo. Every test moves this clock; none sleeps.
const START = '2027-03-01T10:00:00+09:00';
const clock = new ManualClock(START);
let server: TestServer;
let operator1: string;
let operator2: string;
let analyst: string;
let surveyWriter: string;
let surveys: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ clock });
  await seedSurveys(server.db.dataSource);
  surveys = await surveyIds(server.db.dataSource);
  operator1 = await server.loginAs('operator1@kizuna.example');
  operator2 = await server.loginAs('operator2@kizuna.example');
  analyst = await server.loginAs('analyst@kizuna.example');
  const key = await server.gql(
    `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
    { input: { name: 'survey tool', scopes: ['surveys:write'] } },
    { token: await server.loginAs('admin@kizuna.example') },
  );
  surveyWriter = key.data!.createApiKey.key as string;
});
afterAll(() => server.close());
beforeEach(async () => {
  clock.set(START);
  // Nothing left due from an earlier test.
  await runDueContractWork(server.db.dataSource, clock);
});

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
const db = () => server.db.dataSource;
const CONVERSION = { planCode: 'STANDARD', optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'] };

const TASK = `id kind title dueOn dueAt status isOverdue createdAt completedAt cancelledAt sourceId
  assignee { displayName } createdBy { displayName } completedBy { displayName } customer { id }`;
const TASKS = `query ($first: Int, $after: String, $filter: TaskFilter) {
  tasks(first: $first, after: $after, filter: $filter) {
    totalCount edges { cursor node { ${TASK} } } pageInfo { hasNextPage endCursor } } }`;
const CREATE = `mutation ($input: CreateTaskInput!) { createTask(input: $input) {
  task { ${TASK} } userErrors { code field message } } }`;
const COMPLETE = `mutation ($input: CompleteTaskInput!) { completeTask(input: $input) {
  task { ${TASK} } userErrors { code field message } } }`;
const SUBMIT = `mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) {
  response { id } userErrors { code field } } }`;

/** Tasks of one customer through the list, in its order. */
async function tasksOf(customerId: string, token = operator1, extra: LooseData = {}) {
  const res = await server.gql(TASKS, { first: 100, filter: { customerId, ...extra } }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.tasks.edges.map((e: LooseData) => e.node) as LooseData[];
}

async function mutate(query: string, input: LooseData, token = operator1) {
  const res = await server.gql(query, { input }, { token });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0] as LooseData;
}

/** A trial converted today through the real double check, drafted by `maker`. */
async function convertedToday(maker = 'operator1@kizuna.example') {
  const customer = await createTrialCustomer(server);
  const request = await draftConversion(
    server,
    customer.id,
    { effectiveDate: '2027-03-01' },
    maker,
  );
  const result = await approve(server, 'checker1@kizuna.example', request, {
    ...CONVERSION,
    effectiveDate: '2027-03-01',
  });
  expect(result.request.status).toBe('APPLIED');
  return { customer, request };
}

async function answer(
  customerId: string,
  score: number,
  answeredAt = '2027-03-01T09:00:00+09:00',
  survey = 'NPS-RELATIONSHIP',
) {
  const res = await server.gql(
    SUBMIT,
    {
      input: {
        surveyId: toGlobalId('Survey', surveys[survey]!),
        customerId,
        score,
        channel: 'WEB',
        answeredAt,
      },
    },
    { token: surveyWriter },
  );
  expect(res.data?.submitSurveyResponse.userErrors).toEqual([]);
  return res.data!.submitSurveyResponse.response.id as string;
}

describe('kickoff tasks', () => {
  it('are raised when a conversion applies at approval, for its maker, due 7 Tokyo days later', async () => {
    const { customer, request } = await convertedToday('operator2@kizuna.example');
    const [kickoff, ...others] = await tasksOf(customer.id);
    expect(others).toEqual([]);
    expect(kickoff).toEqual({
      id: expect.any(String),
      kind: 'KICKOFF',
      title: 'キックオフ（導入開始の打ち合わせ）',
      dueOn: '2027-03-08',
      dueAt: '2027-03-08T14:59:59.999Z',
      status: 'OPEN',
      isOverdue: false,
      createdAt: '2027-03-01T01:00:00.000Z',
      completedAt: null,
      cancelledAt: null,
      sourceId: request.id,
      assignee: { displayName: expect.stringContaining('operator2') },
      createdBy: null,
      completedBy: null,
      customer: { id: customer.id },
    });
    // On the customer, and in English for an English reader.
    const res = await server.gql(
      `query ($id: ID!) { customer(id: $id) { tasks { id title } } }`,
      { id: customer.id },
      { token: operator1, headers: { 'accept-language': 'en' } },
    );
    expect(res.data!.customer.tasks).toEqual([{ id: kickoff!.id, title: 'Kickoff meeting' }]);
    // Audited as the system's, naming the conversion.
    const [audit] = await db().query(
      `SELECT actor_type AS "actorType", after FROM audit_event WHERE action = 'task.created' AND entity_id = $1`,
      [dbId(kickoff!.id)],
    );
    expect(audit).toEqual({
      actorType: 'SYSTEM',
      after: {
        customerId: dbId(customer.id),
        kind: 'KICKOFF',
        assigneeId: expect.any(String),
        dueOn: '2027-03-08',
        provisioningRequestId: dbId(request.id),
      },
    });
  });

  it('are raised when the worker applies a SCHEDULED conversion on its date, not before', async () => {
    const customer = await createTrialCustomer(server);
    const request = await draftConversion(server, customer.id, { effectiveDate: '2027-03-03' });
    const scheduled = await approve(server, 'checker1@kizuna.example', request, {
      ...CONVERSION,
      effectiveDate: '2027-03-03',
    });
    expect(scheduled.request.status).toBe('SCHEDULED');
    expect(await tasksOf(customer.id)).toEqual([]);

    clock.set('2027-03-02T23:59:59+09:00');
    await runDueContractWork(db(), clock);
    expect(await tasksOf(customer.id)).toEqual([]);

    clock.set('2027-03-03T00:00:00+09:00');
    expect((await runDueContractWork(db(), clock)).applied).toBe(1);
    const tasks = await tasksOf(customer.id);
    expect(tasks).toEqual([
      expect.objectContaining({
        kind: 'KICKOFF',
        dueOn: '2027-03-10',
        status: 'OPEN',
        sourceId: request.id,
        assignee: { displayName: expect.stringContaining('operator1') },
      }),
    ]);
    await runDueContractWork(db(), clock);
    expect(await tasksOf(customer.id)).toHaveLength(1);
  });

  it('are raised once per conversion, however many transactions try (PostgreSQL decides)', async () => {
    const { customer, request } = await convertedToday();
    const [row] = await db().query(
      `SELECT id, kind, customer_id AS "customerId", maker_id AS "makerId" FROM provisioning_request WHERE id = $1`,
      [dbId(request.id)],
    );
    await Promise.all(
      [1, 2, 3].map(() => db().transaction((m) => raiseTasksOfAppliedRequest(m, row, clock.now()))),
    );
    expect(await tasksOf(customer.id)).toHaveLength(1);
  });
});

describe('detractor follow-ups', () => {
  it('are raised by an NPS detractor, for the account’s owner, once while one is open', async () => {
    const { customer } = await convertedToday('operator2@kizuna.example');
    const followUps = async () =>
      (await tasksOf(customer.id)).filter((t) => t.kind === 'FOLLOW_UP');

    await answer(customer.id, 9);
    await answer(customer.id, 7);
    await answer(customer.id, 1, '2027-03-01T09:10:00+09:00', 'CSAT-SUPPORT');
    expect(await followUps()).toEqual([]);

    const detractor = await answer(customer.id, 3);
    expect(await followUps()).toEqual([
      expect.objectContaining({
        title: 'NPS批判者へのフォローアップ',
        dueOn: '2027-03-04',
        status: 'OPEN',
        sourceId: detractor,
        assignee: { displayName: expect.stringContaining('operator2') },
      }),
    ]);
    // The call is already planned: a second detractor adds nothing.
    await answer(customer.id, 0, '2027-03-01T09:30:00+09:00');
    const [open] = await followUps();
    expect(await followUps()).toHaveLength(1);

    await mutate(COMPLETE, { taskId: open!.id });
    // An answer from last year's survey is too old to call back about.
    await answer(customer.id, 2, '2027-01-15T09:00:00+09:00');
    expect((await followUps()).map((t) => t.status)).toEqual(['DONE']);
    clock.set('2027-03-05T11:00:00+09:00');
    const next = await answer(customer.id, 5, '2027-03-05T10:00:00+09:00');
    expect((await followUps()).map((t) => [t.sourceId, t.status, t.dueOn])).toEqual([
      [next, 'OPEN', '2027-03-08'],
      [detractor, 'DONE', '2027-03-04'],
    ]);
  });

  it('are raised by an imported file too; without an account owner, unassigned', async () => {
    const customer = await createTrialCustomer(server);
    const [row]: { id: string }[] = await db().query(
      `INSERT INTO survey_import (file_name, status, content) VALUES ('nps.csv', 'QUEUED', $1) RETURNING id::text`,
      [
        Buffer.from(
          'survey_code,corporate_number,score,comment,channel,answered_at,respondent_name,respondent_email\r\n' +
            `NPS-RELATIONSHIP,${customer.corporateNumber},4,,WEB,2027/02/28 15:00,,\r\n` +
            `NPS-RELATIONSHIP,${customer.corporateNumber},6,,WEB,2027/02/28 16:00,,`,
        ),
      ],
    );
    expect(await processNextSurveyImport(db(), () => clock.now(), row!.id)).toBe(row!.id);
    expect(await tasksOf(customer.id)).toEqual([
      expect.objectContaining({ kind: 'FOLLOW_UP', dueOn: '2027-03-04', assignee: null }),
    ]);
    expect(await tasksOf(customer.id, operator1, { unassigned: true })).toHaveLength(1);
  });
});

describe('createTask and completeTask', () => {
  it('creates a task by hand for the caller, and completes it once', async () => {
    const customer = await createTrialCustomer(server);
    const created = await mutate(CREATE, {
      customerId: customer.id,
      title: '  導入研修の日程を  山田様と調整（090-1234-5678）',
      dueOn: '2027-03-05',
    });
    expect(created.userErrors).toEqual([]);
    expect(created.task).toMatchObject({
      kind: 'MANUAL',
      title: '導入研修の日程を 山田様と調整（090-1234-5678）',
      dueOn: '2027-03-05',
      status: 'OPEN',
      sourceId: null,
      assignee: { displayName: expect.stringContaining('operator1') },
      createdBy: { displayName: expect.stringContaining('operator1') },
    });
    const id = created.task.id as string;
    // Analysts read tasks, with personal data in typed titles masked.
    const [seen] = await tasksOf(customer.id, analyst);
    expect(seen!.title).not.toContain('090-1234-5678');
    expect(seen!.title).toContain('[電話番号]');
    const node = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on Task { id kind } } }`,
      { id },
      { token: operator2 },
    );
    expect(node.data!.node).toEqual({ id, kind: 'MANUAL' });

    clock.set('2027-03-02T18:00:00+09:00');
    const done = await mutate(COMPLETE, { taskId: id }, operator2);
    expect(done.task).toMatchObject({
      status: 'DONE',
      completedAt: '2027-03-02T09:00:00.000Z',
      completedBy: { displayName: expect.stringContaining('operator2') },
    });
    const again = await mutate(COMPLETE, { taskId: id }, operator2);
    expect(again.userErrors).toEqual([
      expect.objectContaining({ code: 'TASK_NOT_OPEN', field: 'taskId' }),
    ]);
    // The trail keeps the facts, not the typed title.
    const trail: { action: string; after: LooseData }[] = await db().query(
      `SELECT action, after FROM audit_event WHERE entity_id = $1 ORDER BY id`,
      [dbId(id)],
    );
    expect(trail.map((e) => e.action)).toEqual(['task.created', 'task.completed']);
    // (Not a bare "090": a random uuid in the trail may hold those digits.)
    expect(JSON.stringify(trail)).not.toMatch(/山田|090-1234-5678|導入研修/);
    expect(trail[0]!.after).toMatchObject({ kind: 'MANUAL', dueOn: '2027-03-05' });
  });

  it('assigns to someone else or to nobody, and refuses invalid input with codes', async () => {
    const customer = await createTrialCustomer(server);
    const viewer = await server.gql(`{ viewer { id } }`, {}, { token: operator2 });
    const other = await mutate(CREATE, {
      customerId: customer.id,
      title: '請求書の送付',
      dueOn: '2027-03-01',
      assigneeId: viewer.data!.viewer.id,
    });
    expect(other.task.assignee.displayName).toContain('operator2');
    const nobody = await mutate(CREATE, {
      customerId: customer.id,
      title: '請求書の送付',
      dueOn: '2027-03-01',
      assigneeId: null,
    });
    expect(nobody.task.assignee).toBeNull();

    const refused = await mutate(CREATE, {
      customerId: customer.id,
      title: ' ',
      dueOn: '2027-02-28',
      assigneeId: toGlobalId('StaffUser', '00000000-0000-4000-8000-000000000000'),
    });
    expect(refused).toEqual({
      task: null,
      userErrors: [
        { code: 'REQUIRED', field: 'title', message: '入力してください。' },
        { code: 'DATE_IN_PAST', field: 'dueOn', message: expect.any(String) },
        { code: 'NOT_FOUND', field: 'assigneeId', message: expect.any(String) },
      ],
    });
    const unknown = await mutate(CREATE, {
      customerId: toGlobalId('Customer', '00000000-0000-4000-8000-000000000000'),
      title: '電話',
      dueOn: '2027-03-02',
    });
    expect(unknown.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'customerId' }),
    ]);
    expect(await tasksOf(customer.id)).toHaveLength(2);
  });

  it('needs tasks:write to create or complete: checkers and analysts only read', async () => {
    const customer = await createTrialCustomer(server);
    const created = await mutate(CREATE, {
      customerId: customer.id,
      title: '電話',
      dueOn: '2027-03-02',
    });
    for (const email of ['checker1@kizuna.example', 'analyst@kizuna.example']) {
      const token = await server.loginAs(email);
      const create = await server.gql(
        CREATE,
        { input: { customerId: customer.id, title: 'x', dueOn: '2027-03-02' } },
        { token },
      );
      expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const complete = await server.gql(
        COMPLETE,
        { input: { taskId: created.task.id } },
        { token },
      );
      expect(complete.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await tasksOf(customer.id, token)).toHaveLength(1);
    }
    // An integrator's key has no task permission at all.
    const read = await server.gql(TASKS, { first: 1 }, { token: surveyWriter });
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const REASSIGN = `mutation ($input: ReassignTaskInput!) { reassignTask(input: $input) {
  task { ${TASK} } userErrors { code field message } } }`;

describe('reassignTask', () => {
  const staffId = async (token: string) =>
    (await server.gql(`{ viewer { id } }`, {}, { token })).data!.viewer.id as string;

  it('hands an open task to another active member, audited with who held it', async () => {
    const customer = await createTrialCustomer(server);
    const created = await mutate(CREATE, {
      customerId: customer.id,
      title: '電話',
      dueOn: '2027-03-02',
    });
    expect(created.task.assignee.displayName).toContain('operator1');
    const operator2Id = await staffId(operator2);
    const moved = await mutate(REASSIGN, { taskId: created.task.id, assigneeId: operator2Id });
    expect(moved.userErrors).toEqual([]);
    expect(moved.task.assignee.displayName).toContain('operator2');
    // operator2's own list now holds it.
    const mine = await tasksOf(customer.id, operator2, { assigneeId: operator2Id });
    expect(mine.map((t) => t.id)).toEqual([created.task.id]);

    const trail: { action: string; before: LooseData; after: LooseData; actor_id: string }[] =
      await db().query(
        `SELECT action, before, after, actor_id::text FROM audit_event WHERE entity_id = $1 ORDER BY id`,
        [dbId(created.task.id)],
      );
    expect(trail.map((e) => e.action)).toEqual(['task.created', 'task.reassigned']);
    expect(trail[1]).toMatchObject({
      before: { assigneeId: dbId(await staffId(operator1)) },
      after: { assigneeId: dbId(operator2Id) },
      actor_id: dbId(await staffId(operator1)),
    });
    expect(JSON.stringify(trail)).not.toContain('電話');

    // To whoever holds it already: nothing to do.
    const again = await mutate(REASSIGN, { taskId: created.task.id, assigneeId: operator2Id });
    expect(again).toEqual({
      task: null,
      userErrors: [{ code: 'NO_CHANGE', field: 'assigneeId', message: expect.any(String) }],
    });
  });

  it('refuses unknown and deactivated staff, unknown and finished tasks, with codes', async () => {
    const customer = await createTrialCustomer(server);
    const created = await mutate(CREATE, {
      customerId: customer.id,
      title: '電話',
      dueOn: '2027-03-02',
    });
    const admin = await server.loginAs('admin@kizuna.example');
    const hired = await server.gql(
      `mutation ($input: CreateStaffMemberInput!) { createStaffMember(input: $input) {
        staffMember { id } userErrors { code } } }`,
      {
        input: {
          displayName: '退職 予定 (leaver)',
          email: `leaver-${Date.now()}@kizuna.example`,
          password: 'a-long-enough-password',
          roles: ['OPERATOR'],
        },
      },
      { token: admin },
    );
    const leaverId = hired.data!.createStaffMember.staffMember.id as string;
    const left = await server.gql(
      `mutation ($input: DeactivateStaffMemberInput!) { deactivateStaffMember(input: $input) {
        userErrors { code } } }`,
      { input: { staffMemberId: leaverId } },
      { token: admin },
    );
    expect(left.data!.deactivateStaffMember.userErrors).toEqual([]);

    const refusal = async (input: LooseData, token = operator1) => {
      const res = await mutate(REASSIGN, input, token);
      expect(res.task).toBeNull();
      return res.userErrors.map((e: LooseData) => `${e.code} ${e.field}`);
    };
    expect(await refusal({ taskId: created.task.id, assigneeId: leaverId })).toEqual([
      'STAFF_INACTIVE assigneeId',
    ]);
    // A deactivated member cannot be given a new task either.
    const create = await mutate(CREATE, {
      customerId: customer.id,
      title: '電話',
      dueOn: '2027-03-02',
      assigneeId: leaverId,
    });
    expect(create.userErrors).toEqual([
      { code: 'STAFF_INACTIVE', field: 'assigneeId', message: expect.stringMatching(/無効/) },
    ]);
    const nobody = toGlobalId('StaffUser', '00000000-0000-4000-8000-000000000000');
    expect(await refusal({ taskId: created.task.id, assigneeId: nobody })).toEqual([
      'NOT_FOUND assigneeId',
    ]);
    // A customer's id is not a staff member's.
    expect(await refusal({ taskId: created.task.id, assigneeId: customer.id })).toEqual([
      'NOT_FOUND assigneeId',
    ]);
    expect(
      await refusal({
        taskId: toGlobalId('Task', '00000000-0000-4000-8000-000000000000'),
        assigneeId: await staffId(operator2),
      }),
    ).toEqual(['NOT_FOUND taskId']);

    await mutate(COMPLETE, { taskId: created.task.id });
    expect(
      await refusal({ taskId: created.task.id, assigneeId: await staffId(operator2) }),
    ).toEqual(['TASK_NOT_OPEN taskId']);
    // Still operator1's, done; nothing but its creation and completion in the trail.
    const [task] = await tasksOf(customer.id);
    expect(task).toMatchObject({
      status: 'DONE',
      assignee: { displayName: expect.stringContaining('operator1') },
    });
    const [{ n }] = await db().query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'task.reassigned'`,
      [dbId(created.task.id)],
    );
    expect(n).toBe(0);
  });

  it('needs tasks:write: analysts and checkers may not reassign', async () => {
    const customer = await createTrialCustomer(server);
    const created = await mutate(CREATE, {
      customerId: customer.id,
      title: '電話',
      dueOn: '2027-03-02',
    });
    const res = await server.gql(
      REASSIGN,
      { input: { taskId: created.task.id, assigneeId: await staffId(operator2) } },
      { token: analyst },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const UPDATE = `mutation ($input: UpdateTaskInput!) { updateTask(input: $input) {
  task { ${TASK} } userErrors { code field message } } }`;

describe('updateTask', () => {
  it('changes the title and due date of an open task, audited without the title', async () => {
    const customer = await createTrialCustomer(server);
    const created = await mutate(CREATE, {
      customerId: customer.id,
      title: '山田様に電話',
      dueOn: '2027-03-02',
    });
    const moved = await mutate(UPDATE, {
      taskId: created.task.id,
      title: ' 山田様に  折り返し ',
      dueOn: '2027-03-05',
    });
    expect(moved.userErrors).toEqual([]);
    expect(moved.task).toMatchObject({ title: '山田様に 折り返し', dueOn: '2027-03-05' });
    // Only the date: the title stays.
    const later = await mutate(UPDATE, { taskId: created.task.id, dueOn: '2027-03-08' });
    expect(later.task).toMatchObject({ title: '山田様に 折り返し', dueOn: '2027-03-08' });

    const trail: { action: string; before: LooseData; after: LooseData }[] = await db().query(
      `SELECT action, before, after FROM audit_event WHERE entity_id = $1 ORDER BY id`,
      [dbId(created.task.id)],
    );
    expect(trail.map((e) => e.action)).toEqual(['task.created', 'task.updated', 'task.updated']);
    expect(trail[1]).toMatchObject({
      before: { dueOn: '2027-03-02' },
      after: { dueOn: '2027-03-05', titleChanged: true },
    });
    expect(trail[2]!.after).toMatchObject({ dueOn: '2027-03-08', titleChanged: false });
    expect(JSON.stringify(trail)).not.toMatch(/山田/);
  });

  it('refuses titles of automatic tasks, past dates, no change and finished tasks', async () => {
    const { customer } = await convertedToday();
    const [kickoff] = await tasksOf(customer.id);
    expect(kickoff!.kind).toBe('KICKOFF');
    const refusal = async (input: LooseData) => {
      const res = await mutate(UPDATE, input);
      expect(res.task).toBeNull();
      return res.userErrors.map((e: LooseData) => `${e.code} ${e.field}`);
    };
    expect(await refusal({ taskId: kickoff!.id, title: '打ち合わせ' })).toEqual([
      'AUTOMATIC_TASK_TITLE title',
    ]);
    expect(await refusal({ taskId: kickoff!.id, dueOn: '2027-02-28' })).toEqual([
      'DATE_IN_PAST dueOn',
    ]);
    expect(await refusal({ taskId: kickoff!.id })).toEqual(['NO_CHANGE null']);
    expect(
      await refusal({
        taskId: toGlobalId('Task', '00000000-0000-4000-8000-000000000000'),
        dueOn: '2027-03-09',
      }),
    ).toEqual(['NOT_FOUND taskId']);
    // A kickoff may move to another day.
    const moved = await mutate(UPDATE, { taskId: kickoff!.id, dueOn: '2027-03-09' });
    expect(moved.task).toMatchObject({ kind: 'KICKOFF', dueOn: '2027-03-09' });

    await mutate(COMPLETE, { taskId: kickoff!.id });
    expect(await refusal({ taskId: kickoff!.id, dueOn: '2027-03-10' })).toEqual([
      'TASK_NOT_OPEN taskId',
    ]);
    const analystTry = await server.gql(
      UPDATE,
      { input: { taskId: kickoff!.id, dueOn: '2027-03-10' } },
      { token: analyst },
    );
    expect(analystTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the tasks list', () => {
  it('puts overdue tasks first, then by due date, done ones last; pages by keyset', async () => {
    const customer = await createTrialCustomer(server);
    const make = async (title: string, dueOn: string) =>
      (await mutate(CREATE, { customerId: customer.id, title, dueOn })).task.id as string;
    const a = await make('A', '2027-03-06');
    const b = await make('B', '2027-03-02');
    const c = await make('C', '2027-03-04');
    const d = await make('D', '2027-03-03');
    await mutate(COMPLETE, { taskId: d });

    // Two days on: B's day has ended.
    clock.set('2027-03-03T10:00:00+09:00');
    const page = async (after: string | null, extra: LooseData = {}) => {
      const res = await server.gql(
        TASKS,
        { first: 2, after, filter: { customerId: customer.id, ...extra } },
        { token: operator1 },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.tasks as LooseData;
    };
    const first = await page(null);
    expect(first.totalCount).toBe(4);
    expect(first.edges.map((e: LooseData) => [e.node.title, e.node.isOverdue])).toEqual([
      ['B', true],
      ['C', false],
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    expect(second.edges.map((e: LooseData) => [e.node.id, e.node.status])).toEqual([
      [a, 'OPEN'],
      [d, 'DONE'],
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(
      (await tasksOf(customer.id, operator1, { statuses: ['OPEN'] })).map((t) => t.id),
    ).toEqual([b, c, a]);
    expect(
      (await tasksOf(customer.id, operator1, { statuses: ['DONE'] })).map((t) => t.id),
    ).toEqual([d]);
    const mine = await server.gql(`{ viewer { id } }`, {}, { token: operator1 });
    expect(
      await tasksOf(customer.id, operator1, { assigneeId: mine.data!.viewer.id }),
    ).toHaveLength(4);
    expect(await tasksOf(customer.id, operator1, { unassigned: true })).toEqual([]);

    // The customer's first tasks, in the same order, from one field.
    const onCustomer = await server.gql(
      `query ($id: ID!) { customer(id: $id) { tasks(statuses: [OPEN], first: 2) { id isOverdue } } }`,
      { id: customer.id },
      { token: operator1 },
    );
    expect(onCustomer.data!.customer.tasks).toEqual([
      { id: b, isOverdue: true },
      { id: c, isOverdue: false },
    ]);

    // Cursors not issued by this list are bad input, never SQL errors.
    for (const after of [
      'not a cursor',
      encodeCursor(['task', 2, '2027-03-03', dbId(a)]),
      encodeCursor(['task', 0, '2027-02-30', dbId(a)]),
      encodeCursor(['task', 0, '2027-03-03', 'x']),
      encodeCursor(['customer', 0, '2027-03-03', dbId(a)]),
    ]) {
      const res = await server.gql(TASKS, { first: 2, after }, { token: operator1 });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('erasure', () => {
  it("cancels the customer's open tasks and erases the titles staff typed", async () => {
    const customer = await createTrialCustomer(server);
    const typed = await mutate(CREATE, {
      customerId: customer.id,
      title: '雲母坂様に折り返し電話',
      dueOn: '2027-03-10',
    });
    await convertAndChurnToday(server, customer.id);
    expect((await tasksOf(customer.id)).map((t) => [t.kind, t.status])).toEqual([
      ['KICKOFF', 'OPEN'],
      ['MANUAL', 'OPEN'],
    ]);

    const requested = await mutate(
      `mutation ($input: RequestErasureInput!) { requestErasure(input: $input) {
        request { id version } userErrors { code field } } }`,
      { customerId: customer.id, effectiveDate: '2027-03-01' },
    );
    expect(requested.userErrors).toEqual([]);
    clock.set('2027-03-01T15:00:00+09:00');
    const applied = await mutate(
      APPROVE,
      {
        requestId: requested.request.id,
        version: requested.request.version,
        confirmation: { corporateNumber: customer.corporateNumber },
      },
      await server.loginAs('checker2@kizuna.example'),
    );
    expect(applied.request.status).toBe('APPLIED');

    const tasks = await tasksOf(customer.id);
    expect(tasks.map((t) => [t.kind, t.status, t.cancelledAt])).toEqual([
      ['KICKOFF', 'CANCELLED', '2027-03-01T06:00:00.000Z'],
      ['MANUAL', 'CANCELLED', '2027-03-01T06:00:00.000Z'],
    ]);
    expect(tasks.find((t) => t.id === typed.task.id)!.title).toBe(ERASED_TEXT);
    const [{ n }] = await db().query(
      `SELECT count(*)::int AS n FROM task WHERE title LIKE '%雲母坂%'`,
    );
    expect(n).toBe(0);
    const again = await mutate(CREATE, {
      customerId: customer.id,
      title: '電話',
      dueOn: '2027-03-02',
    });
    expect(again.userErrors).toEqual([
      expect.objectContaining({ code: 'CUSTOMER_ERASED', field: 'customerId' }),
    ]);
  });
});
