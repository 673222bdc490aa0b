import {
  canRemoveContact,
  changeContact,
  changedContactFields,
  groupContactsByRole,
  validateContact,
  type ContactChange,
  type ValidContact,
} from './contact.rules.js';

const yamada: ValidContact = {
  familyName: '山田',
  givenName: '太郎',
  familyNameKana: 'ヤマダ',
  givenNameKana: 'タロウ',
  email: 'taro@example.co.jp',
  phone: '03-1234-5678',
  role: 'ADMINISTRATOR',
};

describe('validateContact', () => {
  it('normalises width, kana and spaces', () => {
    expect(
      validateContact({
        familyName: ' 佐藤 ',
        givenName: '  花子',
        familyNameKana: 'さとう',
        givenNameKana: 'ﾊﾅｺ',
        email: 'Hanako@Example.CO.JP',
        phone: '０９０－１２３４－５６７８',
      }),
    ).toEqual({
      ok: true,
      value: {
        familyName: '佐藤',
        givenName: '花子',
        familyNameKana: 'サトウ',
        givenNameKana: 'ハナコ',
        email: 'Hanako@example.co.jp',
        phone: '090-1234-5678',
        role: null,
      },
    });
  });

  it('keeps the role given', () => {
    const result = validateContact({ ...yamada, role: 'BILLING' });
    expect(result.ok && result.value.role).toBe('BILLING');
  });

  it.each([
    ['familyName', { familyName: '' }, 'REQUIRED'],
    ['familyName', { familyName: '山'.repeat(101) }, 'TOO_LONG'],
    ['givenName', { givenName: '太'.repeat(101) }, 'TOO_LONG'],
    ['familyNameKana', { familyNameKana: 'Yamada' }, 'INVALID_KANA'],
    ['givenNameKana', { givenNameKana: '太郎' }, 'INVALID_KANA'],
    ['email', { email: ' ' }, 'REQUIRED'],
    ['email', { email: 'taro@example' }, 'INVALID_EMAIL'],
    ['phone', { phone: '12345' }, 'INVALID_PHONE'],
  ] as const)('refuses %s (%#) with %s', (field, change, code) => {
    const result = validateContact({ ...yamada, ...change });
    expect(result.ok ? [] : result.error).toEqual([expect.objectContaining({ code, field })]);
  });

  it('names the fields with a prefix inside a larger form', () => {
    const result = validateContact({ ...yamada, email: '', phone: 'x' }, 'contact.');
    expect(result.ok ? [] : result.error.map((e) => e.field)).toEqual([
      'contact.email',
      'contact.phone',
    ]);
  });
});

describe('changeContact', () => {
  it.each<[string, ContactChange, (keyof ValidContact)[]]>([
    ['nothing', {}, []],
    ['the same values', { familyName: '山田', email: 'taro@example.co.jp' }, []],
    ['the same value typed differently', { phone: '０３－１２３４－５６７８' }, []],
    ['an email', { email: 'new@example.co.jp' }, ['email']],
    ['a cleared given name and phone', { givenName: null, phone: null }, ['givenName', 'phone']],
    ['kana in hiragana', { familyNameKana: 'やまだ', givenNameKana: 'じろう' }, ['givenNameKana']],
    ['the role', { role: 'DECISION_MAKER' }, ['role']],
    ['the same role', { role: 'ADMINISTRATOR' }, []],
    ['a cleared role', { role: null }, ['role']],
  ])('changing %s reports %j', (_what, change, fields) => {
    const result = changeContact(yamada, change);
    expect(result.ok && result.value.changedFields).toEqual(fields);
  });

  it.each<[ContactChange, string, string]>([
    [{ familyName: null }, 'familyName', 'REQUIRED'],
    [{ email: null }, 'email', 'REQUIRED'],
    [{ phone: '0000' }, 'phone', 'INVALID_PHONE'],
  ])('refuses %j', (change, field, code) => {
    const result = changeContact(yamada, change);
    expect(result.ok ? [] : result.error).toEqual([expect.objectContaining({ code, field })]);
  });

  it('keeps the fields it is not given', () => {
    const result = changeContact(yamada, { email: 'new@example.co.jp' });
    expect(result.ok && result.value.contact).toEqual({ ...yamada, email: 'new@example.co.jp' });
  });
});

describe('changedContactFields', () => {
  it('lists every differing field in a fixed order', () => {
    expect(
      changedContactFields(yamada, { ...yamada, phone: null, familyName: '田中', email: 'a@b.jp' }),
    ).toEqual(['familyName', 'email', 'phone']);
  });
});

describe('canRemoveContact', () => {
  it.each([
    [true, false],
    [false, true],
  ])('primary %s → removable %s', (isPrimary, removable) => {
    const result = canRemoveContact({ isPrimary });
    expect(result.ok).toBe(removable);
    if (!result.ok) expect(result.error.code).toBe('PRIMARY_CONTACT_REQUIRED');
  });
});

describe('groupContactsByRole', () => {
  const c = (id: string, role: ValidContact['role'], isPrimary = false) => ({
    id,
    role,
    isPrimary,
  });

  it('groups in role order, those without a role last, the primary contact first', () => {
    const groups = groupContactsByRole([
      c('a', null),
      c('b', 'BILLING'),
      c('c', 'DECISION_MAKER'),
      c('d', 'BILLING', true),
    ]);
    expect(groups.map((g) => [g.role, g.contacts.map((x) => x.id)])).toEqual([
      ['DECISION_MAKER', ['c']],
      ['BILLING', ['d', 'b']],
      [null, ['a']],
    ]);
  });

  it('has no groups without contacts', () => {
    expect(groupContactsByRole([])).toEqual([]);
  });
});
