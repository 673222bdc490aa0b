import type { UserErrorCode } from './user-error.js';

/** Messages of every user error code, ja and en. `{name}` is replaced by a parameter. */
export const USER_ERROR_MESSAGES: Record<UserErrorCode, { ja: string; en: string }> = {
  REQUIRED: { ja: '入力してください。', en: 'This field is required.' },
  TOO_LONG: { ja: '{max}文字以内で入力してください。', en: 'Use at most {max} characters.' },
  INVALID_CORPORATE_NUMBER: {
    ja: '法人番号は13桁の数字で、チェックディジットが正しい必要があります。',
    en: 'A corporate number has 13 digits with a valid check digit.',
  },
  INVALID_EMAIL: {
    ja: 'メールアドレスの形式が正しくありません。',
    en: 'This is not a valid email address.',
  },
  INVALID_PHONE: {
    ja: '電話番号の形式が正しくありません（例: 03-1234-5678、090-1234-5678）。',
    en: 'This is not a valid Japanese phone number (e.g. 03-1234-5678, 090-1234-5678).',
  },
  INVALID_POSTAL_CODE: {
    ja: '郵便番号は7桁で入力してください（例: 123-4567）。',
    en: 'A postal code has 7 digits (e.g. 123-4567).',
  },
  INVALID_KANA: {
    ja: 'フリガナはカタカナで入力してください。',
    en: 'Furigana must be written in katakana.',
  },
  INVALID_DATE: {
    ja: '日付の形式が正しくありません（YYYY-MM-DD）。',
    en: 'This is not a valid date (YYYY-MM-DD).',
  },
  DATE_IN_PAST: { ja: '今日以降の日付を選んでください。', en: 'Choose today or a later date.' },
  UNKNOWN_PLAN: { ja: 'プラン「{value}」は存在しません。', en: 'There is no plan "{value}".' },
  UNKNOWN_OPTION: {
    ja: 'オプション「{value}」は存在しません。',
    en: 'There is no option "{value}".',
  },
  INACTIVE_OPTION: {
    ja: 'オプション「{value}」は現在提供されていません。',
    en: 'Option "{value}" is no longer offered.',
  },
  INVALID_STAGE_TRANSITION: {
    ja: 'ライフサイクルを{from}から{to}へ変更することはできません。',
    en: 'The lifecycle cannot move from {from} to {to}.',
  },
  NOT_MULTI_FACTOR: {
    ja: '多要素認証には異なる要素区分（記憶・所持・属性）から2つ以上の方式が必要です。',
    en: 'Multi-factor authentication needs methods from at least two different factor categories.',
  },
  OUT_OF_RANGE: { ja: '値が範囲外です（{value}）。', en: 'The value is out of range ({value}).' },
  NOT_FOUND: { ja: '対象が見つかりません。', en: 'Not found.' },
  INVALID_CREDENTIALS: {
    ja: 'メールアドレスまたはパスワードが正しくありません。',
    en: 'The email address or password is not correct.',
  },
  SELF_APPROVAL_NOT_ALLOWED: {
    ja: '自分が作成した申請をチェックすることはできません。別の担当者にチェックを頼んでください。',
    en: 'You cannot check a request you made. Ask another colleague.',
  },
  CONFIRMATION_MISMATCH: {
    ja: '再入力された内容が申請と一致しません。申請は差し戻され、ヒヤリ・ハットとして記録されました。',
    en: 'Your re-entry does not match the request. It was returned to its maker and recorded as a near-miss.',
  },
  STALE_VERSION: {
    ja: 'あなたが表示した後に内容が変更されています。最新の内容で確認し直してください。',
    en: 'This changed after you looked at it. Check the latest version.',
  },
  NOT_PENDING: {
    ja: 'この申請は現在この操作を受け付けていません。',
    en: 'This request does not accept this action in its current status.',
  },
  DUPLICATE_PENDING: {
    ja: 'この顧客には処理中の申請が既にあります。',
    en: 'This customer already has an open request.',
  },
  SUBSCRIPTION_CHANGED: {
    ja: '申請後に契約内容が変更されました。上書きせずに中止しました。申請をやり直してください。',
    en: 'The subscription changed after the request was made; nothing was overwritten. Draft the request again.',
  },
  NOT_IN_TRIAL: { ja: 'トライアル中の顧客ではありません。', en: 'The customer is not in a trial.' },
  NOT_ACTIVE: {
    ja: '有料契約中の顧客ではありません。',
    en: 'The customer has no active paid contract.',
  },
  INVALID_CHURN_REASON: {
    ja: '解約理由を選択してください（「その他」の場合は内容も入力してください）。',
    en: 'Choose a churn reason (and describe it when choosing OTHER).',
  },
  NO_CHANGE: { ja: '変更内容がありません。', en: 'This changes nothing.' },
  FORBIDDEN: { ja: 'この操作を行う権限がありません。', en: 'You are not allowed to do this.' },
  DUPLICATE: { ja: '既に登録されています。', en: 'This is already registered.' },
  INVALID_DATE_TIME: {
    ja: '日時の形式が正しくありません（例: 2026-04-01T10:30:00+09:00 または 2026/04/01 10:30）。',
    en: 'This is not a valid date and time (e.g. 2026-04-01T10:30:00+09:00 or 2026/04/01 10:30).',
  },
  DATE_IN_FUTURE: { ja: '未来の日時は指定できません。', en: 'This date is in the future.' },
  UNKNOWN_CHANNEL: {
    ja: '回答チャネルが正しくありません（{allowed}）。',
    en: 'Unknown channel (use one of {allowed}).',
  },
  MISSING_COLUMN: {
    ja: '必須の列「{column}」がありません。',
    en: 'The required column "{column}" is missing.',
  },
  INVALID_FILE: {
    ja: 'ファイルを読み取れません（{reason}）。',
    en: 'The file cannot be read ({reason}).',
  },
  OTHER_CUSTOMER: {
    ja: 'この申請は指定した顧客のものではありません。',
    en: 'This request belongs to another customer.',
  },
  CHECKER_ALREADY_DECIDED: {
    ja: 'この申請の以前の版を差し戻し・却下したため、この申請はチェックできません。別のチェック担当者に頼んでください。',
    en: 'You returned or rejected an earlier version of this request, so you cannot check it again. Ask another checker.',
  },
  OPTION_GROUP_CONFLICT: {
    ja: '「{group}」のオプションは1つしか選べません（{value}）。',
    en: 'Only one option of the group "{group}" can be chosen ({value}).',
  },
  TRIAL_EXTENSION_LIMIT: {
    ja: 'トライアルの延長は合計{max}日までです（延長済み{used}日）。',
    en: 'A trial can be extended by at most {max} days in total ({used} days used).',
  },
  EFFECTIVE_DATE_PASSED: {
    ja: '適用日（{value}）が過ぎています。申請を差し戻して適用日を直してもらってください。',
    en: 'The effective date ({value}) has passed. Return the request so that its maker corrects the date.',
  },
  TRIAL_ALREADY_USED: {
    ja: 'この顧客はトライアルを利用済みです。再トライアルは申請してダブルチェックを受けてください。',
    en: 'This customer has had a trial already. Ask for a second trial through a double-checked request.',
  },
  NOT_LEAD: { ja: 'リード段階の顧客ではありません。', en: 'The customer is not a lead.' },
  NOT_CHURNED: {
    ja: '解約済みの顧客ではありません（消去済みの顧客は再契約できません）。',
    en: 'The customer has not churned (erased customers cannot be reactivated).',
  },
  TRIAL_NOT_EXPIRED: {
    ja: 'トライアルが終了したリードだけが再トライアルを申請できます。',
    en: 'Only a lead whose trial has ended can get a second trial.',
  },
  WITHDRAWAL_ALREADY_REQUESTED: {
    ja: 'この申請の取り下げは既に申請されています。',
    en: 'Withdrawing this request has already been asked for.',
  },
  NO_ACTIVE_PLAN: {
    ja: 'カタログに有効なプランがありません。先に管理画面でプランを登録してください。',
    en: 'The catalog has no active plan. Create a plan in the administration first.',
  },
  SCHEDULED_CHANGE_EXISTS: {
    ja: 'この顧客には同じ種類の適用予定の変更があります（{value}）。取り下げてから申請してください。',
    en: 'This customer already has a scheduled change of this kind ({value}). Withdraw it first.',
  },
  NO_WITHDRAWAL_REQUESTED: {
    ja: 'この申請の取り下げは申請されていません。',
    en: 'Nobody has asked to withdraw this request.',
  },
  TOO_MANY_ATTEMPTS: {
    ja: 'サインインの失敗が続いたため、{seconds}秒後（{retryAt}）まで試行できません。',
    en: 'Too many failed sign-ins: try again in {seconds} s (at {retryAt}).',
  },
  INVALID_SCOPE: {
    ja: 'APIキーに付与できないスコープです（{value}）。',
    en: 'An API key cannot hold this scope ({value}).',
  },
  INVALID_CODE: {
    ja: 'コードは英大文字で始まり、英大文字・数字・_ だけで{max}文字以内です（{value}）。',
    en: 'A code starts with a capital letter and has only capitals, digits and _, at most {max} characters ({value}).',
  },
  PASSWORD_TOO_SHORT: {
    ja: 'パスワードは{min}文字以上にしてください。',
    en: 'Use a password of at least {min} characters.',
  },
  LAST_ACTIVE_ADMIN: {
    ja: '有効な管理者が他にいないため、この操作はできません。',
    en: 'This would leave no active administrator.',
  },
  CANNOT_DEACTIVATE_SELF: {
    ja: '自分自身を無効にすることはできません。',
    en: 'You cannot deactivate yourself.',
  },
  APPLY_FAILED: {
    ja: '申請を適用できませんでした。何も変更されていません。システム管理者に連絡し、確認後に申請をやり直してください。',
    en: 'The request could not be applied; nothing was changed. Contact your system administrator, then draft the request again.',
  },
  INVALID_WEBHOOK_URL: {
    ja: 'http:// または https:// で始まるURLを入力してください（ユーザー名・パスワード・#以降は使えません）。',
    en: 'Enter an http:// or https:// URL, without user name, password or #fragment.',
  },
  HTTPS_REQUIRED: {
    ja: '本番環境では https:// のURLだけを登録できます。',
    en: 'In production, only https:// URLs can be used.',
  },
  PRIVATE_ADDRESS_NOT_ALLOWED: {
    ja: 'プライベート・ループバック・リンクローカルのアドレス（{value}）には送信できません。',
    en: 'Webhooks cannot be sent to a private, loopback or link-local address ({value}).',
  },
  WEBHOOK_HOST_NOT_FOUND: {
    ja: 'URLのホスト名を名前解決できません。',
    en: 'The host name of this URL does not resolve.',
  },
  UNKNOWN_EVENT_TYPE: {
    ja: '存在しないイベント種別です（{value}）。',
    en: 'Unknown event type ({value}).',
  },
  WEBHOOK_ENDPOINT_DISABLED: {
    ja: 'このWebhookエンドポイントは無効です。先に有効にしてください。',
    en: 'This webhook endpoint is disabled. Enable it first.',
  },
  INVALID_MONTH: {
    ja: '月の形式が正しくありません（YYYY-MM）（{value}）。',
    en: 'This is not a valid month (YYYY-MM) ({value}).',
  },
  MONTH_NOT_ENDED: {
    ja: '{value}はまだ終わっていません。稼働率は月が終わってから記録してください。',
    en: '{value} has not ended yet. Record availability once the month is over.',
  },
  SLA_TARGET_TIER_REQUIRED: {
    ja: '「プランのSLA目標未満」の段階をちょうど1つ含めてください。',
    en: 'Include exactly one step for "below the plan\'s SLA target".',
  },
  SLA_TIERS_NOT_INCREASING: {
    ja: 'しきい値が低い段階ほど、クレジット率を大きくしてください。',
    en: 'A lower threshold must earn a larger credit.',
  },
  SLA_CREDIT_ALREADY_APPLIED: {
    ja: 'この月・プランのサービスクレジットは既に適用されているため、稼働率を記録し直せません。',
    en: 'Service credits for this month and plan have been applied: the availability can no longer be re-recorded.',
  },
  CONTRACT_TERM_NOT_ALLOWED: {
    ja: '契約期間は本契約への移行と再契約でのみ指定できます。契約中の契約期間は変更できません。',
    en: 'A contract term is chosen only with a conversion or a reactivation; a running contract keeps its term.',
  },
  CUSTOMER_ERASED: {
    ja: '消去済みの顧客は変更できません。',
    en: 'An erased customer can no longer be changed.',
  },
  PRIMARY_CONTACT_REQUIRED: {
    ja: '主担当者は削除できません。先に別の担当者を主担当者にしてください。',
    en: 'The primary contact cannot be removed. Make another contact primary first.',
  },
  TASK_NOT_OPEN: {
    ja: 'このタスクは既に完了または取り消されています。',
    en: 'This task is already done or cancelled.',
  },
  STAFF_INACTIVE: {
    ja: 'このスタッフは無効化されています。有効なスタッフを選んでください。',
    en: 'This staff member has been deactivated. Choose an active one.',
  },
  AUTOMATIC_TASK_TITLE: {
    ja: 'Kizunaが作成したタスクの件名は変更できません（期日と担当者は変更できます）。',
    en: 'A task Kizuna raised keeps its title (its due date and assignee can change).',
  },
};
