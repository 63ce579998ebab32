import { useTranslation } from 'react-i18next';
import { Card, EmptyState, ErrorState, LoadingState, TagList } from '@/components/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import type { CampaignPreview } from '@/lib/api-types';

export function PreviewPanel({ preview }: { preview: UseQueryResult<CampaignPreview> }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('detail.preview')}
      actions={
        preview.data ? (
          <span className="text-sm font-medium text-slate-700" data-testid="preview-audience">
            {t('detail.audience', { count: preview.data.audience_size })}
          </span>
        ) : null
      }
    >
      {preview.isPending ? (
        <LoadingState />
      ) : preview.isError ? (
        <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
      ) : preview.data.targets.length === 0 ? (
        <EmptyState>{t('detail.previewEmpty')}</EmptyState>
      ) : (
        <>
          <p className="mb-3 text-xs text-slate-500">{t('detail.previewHint', { count: preview.data.targets.length })}</p>
          <ul className="divide-y divide-slate-100" aria-label={t('detail.preview')}>
            {preview.data.targets.map((target) => (
              <li key={target.id} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr] sm:gap-4">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium">{target.name}</p>
                  <p className="truncate text-xs text-slate-500">{target.email}</p>
                  <div className="mt-1">
                    <TagList tags={target.tags} />
                  </div>
                </div>
                <p className="whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-sm" data-testid="rendered">
                  {target.rendered}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
