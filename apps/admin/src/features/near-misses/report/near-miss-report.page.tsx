import { useQuery } from '@apollo/client/react';
import { isoDateJst, PROVISIONING_KINDS, type ProvisioningKind } from '@kizuna/domain';
import { Card, Col, DatePicker, Empty, Flex, Row, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NearMissReportDocument } from '../../../gql/graphql';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { useRequestLabels } from '../../provisioning/shared/request-labels';
import { NearMissChart } from './near-miss-chart';

const isRequestKind = (k: string): k is ProvisioningKind =>
  (PROVISIONING_KINDS as readonly string[]).includes(k);

/** Twelve weeks up to today (JST), as YYYY-MM-DD. */
function defaultPeriod(): { from: string; to: string } {
  const now = new Date();
  return { from: isoDateJst(new Date(now.getTime() - 83 * 86_400_000)), to: isoDateJst(now) };
}

/** The weekly report: what the double check caught, where and how often, as charts. */
export function NearMissReportPage() {
  const { t } = useTranslation();
  const requestLabels = useRequestLabels();
  const [searchParams, setSearchParams] = useSearchParams();
  const period = {
    from: searchParams.get('from') ?? defaultPeriod().from,
    to: searchParams.get('to') ?? defaultPeriod().to,
  };
  const { data, loading, error, refetch } = useQuery(NearMissReportDocument, {
    variables: period,
    fetchPolicy: 'cache-and-network',
  });
  const report = data?.nearMissReport;
  const total = (key: 'nearMisses' | 'incidents') =>
    report?.byWeek.reduce((sum, w) => sum + w[key], 0) ?? 0;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('nearMisses.report.title')}
        </Typography.Title>
        <DatePicker.RangePicker
          aria-label={t('nearMisses.filters.period')}
          format="YYYY/MM/DD"
          allowClear={false}
          value={[dayjs(period.from), dayjs(period.to)]}
          onChange={(range) => {
            if (range?.[0] && range[1])
              setSearchParams({
                from: range[0].format('YYYY-MM-DD'),
                to: range[1].format('YYYY-MM-DD'),
              });
          }}
        />
      </Flex>
      {error && !report ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !report ? (
        <LoadingState />
      ) : report ? (
        <>
          <Row gutter={[16, 16]}>
            {(
              [
                ['checked', report.requestsChecked],
                ['applied', report.requestsApplied],
                ['returned', report.requestsReturned],
                ['rejected', report.requestsRejected],
                ['nearMisses', total('nearMisses')],
                ['incidents', total('incidents')],
              ] as const
            ).map(([key, value]) => (
              <Col key={key} xs={12} md={8} xl={4}>
                <Card>
                  <Statistic
                    title={t(`nearMisses.report.${key}`)}
                    value={value}
                    suffix={t('common.countUnit')}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Card title={t('nearMisses.report.byWeek')}>
            {report.byWeek.length === 0 ? (
              <Empty description={t('nearMisses.report.empty')} />
            ) : (
              <NearMissChart
                testId="near-miss-weekly-chart"
                counts={report.byWeek.map((w) => ({
                  ...w,
                  label: t('nearMisses.report.weekOf', { date: w.key.slice(5).replace('-', '/') }),
                }))}
              />
            )}
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('nearMisses.report.byField')}>
                {report.byField.length === 0 ? (
                  <Empty description={t('nearMisses.report.empty')} />
                ) : (
                  <NearMissChart
                    horizontal
                    height={240}
                    counts={report.byField.map((c) => ({
                      ...c,
                      label: requestLabels.field(c.key),
                    }))}
                  />
                )}
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('nearMisses.report.byRequestKind')}>
                {report.byRequestKind.length === 0 ? (
                  <Empty description={t('nearMisses.report.empty')} />
                ) : (
                  <NearMissChart
                    horizontal
                    height={240}
                    counts={report.byRequestKind.map((c) => ({
                      ...c,
                      label: isRequestKind(c.key)
                        ? requestLabels.kind(c.key)
                        : t('nearMisses.report.noRequest'),
                    }))}
                  />
                )}
              </Card>
            </Col>
          </Row>
        </>
      ) : null}
    </Flex>
  );
}
