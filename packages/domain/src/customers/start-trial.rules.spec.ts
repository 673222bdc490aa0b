import { validateStartTrial, type StartTrialDraft } from './start-trial.rules.js';

const valid: StartTrialDraft = {
  name: '  株式会社 サンプル  ',
  nameKana: 'かぶしきがいしゃさんぷる',
  corporateNumber: '７００００１２０５０００２',
  contact: {
    familyName: '山田',
    givenName: '太郎',
    familyNameKana: 'ヤマダ',
    givenNameKana: 'たろう',
    email: 'Taro.Yamada@Example.CO.JP',
    phone: '０９０－１２３４－５６７８',
  },
};

describe('validateStartTrial', () => {
  it('normalises a valid sign-up', () => {
    const result = validateStartTrial(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name).toBe('株式会社 サンプル');
    expect(result.value.nameKana).toBe('カブシキガイシャサンプル');
    expect(result.value.corporateNumber).toBe('7000012050002');
    expect(result.value.contact.givenNameKana).toBe('タロウ');
    expect(result.value.contact.phone).toBe('090-1234-5678');
  });

  it.each([
    ['name', { ...valid, name: '  ' }, 'REQUIRED'],
    ['name', { ...valid, name: 'あ'.repeat(201) }, 'TOO_LONG'],
    ['corporateNumber', { ...valid, corporateNumber: '7000012050003' }, 'INVALID_CORPORATE_NUMBER'],
    ['nameKana', { ...valid, nameKana: 'Sample' }, 'INVALID_KANA'],
    ['contact.familyName', { ...valid, contact: { ...valid.contact, familyName: '' } }, 'REQUIRED'],
    ['contact.email', { ...valid, contact: { ...valid.contact, email: '' } }, 'REQUIRED'],
    ['contact.email', { ...valid, contact: { ...valid.contact, email: 'taro@' } }, 'INVALID_EMAIL'],
    ['contact.phone', { ...valid, contact: { ...valid.contact, phone: '12345' } }, 'INVALID_PHONE'],
  ] as const)('refuses %s (%#) with %s', (field, draft, code) => {
    const result = validateStartTrial(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual([expect.objectContaining({ code, field })]);
  });

  it('reports every problem at once', () => {
    const result = validateStartTrial({
      ...valid,
      name: '',
      contact: { ...valid.contact, email: 'x' },
    });
    expect(result.ok ? [] : result.error.map((e) => e.field)).toEqual(['name', 'contact.email']);
  });
});
