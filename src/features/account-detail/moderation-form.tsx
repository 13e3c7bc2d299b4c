import type { ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { useTranslation } from 'react-i18next';
import { ACTION_TYPES, type AccountAction, type ActionType } from '@/api/admin-accounts.ts';
import type { SignedIn } from '@/api/http.ts';
import type { AdminAccount } from '@/api/types.ts';
import { openReportsQuery, warningPresetsQuery } from './queries.ts';

const schema = z.object({
  type: z.enum(ACTION_TYPES),
  text: z.string().check(z.maxLength(5000)),
  warning_preset_id: z.string().check(z.trim(), z.regex(/^\d*$/, { message: 'preset' })),
  report_id: z.string(),
  send_email_notification: z.boolean(),
});
type Values = z.infer<typeof schema>;

/** The types already in force, which the form disables. Remote accounts have no login to freeze. */
function unavailableTypes(account: AdminAccount): Set<ActionType> {
  const off = new Set<ActionType>();
  if (account.sensitized) off.add('sensitive');
  if (account.disabled || account.domain !== null) off.add('disable');
  if (account.silenced) off.add('silence');
  if (account.suspended) off.add('suspend');
  return off;
}

export interface ModerationFormProps {
  session: SignedIn;
  account: AdminAccount;
  acct: string;
  canSeeReports: boolean;
  pending: boolean;
  /** Why the last submit failed, shown beside the buttons. */
  error: ReactNode;
  onSubmit: (action: AccountAction) => void;
  onCancel: () => void;
}

/**
 * Warn, mark sensitive, freeze, limit or suspend, with a reason, an optional preset and report, and
 * the e-mail choice sent explicitly (Mastodon's default is to send). The summary says what will happen.
 */
export function ModerationForm({ session, account, acct, canSeeReports, pending, error, onSubmit, onCancel }: ModerationFormProps) {
  const { t } = useTranslation();
  const off = unavailableTypes(account);
  const presets = useQuery(warningPresetsQuery(session));
  const reports = useQuery({ ...openReportsQuery(session, account.id), enabled: canSeeReports });
  const { register, handleSubmit, control, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { type: ACTION_TYPES.find((type) => !off.has(type)) ?? 'none', text: '', warning_preset_id: '', report_id: '', send_email_notification: true },
  });
  const type = useWatch({ control, name: 'type' });
  const notify = useWatch({ control, name: 'send_email_notification' });
  const remote = account.domain !== null;

  const submit = handleSubmit((values) =>
    onSubmit({
      type: values.type,
      text: values.text,
      send_email_notification: values.send_email_notification,
      warning_preset_id: values.warning_preset_id.trim() || undefined,
      report_id: values.report_id || undefined,
    }),
  );

  return (
    <form onSubmit={(event) => void submit(event)} className="moderation-form" noValidate>
      <fieldset>
        <legend>{t('moderate.type')}</legend>
        {ACTION_TYPES.filter((value) => !(value === 'disable' && remote)).map((value) => (
          <label key={value} className="choice">
            <input type="radio" value={value} disabled={off.has(value)} {...register('type')} />
            <span>
              <strong>{t(`moderate.types.${value}`)}</strong>
              <span className="hint">{off.has(value) ? t('moderate.inForce') : t(`moderate.hints.${value}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor="moderate-text">{t('moderate.text')}</label>
        <textarea id="moderate-text" rows={3} {...register('text')} />
      </div>

      {presets.data ? (
        <div className="field">
          <label htmlFor="moderate-preset">{t('moderate.preset')}</label>
          <select id="moderate-preset" {...register('warning_preset_id')}>
            <option value="">{t('moderate.noPreset')}</option>
            {presets.data.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.title || preset.text.slice(0, 60)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="field">
          <label htmlFor="moderate-preset">{t('moderate.presetId')}</label>
          <input id="moderate-preset" inputMode="numeric" autoComplete="off" aria-describedby="moderate-preset-hint" aria-invalid={formState.errors.warning_preset_id ? true : undefined} {...register('warning_preset_id')} />
          <span id="moderate-preset-hint" className="hint">
            {t('moderate.presetIdHint')}
          </span>
          {formState.errors.warning_preset_id && (
            <span className="field-error" role="alert">
              {t('moderate.presetInvalid')}
            </span>
          )}
        </div>
      )}

      {canSeeReports && (
        <div className="field">
          <label htmlFor="moderate-report">{t('moderate.report')}</label>
          <select id="moderate-report" {...register('report_id')} disabled={reports.isPending}>
            <option value="">{reports.isPending ? t('common.loading') : t('moderate.noReport', { count: reports.data?.length ?? 0 })}</option>
            {reports.data?.map((report) => (
              <option key={report.id} value={report.id}>
                {t('moderate.reportOption', { id: report.id, category: report.category, comment: report.comment.slice(0, 60) })}
              </option>
            ))}
          </select>
        </div>
      )}

      <label className="choice">
        <input type="checkbox" {...register('send_email_notification')} />
        <span>{t('moderate.notify')}</span>
      </label>

      {/* Stays in view in a short window, so the consequences are read before the button is pressed. */}
      <div className="dialog-actions">
        <p className="summary" aria-live="polite">
          <strong>{t(`moderate.types.${type}`)}:</strong> {t(`moderate.consequences.${type}`)} {remote ? t('moderate.mailRemote') : notify ? t('moderate.mailYes') : t('moderate.mailNo')}
        </p>
        {error}
        <div className="row">
          <button type="submit" className={`button ${type === 'suspend' ? 'danger' : 'primary'}`} disabled={pending} aria-busy={pending}>
            {pending ? t('actions.working') : t('moderate.submit', { action: t(`moderate.types.${type}`), acct })}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </form>
  );
}
