import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, ErrorState, LoadingState, ProgressBar, StatusBadge, formatNumber } from '@/components/ui';
import { progressPercent, shouldPoll, useCampaignStats } from '../api/stats';
import { useThroughput } from '../api/throughput';

// Recharts is the largest dependency: load it only when a stats panel is shown.
const ThroughputChart = lazy(() => import('./StatsCharts').then((m) => ({ default: m.ThroughputChart })));
const LatencyChart = lazy(() => import('./StatsCharts').then((m) => ({ default: m.LatencyChart })));

function Stat({ label, value, tone }: { label: string; value: ReactNode; tone?: string }) {
  return (
    <div className="rounded-md bg-slate-50 px-3 py-2">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className={`text-lg font-semibold tabular-nums ${tone ?? 'text-slate-900'}`}>{value}</dd>
    </div>
  );
}

export function StatsPanel({ campaignId }: { campaignId: number }) {
  const { t, i18n } = useTranslation();
  const stats = useCampaignStats(campaignId);
  const live = shouldPoll(stats.data);
  const points = useThroughput(stats.data?.sent, stats.dataUpdatedAt, live);

  if (stats.isPending) return <Card title={t('stats.title')}><LoadingState /></Card>;
  if (stats.isError) {
    return (
      <Card title={t('stats.title')}>
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      </Card>
    );
  }

  const s = stats.data;
  const pct = progressPercent(s);
  const done = s.sent + s.failed;
  const ms = (v: number | null) => (v === null ? t('stats.none') : t('stats.ms', { value: formatNumber(Math.round(v), i18n.language) }));
  const hasLatency = s.latency_histogram.some((b) => b.count > 0);

  return (
    <Card
      title={t('stats.title')}
      actions={
        <div className="flex items-center gap-2">
          {live ? (
            <span className="inline-flex items-center gap-1 text-xs font-medium text-amber-700">
              <span className="h-2 w-2 animate-pulse rounded-full bg-amber-500" aria-hidden="true" />
              {t('stats.live')}
            </span>
          ) : null}
          <StatusBadge status={s.status} />
        </div>
      }
    >
      <div className="space-y-4" data-testid="stats-panel" data-status={s.status}>
        <div>
          <div className="mb-1 flex items-baseline justify-between gap-2 text-sm">
            <span className="font-medium">{t('stats.progress')}</span>
            <span className="tabular-nums text-slate-600" data-testid="progress-text">
              {t('stats.progressLabel', {
                done: formatNumber(done, i18n.language),
                total: formatNumber(s.total, i18n.language),
                percent: Math.floor(pct),
              })}
            </span>
          </div>
          <ProgressBar value={pct} label={t('stats.progress')} />
        </div>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
          <Stat label={t('stats.total')} value={formatNumber(s.total, i18n.language)} />
          <Stat label={t('stats.queued')} value={formatNumber(s.queued, i18n.language)} />
          <Stat label={t('stats.sent')} value={formatNumber(s.sent, i18n.language)} tone="text-emerald-700" />
          <Stat label={t('stats.failed')} value={formatNumber(s.failed, i18n.language)} tone={s.failed ? 'text-rose-700' : undefined} />
          <Stat label={t('stats.p50')} value={ms(s.p50_ms)} />
          <Stat label={t('stats.p95')} value={ms(s.p95_ms)} />
        </dl>
        <div className="grid gap-4 lg:grid-cols-2">
          <div>
            <h3 className="mb-1 text-sm font-medium">
              {t('stats.throughput')} <span className="font-normal text-slate-500">({t('stats.throughputUnit')})</span>
            </h3>
            {points.length ? (
              <Suspense fallback={<LoadingState />}>
                <ThroughputChart points={points} />
              </Suspense>
            ) : (
              <p className="rounded-md border border-dashed border-slate-200 p-4 text-xs text-slate-500">{t('stats.throughputEmpty')}</p>
            )}
          </div>
          <div>
            <h3 className="mb-1 text-sm font-medium">{t('stats.latency')}</h3>
            {hasLatency ? (
              <Suspense fallback={<LoadingState />}>
                <LatencyChart buckets={s.latency_histogram} />
              </Suspense>
            ) : (
              <p className="rounded-md border border-dashed border-slate-200 p-4 text-xs text-slate-500">{t('stats.latencyEmpty')}</p>
            )}
          </div>
        </div>
      </div>
    </Card>
  );
}
