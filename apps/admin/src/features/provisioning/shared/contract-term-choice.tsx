import { CONTRACT_TERM_LABELS, CONTRACT_TERMS, type ContractTerm } from '@kizuna/domain';
import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../../../i18n/language';

export interface ContractTermChoiceProps {
  value?: ContractTerm | null;
  onChange?: (term: ContractTerm) => void;
  id?: string;
}

/** 月契約 / 年契約 as radio buttons: nothing is chosen until someone chooses (the check is blind). */
export function ContractTermChoice({ value, onChange, id }: ContractTermChoiceProps) {
  const { i18n } = useTranslation();
  return (
    <Radio.Group
      id={id}
      value={value ?? null}
      onChange={(e) => onChange?.(e.target.value as ContractTerm)}
      options={CONTRACT_TERMS.map((term) => ({
        value: term,
        label: pick(CONTRACT_TERM_LABELS[term], i18n.language),
      }))}
    />
  );
}
