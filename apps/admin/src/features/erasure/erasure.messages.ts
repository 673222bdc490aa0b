/**
 * Messages of personal-data erasure and deletion certificates (customer page, check form,
 * certificate page, home work list, customer-list filter), merged into ja.ts / en.ts.
 */
export const erasureJa = {
  due: {
    label: '個人情報の消去期限',
    OVERDUE: '期限切れ',
    DUE_THIS_WEEK: '今週期限',
  },
  request: {
    button: '個人情報の消去を申請',
    help: '適用日に、この顧客の個人情報をすべて消去します。別のスタッフが法人番号をブラインドで入力してダブルチェックします。消去した情報は元に戻せません。',
    erasedTitle: '消去されるもの',
    keptTitle: '残るもの',
    effectiveDateHelp:
      '今日以降の日付（日本時間）。今日の場合はダブルチェックで一致したときに消去します。',
    irreversible: '消去は取り消せません',
    scheduled: '個人情報の消去が予定されています',
  },
  erased: {
    notice: '{{date}} に個人情報を消去しました',
    noticeUndated: 'この顧客の個人情報は消去されています',
    detail: '会社情報・契約と請求の記録・アンケートのスコアは保持しています。',
    empty: '個人情報は {{date}} に消去されました。',
    emptyUndated: '個人情報は消去されました。',
    certificate: '消去証明書 {{number}}',
  },
  check: {
    notice:
      'お客様の書類（消去の申出書・申込書など）にある法人番号（13桁）を入力してください。入力が申請された顧客の法人番号と一致した場合だけ消去が実行（または予定）されます。一致しない場合、申請は作成者に差し戻され、ヒヤリ・ハットとして記録されます。',
    corporateNumberHelp: '13桁（全角数字・ハイフンも入力できます）',
  },
  certificate: {
    title: '個人情報消去証明書',
    subtitle:
      '下記の企業に関して当社が保有していた個人データを、下記のとおり消去したことを証明します。',
    number: '証明書番号',
    company: '会社名',
    corporateNumber: '法人番号',
    erased: '消去したデータ',
    category: '区分',
    count: '件数',
    kept: '保持するデータ',
    basis: '保持の根拠',
    method: '消去の方法',
    maker: '申請者',
    checker: '確認者（ダブルチェック）',
    requestedAt: '申請日時',
    approvedAt: '承認日時',
    erasedAt: '消去日時',
    digest: 'SHA-256 ダイジェスト',
    digestHelp:
      'この証明書の内容（正規化した形式）の SHA-256 ハッシュ値です。写しを持つ方は照合欄で改ざんがないことを確認できます。',
    print: '印刷',
    pdf: 'PDF',
    pdfFailed: 'PDF を取得できませんでした。',
    notFound: 'この消去証明書は見つかりません。',
    back: '戻る',
    verify: {
      title: 'ダイジェストの照合',
      label: '照合するダイジェスト',
      placeholder: 'ダイジェスト（64桁の16進数）を貼り付け',
      submit: '照合',
      match: '一致',
      matchDetail: 'この証明書は登録された内容から改ざんされていません。',
      mismatch: '不一致',
      mismatchDetail: 'このダイジェストは証明書番号 {{number}} の内容と一致しません。',
      invalid: 'SHA-256 のダイジェスト（64桁の16進数）を入力してください。',
      failed: '照合できませんでした。',
    },
  },
  home: {
    title: '消去期限切れ・今週期限の個人情報',
    empty: '消去期限が切れた、または今週期限の顧客はいません。',
    churnedOn: '解約 {{date}}',
    dueOn: '消去期限 {{date}}',
  },
  list: {
    filter: '個人情報の消去期限',
    any: '消去期限で絞り込まない',
  },
};

export type ErasureMessages = typeof erasureJa;

export const erasureEn: ErasureMessages = {
  due: {
    label: 'Personal data erasure due',
    OVERDUE: 'Overdue',
    DUE_THIS_WEEK: 'Due this week',
  },
  request: {
    button: 'Request personal data erasure',
    help: "On the effective date, every piece of this customer's personal data is erased. Another staff member double-checks by re-entering the corporate number blind. Erased data cannot be restored.",
    erasedTitle: 'What is erased',
    keptTitle: 'What is kept',
    effectiveDateHelp:
      'Today or later (Japan time). Today: erased as soon as the double check matches.',
    irreversible: 'An erasure cannot be undone',
    scheduled: 'Personal data erasure is scheduled',
  },
  erased: {
    notice: 'Personal data erased on {{date}}',
    noticeUndated: "This customer's personal data has been erased",
    detail: 'The company record, contract and billing records and survey scores are kept.',
    empty: 'Personal data was erased on {{date}}.',
    emptyUndated: 'Personal data was erased.',
    certificate: 'Deletion certificate {{number}}',
  },
  check: {
    notice:
      "Enter the corporate number (13 digits) from the customer's documents (erasure request, application form etc.). The erasure is carried out (or scheduled) only when it matches the corporate number of the customer in the request. If it does not, the request goes back to its maker and a near-miss is recorded.",
    corporateNumberHelp: '13 digits (full-width digits and hyphens accepted)',
  },
  certificate: {
    title: 'Certificate of Personal Data Erasure',
    subtitle:
      'We certify that the personal data we held about the company below has been erased as stated.',
    number: 'Certificate number',
    company: 'Company',
    corporateNumber: 'Corporate number',
    erased: 'Data erased',
    category: 'Category',
    count: 'Count',
    kept: 'Data kept',
    basis: 'Basis for keeping',
    method: 'Method',
    maker: 'Requested by',
    checker: 'Checked by (double check)',
    requestedAt: 'Requested at',
    approvedAt: 'Approved at',
    erasedAt: 'Erased at',
    digest: 'SHA-256 digest',
    digestHelp:
      'The SHA-256 hash of the canonical form of this certificate. Anyone holding a copy can confirm in the box below that it has not been altered.',
    print: 'Print',
    pdf: 'PDF',
    pdfFailed: 'The PDF could not be downloaded.',
    notFound: 'This deletion certificate was not found.',
    back: 'Back',
    verify: {
      title: 'Verify a digest',
      label: 'Digest to verify',
      placeholder: 'Paste a digest (64 hexadecimal characters)',
      submit: 'Verify',
      match: 'Match',
      matchDetail: 'This certificate has not been altered since it was issued.',
      mismatch: 'No match',
      mismatchDetail: 'This digest does not match the content of certificate {{number}}.',
      invalid: 'Enter a SHA-256 digest (64 hexadecimal characters).',
      failed: 'The digest could not be verified.',
    },
  },
  home: {
    title: 'Personal data erasure overdue or due this week',
    empty: 'No customer’s erasure is overdue or due this week.',
    churnedOn: 'Churned {{date}}',
    dueOn: 'Erasure due {{date}}',
  },
  list: {
    filter: 'Personal data erasure due',
    any: 'Any erasure due date',
  },
};
