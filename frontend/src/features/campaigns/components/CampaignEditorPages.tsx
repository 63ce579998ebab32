import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Card, ErrorState, LoadingState } from '@/components/ui';
import { useCampaign, useCreateCampaign, useUpdateCampaign } from '../api/campaigns';
import { CampaignForm } from './CampaignForm';

export function CampaignCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCampaign();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t('form.createTitle')}</h1>
      <Card>
        <CampaignForm
          submitLabel={t('form.create')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input, { onSuccess: (c) => navigate(`/campaigns/${c.id}`) })}
          onCancel={() => navigate('/')}
        />
      </Card>
    </div>
  );
}

export function CampaignEditPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const campaign = useCampaign(id);
  const update = useUpdateCampaign(id);

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t('form.editTitle')}</h1>
      <Card>
        {campaign.isPending ? (
          <LoadingState />
        ) : campaign.isError ? (
          <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />
        ) : campaign.data.status !== 'draft' ? (
          <div className="space-y-3 text-sm">
            <p role="alert">{t('form.onlyDrafts')}</p>
            <Link className="text-indigo-700 underline" to={`/campaigns/${id}`}>
              {campaign.data.name}
            </Link>
          </div>
        ) : (
          <CampaignForm
            initial={campaign.data}
            submitLabel={t('form.save')}
            pending={update.isPending}
            error={update.error}
            onSubmit={(input) => update.mutate(input, { onSuccess: () => navigate(`/campaigns/${id}`) })}
            onCancel={() => navigate(`/campaigns/${id}`)}
          />
        )}
      </Card>
    </div>
  );
}
