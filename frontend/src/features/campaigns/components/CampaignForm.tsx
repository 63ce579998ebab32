import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineError, Spinner, TextAreaField, TextField } from '@/components/ui';
import { ApiError, NetworkError, errorMessage } from '@/lib/api-client';
import type { Campaign, CampaignInput } from '@/lib/api-types';
import { SegmentInput } from './SegmentInput';

const FIELDS = ['name', 'template', 'segment_rule'] as const;

export function CampaignForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: Pick<Campaign, 'name' | 'template' | 'segment_rule'>;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: CampaignInput) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [template, setTemplate] = useState(initial?.template ?? '');
  const [segment, setSegment] = useState(initial?.segment_rule ?? '');

  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
  const unknownFieldErrors = Object.entries(fieldErrors)
    .filter(([key]) => !(FIELDS as readonly string[]).includes(key) && key !== 'non_field_errors')
    .map(([key, msgs]) => `${key}: ${msgs.join(' ')}`);
  const general =
    error instanceof ApiError
      ? [...error.generalErrors, ...unknownFieldErrors]
      : error instanceof NetworkError
        ? [t('errors.network')]
        : error
          ? [errorMessage(error)]
          : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ name: name.trim(), template, segment_rule: segment.trim() });
  };

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <InlineError messages={general} />
      <TextField
        label={t('form.name')}
        name="name"
        value={name}
        required
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
        errors={fieldErrors.name}
      />
      <TextAreaField
        label={t('form.template')}
        name="template"
        value={template}
        required
        rows={4}
        onChange={(e) => setTemplate(e.target.value)}
        hint={t('form.templateHint', { placeholder: '{{name}}' })}
        errors={fieldErrors.template}
      />
      <SegmentInput value={segment} onChange={setSegment} errors={fieldErrors.segment_rule} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? <Spinner /> : null}
          {pending ? t('form.saving') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
