import { CES_EASY_FROM, CSAT_SATISFIED_FROM, type SurveyKind } from '@kizuna/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NpsCategory } from '../../../gql/graphql';

const CATEGORY_COLORS: Record<NpsCategory, string> = {
  PROMOTER: 'green',
  PASSIVE: 'default',
  DETRACTOR: 'red',
};

/** A score with its band: NPS category (推奨/中立/批判), or good/other for CSAT and CES. */
export function ScoreTag({
  kind,
  score,
  category,
}: {
  kind: SurveyKind;
  score: number;
  category: NpsCategory | null;
}) {
  const { t } = useTranslation();
  if (kind === 'NPS' && category)
    return (
      <Tag color={CATEGORY_COLORS[category]} data-category={category}>
        <span className="kizuna-tabular">{score}</span> {t(`surveys.categoryShort.${category}`)}
      </Tag>
    );
  const goodFrom = kind === 'CSAT' ? CSAT_SATISFIED_FROM : CES_EASY_FROM;
  return (
    <Tag color={score >= goodFrom ? 'green' : 'default'}>
      <span className="kizuna-tabular">{score}</span>
    </Tag>
  );
}
