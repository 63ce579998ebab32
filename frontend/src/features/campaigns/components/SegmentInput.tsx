import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui';
import { ApiError } from '@/lib/api-client';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useAudience } from '@/features/contacts/api/audience';
import { useTags } from '@/features/contacts/api/tags';
import { currentTerm, usedTags } from './segment-terms';

export const AUDIENCE_DEBOUNCE_MS = 300;

export function SegmentInput({
  value,
  onChange,
  errors,
  id,
}: {
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  id?: string;
}) {
  const { t } = useTranslation();
  const statusId = useId();
  const tags = useTags();
  const debounced = useDebouncedValue(value.trim(), AUDIENCE_DEBOUNCE_MS);
  const audience = useAudience(debounced);

  const { prefix, head } = currentTerm(value);
  const used = usedTags(value);
  const suggestions = (tags.data ?? [])
    .filter((tag) => tag.name.startsWith(prefix) && !used.has(tag.name))
    .slice(0, 12);

  const audienceError =
    audience.error instanceof ApiError
      ? (audience.error.fieldErrors.segment ?? audience.error.fieldErrors.segment_rule ?? audience.error.generalErrors)
      : audience.error
        ? [audience.error.message]
        : [];
  const allErrors = [...(errors ?? []), ...audienceError.filter((e) => !(errors ?? []).includes(e))];

  const pending = debounced !== value.trim() || audience.isFetching;

  const applySuggestion = (name: string) => {
    onChange(`${head}${name}`);
  };

  return (
    <TextField
      id={id}
      label={t('form.segment')}
      name="segment_rule"
      value={value}
      autoComplete="off"
      spellCheck={false}
      placeholder="vip,tw"
      onChange={(e) => onChange(e.target.value)}
      hint={t('form.segmentHint')}
      errors={allErrors}
      describedById={statusId}
      footer={
        <div className="space-y-2">
          <p id={statusId} aria-live="polite" className="text-sm font-medium text-slate-700" data-testid="audience-size" aria-busy={pending}>
            {audienceError.length
              ? null
              : pending
                ? t('form.audienceChecking')
                : audience.data
                  ? t('form.audienceSize', { count: audience.data.audience_size })
                  : null}
          </p>
          {suggestions.length > 0 ? (
            <div className="flex flex-wrap items-center gap-1.5">
              <span className="text-xs text-slate-500">{t('form.suggestions')}:</span>
              {suggestions.map((tag) => (
                <button
                  key={tag.id}
                  type="button"
                  onClick={() => applySuggestion(tag.name)}
                  aria-label={t('form.addTag', { tag: tag.name, count: tag.contact_count })}
                  className="rounded-full border border-indigo-200 bg-indigo-50 px-2 py-0.5 text-xs text-indigo-700 hover:bg-indigo-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-indigo-600"
                >
                  {tag.name} <span className="text-indigo-400">{tag.contact_count}</span>
                </button>
              ))}
            </div>
          ) : null}
        </div>
      }
    />
  );
}
