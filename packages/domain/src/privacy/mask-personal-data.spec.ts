import { maskPersonalData, type PersonalDataKind } from './mask-personal-data.js';

describe('maskPersonalData', () => {
  describe('phone numbers', () => {
    it.each([
      ['電話は03-1234-5678です', '電話は[電話番号]です'],
      ['TEL:0312345678', 'TEL:[電話番号]'],
      ['06(1234)5678まで', '[電話番号]まで'],
      ['(03) 1234-5678', '[電話番号]'],
      ['（03-1234-5678 総務部）', '（[電話番号] 総務部）'],
      ['(090-1234-5678)', '([電話番号])'],
      ['045-123-4567', '[電話番号]'],
      ['0466-12-3456', '[電話番号]'],
      ['携帯 090-1234-5678', '携帯 [電話番号]'],
      ['080 1234 5678', '[電話番号]'],
      ['07012345678に', '[電話番号]に'],
      ['050-1234-5678', '[電話番号]'],
      ['0120-123-456', '[電話番号]'],
      ['0120123456', '[電話番号]'],
      ['0800-123-4567', '[電話番号]'],
      ['０９０－１２３４－５６７８', '[電話番号]'],
      ['０９０ー１２３４ー５６７８', '[電話番号]'],
      ['０３−１２３４−５６７８', '[電話番号]'],
      ['090‐1234‐5678', '[電話番号]'],
      ['090‒1234‒5678', '[電話番号]'],
      ['090–1234–5678', '[電話番号]'],
      ['090—1234—5678', '[電話番号]'],
      ['090―1234―5678', '[電話番号]'],
      ['０９０　１２３４　５６７８', '[電話番号]'],
      ['０９０１２３４５６７８', '[電話番号]'],
      ['+81 90-1234-5678', '[電話番号]'],
      ['+81 (0)3 1234 5678', '[電話番号]'],
      ['＋８１９０１２３４５６７８', '[電話番号]'],
      ['コールセンター0120-123-456へ', 'コールセンター[電話番号]へ'],
      ['自宅03-1234-5678、携帯090-1234-5678', '自宅[電話番号]、携帯[電話番号]'],
    ])('%s → %s', (raw, masked) => {
      expect(maskPersonalData(raw)).toEqual({ text: masked, masked: ['PHONE'] });
    });
  });

  describe('postal codes', () => {
    it.each([
      ['〒123-4567 東京都', '[郵便番号] 東京都'],
      ['〒1234567', '[郵便番号]'],
      ['〒 123 4567', '[郵便番号]'],
      ['〒１２３ー４５６７', '[郵便番号]'],
      ['１２３ー４５６７', '[郵便番号]'],
      ['住所は100-0001、', '住所は[郵便番号]、'],
    ])('%s → %s', (raw, masked) => {
      expect(maskPersonalData(raw)).toEqual({ text: masked, masked: ['POSTAL_CODE'] });
    });
  });

  describe('email addresses', () => {
    it.each([
      ['連絡先: taro.yamada@example.co.jp まで', '連絡先: [メールアドレス] まで'],
      ['メールはtaro+crm@example.jpへ', 'メールは[メールアドレス]へ'],
      ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', '[メールアドレス]'],
      ['taro＠example.jp', '[メールアドレス]'],
      ['<Taro@Example.COM>', '<[メールアドレス]>'],
      ['090-1234-5678@sms.example.jp', '[メールアドレス]'],
    ])('%s → %s', (raw, masked) => {
      expect(maskPersonalData(raw)).toEqual({ text: masked, masked: ['EMAIL'] });
    });
  });

  describe('My Numbers (個人番号) with a valid check digit', () => {
    it.each([
      ['個人番号は123456789018です', '個人番号は[個人番号]です'],
      ['1234-5678-9018', '[個人番号]'],
      ['1234 5678 9018', '[個人番号]'],
      ['１２３４５６７８９０１８', '[個人番号]'],
      ['１２３４－５６７８－９０１８', '[個人番号]'],
      ['000000000000', '[個人番号]'],
    ])('%s → %s', (raw, masked) => {
      expect(maskPersonalData(raw)).toEqual({ text: masked, masked: ['MY_NUMBER'] });
    });
  });

  describe('leaves alone', () => {
    it.each([
      ['a 12-digit number with a wrong check digit', '番号123456789012'],
      ['the same, separated', '1234-5678-9012'],
      ['a 12-digit number starting 0 with a wrong check digit', '012345678901'],
      ['a 13-digit corporate number', '法人番号7000012050002'],
      ['a price', '月額￥1,490（税込￥1,639）'],
      ['a large price', '￥1,234,567'],
      ['a year', '2024年に導入'],
      ['an ISO date', '2026-03-31に解約'],
      ['a slashed date', '2026/03/31'],
      ['a time', '09:30-18:00'],
      ['short numbers', '第3四半期に100人が利用'],
      ['seven digits without 〒 or hyphen', '売上1234567円'],
      ['a mobile number missing a digit', '090-1234-567'],
      ['a fixed line with a digit too many', '03-1234-56789'],
      ['a free dial with a digit too many', '0120-123-4567'],
      ['a phone-shaped number inside a longer one', '1-03-1234-5678'],
      ['an order number', 'ORDER-20240115-0001'],
      ['a product code', 'SKU AB-123-4567'],
      ['a version', 'v10.2.3'],
      ['a percentage', '稼働率99.95%'],
      ['an at sign without domain', '@channel 参照'],
      ['katakana with prolonged marks', 'スーパーユーザー'],
      ['nothing', ''],
    ])('%s: %s', (_name, raw) => {
      expect(maskPersonalData(raw)).toEqual({ text: raw, masked: [] });
    });
  });

  it('masks every kind in one text and lists each kind once, in a fixed order', () => {
    const r = maskPersonalData(
      '山田様（taro@example.jp、０９０－１２３４－５６７８、〒100-0001、個人番号1234 5678 9018）' +
        '別番号03-1234-5678',
    );
    expect(r.text).toBe(
      '山田様（[メールアドレス]、[電話番号]、[郵便番号]、個人番号[個人番号]）別番号[電話番号]',
    );
    expect(r.masked).toEqual<PersonalDataKind[]>(['PHONE', 'POSTAL_CODE', 'EMAIL', 'MY_NUMBER']);
  });

  it('keeps surrounding text intact, including characters outside the BMP', () => {
    expect(maskPersonalData('𠮷野さん 090-1234-5678 👍').text).toBe('𠮷野さん [電話番号] 👍');
  });

  it.each([
    ['0000 090 1234 5678', '0000 [電話番号]', ['PHONE']],
    ['2222 1234 5678 9018', '2222 [個人番号]', ['MY_NUMBER']],
  ])('finds %s after a look-alike that is not one', (raw, masked, kinds) => {
    expect(maskPersonalData(raw)).toEqual({ text: masked, masked: kinds });
  });

  it('is idempotent', () => {
    const once = maskPersonalData('090-1234-5678 / taro@example.jp').text;
    expect(maskPersonalData(once)).toEqual({ text: once, masked: [] });
  });
});
