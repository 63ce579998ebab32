import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, InlineError, Spinner } from '@/components/ui';
import { errorMessage } from '@/lib/api-client';
import type { Campaign } from '@/lib/api-types';
import { useSendCampaign } from '../api/send';

/** Send button + confirmation dialog that names the audience size. */
export function SendCampaignButton({ campaign, audienceSize }: { campaign: Campaign; audienceSize: number | null | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const send = useSendCampaign(campaign.id);
  const known = audienceSize ?? campaign.audience_size;
  const count = known ?? 0;

  const close = () => {
    if (!send.isPending) {
      setOpen(false);
      send.reset();
    }
  };

  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={known == null || (campaign.status !== 'draft' && campaign.status !== 'scheduled')}>
        {t('detail.send')}
      </Button>
      {!open && send.isError ? <InlineError messages={[errorMessage(send.error)]} /> : null}
      <Dialog
        open={open}
        onClose={close}
        title={t('detail.confirmTitle')}
        footer={
          <>
            <Button variant="secondary" onClick={close} disabled={send.isPending}>
              {t('form.cancel')}
            </Button>
            <Button
              data-autofocus
              disabled={send.isPending}
              onClick={() => send.mutate(undefined, { onSuccess: () => setOpen(false) })}
            >
              {send.isPending ? <Spinner /> : null}
              {send.isPending ? t('detail.sending') : t('detail.confirmSend', { count })}
            </Button>
          </>
        }
      >
        <p>{t('detail.confirmBody', { name: campaign.name, count })}</p>
        {send.isError ? (
          <div className="mt-3">
            <InlineError messages={[errorMessage(send.error)]} />
          </div>
        ) : null}
      </Dialog>
    </>
  );
}
