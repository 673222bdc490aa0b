import { validateStartTrial } from '@kizuna/domain';
import { serializeStartTrialForm, START_TRIAL_FIELDS } from './start-trial.serializer';

describe('serializeStartTrialForm', () => {
  it('trims text and keeps the values as typed', () => {
    expect(
      serializeStartTrialForm({
        name: '  株式会社サンプル ',
        nameKana: ' かぶしきがいしゃさんぷる',
        corporateNumber: '１２３４５６７８９０１２３',
        contact: {
          familyName: ' 山田',
          givenName: '太郎 ',
          familyNameKana: 'ヤマダ',
          givenNameKana: 'タロウ',
          email: ' taro@example.co.jp ',
          phone: '０３－１２３４－５６７８',
          role: 'DECISION_MAKER',
        },
      }),
    ).toEqual({
      name: '株式会社サンプル',
      nameKana: 'かぶしきがいしゃさんぷる',
      corporateNumber: '１２３４５６７８９０１２３',
      contact: {
        familyName: '山田',
        givenName: '太郎',
        familyNameKana: 'ヤマダ',
        givenNameKana: 'タロウ',
        email: 'taro@example.co.jp',
        phone: '０３－１２３４－５６７８',
        role: 'DECISION_MAKER',
      },
    });
  });

  it('sends empty optional fields as null and empty required ones as ""', () => {
    expect(
      serializeStartTrialForm({ name: ' ', nameKana: '', contact: { givenName: '   ' } }),
    ).toEqual({
      name: '',
      nameKana: null,
      corporateNumber: null,
      contact: {
        familyName: '',
        givenName: null,
        familyNameKana: null,
        givenNameKana: null,
        email: '',
        phone: null,
      },
    });
  });

  it('lets the domain rules name every missing required field by a form path', () => {
    const result = validateStartTrial(serializeStartTrialForm({}));
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.error.map((e) => e.field);
    expect(fields).toEqual(['name', 'contact.familyName', 'contact.email']);
    for (const field of fields) expect(START_TRIAL_FIELDS).toContain(field);
  });
});
