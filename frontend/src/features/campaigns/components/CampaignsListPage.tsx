import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Card, DataTable, EmptyState, ErrorState, LoadingState, Pager, ProgressBar, StatusBadge, formatDateTime, formatNumber } from '@/components/ui';
import type { Campaign } from '@/lib/api-types';
import { progressPercent, useCampaignStats } from '@/features/stats/api/stats';
import { useCampaigns } from '../api/campaigns';

const linkButton =
  'inline-flex items-center justify-center rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

function LiveProgress({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const stats = useCampaignStats(campaign.id);
  const pct = progressPercent(stats.data);
  return (
    <div className="flex min-w-[8rem] items-center gap-2">
      <ProgressBar value={pct} label={t('stats.progress')} />
      <span className="w-10 text-right text-xs tabular-nums text-slate-600">{Math.floor(pct)}%</span>
    </div>
  );
}

function CampaignProgress({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  if (campaign.status === 'draft' || campaign.status === 'scheduled') {
    return <span className="text-xs text-slate-400">{t('campaigns.notStarted')}</span>;
  }
  if (campaign.status === 'sent') {
    return (
      <div className="flex min-w-[8rem] items-center gap-2">
        <ProgressBar value={100} label={t('stats.progress')} />
        <span className="w-10 text-right text-xs tabular-nums text-slate-600">100%</span>
      </div>
    );
  }
  return <LiveProgress campaign={campaign} />;
}

export function CampaignsListPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const campaigns = useCampaigns(page);
  const goTo = (p: number) => setParams(p > 1 ? { page: String(p) } : {});

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('campaigns.title')}</h1>
        <Link to="/campaigns/new" className={linkButton}>
          + {t('campaigns.new')}
        </Link>
      </div>
      <Card>
        {campaigns.isPending ? (
          <LoadingState />
        ) : campaigns.isError ? (
          <ErrorState error={campaigns.error} onRetry={() => void campaigns.refetch()} />
        ) : campaigns.data.results.length === 0 ? (
          <EmptyState>{t('campaigns.empty')}</EmptyState>
        ) : (
          <>
            <DataTable
              columns={[
                { label: t('campaigns.columns.name') },
                { label: t('campaigns.columns.status') },
                { label: t('campaigns.columns.progress') },
                { label: t('campaigns.columns.audience'), align: 'right' },
                { label: t('campaigns.columns.created') },
              ]}
            >
              {campaigns.data.results.map((c) => (
                <tr key={c.id} className="hover:bg-slate-50">
                  <td className="min-w-[9rem] px-4 py-2 font-medium sm:pl-0">
                    <Link to={`/campaigns/${c.id}`} className="text-indigo-700 hover:underline">
                      {c.name}
                    </Link>
                  </td>
                  <td className="px-4 py-2">
                    <StatusBadge status={c.status} />
                  </td>
                  <td className="px-4 py-2">
                    <CampaignProgress campaign={c} />
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{formatNumber(c.audience_size, i18n.language)}</td>
                  <td className="whitespace-nowrap px-4 py-2 text-slate-600">{formatDateTime(c.created_at, i18n.language)}</td>
                </tr>
              ))}
            </DataTable>
            <Pager
              hasPrevious={Boolean(campaigns.data.previous)}
              hasNext={Boolean(campaigns.data.next)}
              onPrevious={() => goTo(page - 1)}
              onNext={() => goTo(page + 1)}
              previousLabel={t('campaigns.previous')}
              nextLabel={t('campaigns.next')}
              status={t('campaigns.page', { page })}
            />
          </>
        )}
      </Card>
    </div>
  );
}
