/**
 * Industries: the 20 divisions (大分類 A–T) of the Japan Standard Industrial Classification
 * (日本標準産業分類, rev. 14), by name rather than letter so that a code reads on its own.
 */
export const INDUSTRIES = [
  'AGRICULTURE_FORESTRY',
  'FISHERIES',
  'MINING',
  'CONSTRUCTION',
  'MANUFACTURING',
  'UTILITIES',
  'INFORMATION_COMMUNICATIONS',
  'TRANSPORT_POSTAL',
  'WHOLESALE_RETAIL',
  'FINANCE_INSURANCE',
  'REAL_ESTATE_LEASING',
  'PROFESSIONAL_SERVICES',
  'ACCOMMODATION_FOOD',
  'PERSONAL_SERVICES_AMUSEMENT',
  'EDUCATION',
  'MEDICAL_WELFARE',
  'COMPOUND_SERVICES',
  'OTHER_SERVICES',
  'GOVERNMENT',
  'UNCLASSIFIED',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const INDUSTRY_LABELS: Record<Industry, { jsic: string; ja: string; en: string }> = {
  AGRICULTURE_FORESTRY: { jsic: 'A', ja: '農業，林業', en: 'Agriculture and forestry' },
  FISHERIES: { jsic: 'B', ja: '漁業', en: 'Fisheries' },
  MINING: { jsic: 'C', ja: '鉱業，採石業，砂利採取業', en: 'Mining and quarrying' },
  CONSTRUCTION: { jsic: 'D', ja: '建設業', en: 'Construction' },
  MANUFACTURING: { jsic: 'E', ja: '製造業', en: 'Manufacturing' },
  UTILITIES: {
    jsic: 'F',
    ja: '電気・ガス・熱供給・水道業',
    en: 'Electricity, gas, heat and water',
  },
  INFORMATION_COMMUNICATIONS: { jsic: 'G', ja: '情報通信業', en: 'Information and communications' },
  TRANSPORT_POSTAL: { jsic: 'H', ja: '運輸業，郵便業', en: 'Transport and postal activities' },
  WHOLESALE_RETAIL: { jsic: 'I', ja: '卸売業，小売業', en: 'Wholesale and retail trade' },
  FINANCE_INSURANCE: { jsic: 'J', ja: '金融業，保険業', en: 'Finance and insurance' },
  REAL_ESTATE_LEASING: {
    jsic: 'K',
    ja: '不動産業，物品賃貸業',
    en: 'Real estate, goods rental and leasing',
  },
  PROFESSIONAL_SERVICES: {
    jsic: 'L',
    ja: '学術研究，専門・技術サービス業',
    en: 'Scientific research, professional and technical services',
  },
  ACCOMMODATION_FOOD: {
    jsic: 'M',
    ja: '宿泊業，飲食サービス業',
    en: 'Accommodation, eating and drinking services',
  },
  PERSONAL_SERVICES_AMUSEMENT: {
    jsic: 'N',
    ja: '生活関連サービス業，娯楽業',
    en: 'Living-related and personal services, amusement',
  },
  EDUCATION: { jsic: 'O', ja: '教育，学習支援業', en: 'Education and learning support' },
  MEDICAL_WELFARE: { jsic: 'P', ja: '医療，福祉', en: 'Medical, health care and welfare' },
  COMPOUND_SERVICES: { jsic: 'Q', ja: '複合サービス事業', en: 'Compound services' },
  OTHER_SERVICES: {
    jsic: 'R',
    ja: 'サービス業（他に分類されないもの）',
    en: 'Services, not elsewhere classified',
  },
  GOVERNMENT: { jsic: 'S', ja: '公務（他に分類されるものを除く）', en: 'Government' },
  UNCLASSIFIED: { jsic: 'T', ja: '分類不能の産業', en: 'Industries unable to classify' },
};
