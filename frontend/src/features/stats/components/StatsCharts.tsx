import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { LatencyBucket } from '@/lib/api-types';
import type { ThroughputPoint } from '../api/throughput';

export function ThroughputChart({ points }: { points: ThroughputPoint[] }) {
  const { t } = useTranslation();
  return (
    <div className="h-48 w-full" role="img" aria-label={t('stats.throughput')}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} tickFormatter={(v: number) => `${v}s`} fontSize={11} />
          <YAxis allowDecimals={false} fontSize={11} />
          <Tooltip
            formatter={(value: number) => [`${value} ${t('stats.throughputUnit')}`, t('stats.throughput')]}
            labelFormatter={(label: number) => `${label}s`}
          />
          <Line type="monotone" dataKey="rate" stroke="#4f46e5" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function LatencyChart({ buckets }: { buckets: LatencyBucket[] }) {
  const { t } = useTranslation();
  const data = buckets.map((b) => ({ label: formatMs(b.le_ms), count: b.count }));
  return (
    <div className="h-48 w-full" role="img" aria-label={t('stats.latency')}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" fontSize={11} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} fontSize={11} />
          <Tooltip
            formatter={(value: number) => [value, t('stats.count')]}
            labelFormatter={(label: string) => t('stats.latencyBucket', { value: label })}
          />
          <Bar dataKey="count" fill="#10b981" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '∞';
  if (ms >= 1000) return `${Math.round(ms / 100) / 10}k`;
  return String(Math.round(ms));
}
