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
      ['090.1234.5678', '[電話番号]'],
      ['03.1234.5678まで', '[電話番号]まで'],
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
      ['"山田 太郎" <taro@example.jp>', '[メールアドレス]'],
      ['差出人: "Taro Yamada"<taro@example.jp>', '差出人: [メールアドレス]'],
      ['josé.garcía@example.com', '[メールアドレス]'],
      ['宛先 山田@例え.jp まで', '宛先 [メールアドレス] まで'],
      ['taro@日本語ドメイン.jp', '[メールアドレス]'],
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

  describe('names marked by an honorific, a title or 担当', () => {
    it.each([
      ['山田太郎様にご連絡', '[氏名]様にご連絡'],
      ['佐藤さんから', '[氏名]さんから'],
      ['担当の鈴木から電話', '担当の[氏名]から電話'],
      ['担当者：佐藤', '担当者：[氏名]'],
      ['担当は田中です', '担当は[氏名]です'],
      ['鈴木部長の判断', '[氏名]部長の判断'],
      ['営業部鈴木部長', '営業部[氏名]部長'],
      ['株式会社山田様', '株式会社[氏名]様'],
      ['山田先生', '[氏名]先生'],
      ['花子ちゃん', '[氏名]ちゃん'],
      ['髙橋殿', '[氏名]殿'],
      ['本多様', '[氏名]様'],
      ['スミス様', '[氏名]様'],
      ['ｽﾐｽさん', '[氏名]さん'],
    ])('%s → %s', (raw, masked) => {
      expect(maskPersonalData(raw)).toEqual({ text: masked, masked: ['NAME'] });
    });
  });

  describe('street addresses (都道府県 + 市区町村 + 番地)', () => {
    it.each([
      ['東京都千代田区丸の内1-9-2', '[住所]'],
      ['東京都千代田区丸の内１丁目９番２号', '[住所]'],
      ['住所は東京都新宿区西新宿２－８－１です', '住所は[住所]です'],
      ['東京都港区六本木６ー１０ー１', '[住所]'],
      ['東京都港区六本木6‐10‐1', '[住所]'],
      ['神奈川県横浜市西区みなとみらい2-3-1', '[住所]'],
      ['大阪府大阪市北区梅田一丁目1番3号', '[住所]'],
      ['北海道札幌市中央区北1条西2丁目', '[住所]'],
      ['横浜市中区山下町１番地', '[住所]'],
    ])('%s → %s', (raw, masked) => {
      expect(maskPersonalData(raw)).toEqual({ text: masked, masked: ['ADDRESS'] });
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
      ['お客様', 'お客様からの要望'],
      ['同様', '前回と同様に'],
      ['仕様', '仕様変更'],
      ['多様', '多様性'],
      ['皆様', '皆様へ'],
      ['a department head', '営業部長の承認'],
      ['a title chain', '代表取締役社長'],
      ['a contact role', '担当者様へ'],
      ['a katakana word with さん', 'ユーザーさん'],
      ['氏名 as a word', '氏名欄'],
      ['a city without a block number', '大阪市に本社'],
      ['a dotted date', '2026.03.31'],
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
      '[氏名]様（[メールアドレス]、[電話番号]、[郵便番号]、個人番号[個人番号]）別番号[電話番号]',
    );
    expect(r.masked).toEqual<PersonalDataKind[]>([
      'PHONE',
      'POSTAL_CODE',
      'EMAIL',
      'MY_NUMBER',
      'NAME',
    ]);
  });

  it('keeps surrounding text intact, including characters outside the BMP', () => {
    expect(maskPersonalData('𠮷野さん 090-1234-5678 👍').text).toBe('[氏名]さん [電話番号] 👍');
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
