import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, InlineError, Spinner } from '@/components/ui';
import { errorMessage } from '@/lib/api-client';
import type { Campaign, CampaignStatus } from '@/lib/api-types';
import { useCancelCampaign } from '../api/cancel';
import { usePauseCampaign } from '../api/pause';
import { useResumeCampaign } from '../api/resume';

const CANCELLABLE: readonly CampaignStatus[] = ['draft', 'scheduled', 'sending', 'paused'];

/**
 * The campaign's action row: the draft actions passed as children (send, edit), then Pause while
 * sending, Resume while paused and Cancel campaign (through a confirmation dialog) until it is
 * sent or cancelled. Stays mounted whatever the status, so a 409 stays visible after the refetch
 * that shows the real status.
 */
export function CampaignActions({ campaign, children }: { campaign: Campaign; children?: ReactNode }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const pause = usePauseCampaign(campaign.id);
  const resume = useResumeCampaign(campaign.id);
  const cancel = useCancelCampaign(campaign.id);
  const busy = pause.isPending || resume.isPending || cancel.isPending;

  const canPause = campaign.status === 'sending';
  const canResume = campaign.status === 'paused';
  const canCancel = CANCELLABLE.includes(campaign.status);

  // One error at a time: starting an action clears the others' errors.
  const run = (action: typeof pause, others: (typeof pause)[]) => {
    others.forEach((m) => m.reset());
    action.mutate();
  };
  const rowError = pause.isError ? pause.error : resume.isError ? resume.error : !confirming && cancel.isError ? cancel.error : null;

  const closeDialog = () => {
    if (!cancel.isPending) setConfirming(false);
  };

  if (!children && !canPause && !canResume && !canCancel && !rowError && !confirming) return null;

  return (
    <div className="mt-4 space-y-3 border-t border-slate-100 pt-4" data-testid="campaign-actions">
      <div className="flex flex-wrap items-start gap-2">
        {children}
        {canPause ? (
          <Button variant="secondary" disabled={busy} onClick={() => run(pause, [resume, cancel])}>
            {pause.isPending ? <Spinner /> : null}
            {pause.isPending ? t('detail.pausing') : t('detail.pause')}
          </Button>
        ) : null}
        {canResume ? (
          <Button disabled={busy} onClick={() => run(resume, [pause, cancel])}>
            {resume.isPending ? <Spinner /> : null}
            {resume.isPending ? t('detail.resuming') : t('detail.resume')}
          </Button>
        ) : null}
        {canCancel ? (
          <Button
            variant="ghost"
            className="!text-rose-700 hover:!bg-rose-50"
            disabled={busy}
            onClick={() => {
              pause.reset();
              resume.reset();
              cancel.reset();
              setConfirming(true);
            }}
          >
            {t('detail.cancelCampaign')}
          </Button>
        ) : null}
      </div>
      {rowError ? <InlineError messages={[errorMessage(rowError)]} /> : null}
      <Dialog
        open={confirming}
        onClose={closeDialog}
        title={t('detail.cancelTitle')}
        footer={
          <>
            <Button variant="secondary" data-autofocus onClick={closeDialog} disabled={cancel.isPending}>
              {t('detail.keepCampaign')}
            </Button>
            <Button
              variant="danger"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate(undefined, { onSuccess: () => setConfirming(false) })}
            >
              {cancel.isPending ? <Spinner /> : null}
              {cancel.isPending ? t('detail.cancelling') : t('detail.confirmCancel')}
            </Button>
          </>
        }
      >
        <p>{t('detail.cancelBody', { name: campaign.name })}</p>
        {cancel.isError ? (
          <div className="mt-3">
            <InlineError messages={[errorMessage(cancel.error)]} />
          </div>
        ) : null}
      </Dialog>
    </div>
  );
}
