import { useTranslation } from 'react-i18next';
import { waitingTime } from './waiting-time';

/** 「2日3時間」 / "2 d 3 h": how long a request has waited since it entered the queue. */
export function WaitingTimeLabel({ since, now = new Date() }: { since: string; now?: Date }) {
  const { t } = useTranslation();
  const { days, hours, minutes } = waitingTime(since, now);
  const text =
    days > 0
      ? t('requests.queue.waitDays', { days, hours })
      : hours > 0
        ? t('requests.queue.waitHours', { hours })
        : t('requests.queue.waitMinutes', { minutes });
  return (
    <span className="kizuna-tabular" data-testid="waiting-time">
      {text}
    </span>
  );
}
