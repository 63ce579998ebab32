import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams } from 'react-router-dom';
import { Button, Card, ErrorState, InlineError, LoadingState, StatusBadge, formatDateTime } from '@/components/ui';
import { cn } from '@/components/ui/cn';
import { errorMessage } from '@/lib/api-client';
import type { Campaign } from '@/lib/api-types';
import { MessagesTable } from '@/features/messages/components/MessagesTable';
import { useCampaignStats } from '@/features/stats/api/stats';
import { StatsPanel } from '@/features/stats/components/StatsPanel';
import { useCampaign } from '../api/campaigns';
import { useCampaignPreview } from '../api/preview';
import { useRetryFailed } from '../api/send';
import { CampaignActions } from './CampaignActions';
import { PreviewPanel } from './PreviewPanel';
import { SendCampaignButton } from './SendCampaignButton';

const secondaryLink =
  'inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

function Tabs({ id }: { id: number }) {
  const { t } = useTranslation();
  const tab = ({ isActive }: { isActive: boolean }) =>
    cn(
      'border-b-2 px-3 py-2 text-sm font-medium',
      isActive ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-slate-600 hover:text-slate-900',
    );
  return (
    <nav aria-label={t('detail.tabs.label')} className="flex gap-1 border-b border-slate-200">
      <NavLink end to={`/campaigns/${id}`} className={tab}>
        {t('detail.tabs.overview')}
      </NavLink>
      <NavLink to={`/campaigns/${id}/messages`} className={tab}>
        {t('detail.tabs.messages')}
      </NavLink>
    </nav>
  );
}

function RetryFailedButton({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const retry = useRetryFailed(campaign.id);
  return (
    <div className="flex flex-col items-start gap-2">
      <Button variant="secondary" onClick={() => retry.mutate()} disabled={retry.isPending}>
        {t('detail.retryFailed')}
      </Button>
      {retry.isSuccess ? (
        <p role="status" className="text-sm text-slate-600">
          {t('detail.requeued', { count: retry.data.requeued })}
        </p>
      ) : null}
      {retry.isError ? <InlineError messages={[errorMessage(retry.error)]} /> : null}
    </div>
  );
}

function Overview({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation();
  const isDraft = campaign.status === 'draft';
  const preview = useCampaignPreview(campaign.id, isDraft || campaign.status === 'scheduled');
  const [showPreview, setShowPreview] = useState(false);

  return (
    <div className="space-y-4">
      <Card>
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div className="sm:col-span-2">
            <dt className="text-xs text-slate-500">{t('detail.template')}</dt>
            <dd className="whitespace-pre-wrap break-words font-mono text-sm">{campaign.template}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">{t('detail.segment')}</dt>
            <dd className="font-mono">{campaign.segment_rule || <em className="font-sans text-slate-500">{t('detail.allContacts')}</em>}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">{t('detail.created')}</dt>
            <dd>{formatDateTime(campaign.created_at, i18n.language)}</dd>
          </div>
          {campaign.started_at ? (
            <div>
              <dt className="text-xs text-slate-500">{t('detail.started')}</dt>
              <dd>{formatDateTime(campaign.started_at, i18n.language)}</dd>
            </div>
          ) : null}
          {campaign.finished_at ? (
            <div>
              <dt className="text-xs text-slate-500">{t('detail.finished')}</dt>
              <dd>{formatDateTime(campaign.finished_at, i18n.language)}</dd>
            </div>
          ) : null}
        </dl>
        <CampaignActions campaign={campaign}>
          {isDraft ? (
            <>
              <SendCampaignButton campaign={campaign} audienceSize={preview.data?.audience_size} />
              <Link to={`/campaigns/${campaign.id}/edit`} className={secondaryLink}>
                {t('detail.edit')}
              </Link>
            </>
          ) : null}
        </CampaignActions>
      </Card>
      {isDraft || campaign.status === 'scheduled' ? (
        <PreviewPanel preview={preview} />
      ) : (
        <>
          <StatsPanel campaignId={campaign.id} />
          <FailedRetry campaign={campaign} />
          <div>
            <Button variant="ghost" size="sm" aria-expanded={showPreview} onClick={() => setShowPreview((v) => !v)}>
              {showPreview ? '▾' : '▸'} {t('detail.preview')}
            </Button>
            {showPreview ? <LatePreview id={campaign.id} /> : null}
          </div>
        </>
      )}
    </div>
  );
}

function FailedRetry({ campaign }: { campaign: Campaign }) {
  // Offered only once the campaign is finished; the stats say whether anything failed.
  if (campaign.status !== 'sent') return null;
  return <RetryFailedWhenFailed campaign={campaign} />;
}

function RetryFailedWhenFailed({ campaign }: { campaign: Campaign }) {
  // Shares the stats query (and its cache) with StatsPanel: no extra request.
  const { data } = useCampaignStats(campaign.id);
  if (!data || data.failed === 0) return null;
  return <RetryFailedButton campaign={campaign} />;
}

function LatePreview({ id }: { id: number }) {
  const preview = useCampaignPreview(id);
  return <PreviewPanel preview={preview} />;
}

export function CampaignDetailPage({ tab }: { tab: 'overview' | 'messages' }) {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const campaign = useCampaign(id);

  if (campaign.isPending) return <LoadingState />;
  if (campaign.isError) {
    return (
      <div className="space-y-3">
        <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />
        <Link to="/" className="text-sm text-indigo-700 underline">
          {t('app.backToCampaigns')}
        </Link>
      </div>
    );
  }

  const c = campaign.data;
  return (
    <div className="space-y-4">
      <div>
        <Link to="/" className="text-sm text-indigo-700 hover:underline">
          ← {t('app.backToCampaigns')}
        </Link>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="break-all text-2xl font-semibold">{c.name}</h1>
          <StatusBadge status={c.status} />
        </div>
      </div>
      <Tabs id={id} />
      {tab === 'overview' ? (
        <Overview campaign={c} />
      ) : (
        <Card>
          <MessagesTable campaignId={id} live={c.status === 'sending'} />
        </Card>
      )}
    </div>
  );
}
