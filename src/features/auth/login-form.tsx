import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/errors.ts';
import { normaliseInstance } from '@/lib/instance-origin.ts';
import type { Language } from '@/lib/i18n.ts';
import { startSignIn } from './sign-in.ts';
import { useSessionState } from './session-context.tsx';

const LOCAL_INSTANCE = 'http://127.0.0.1:3000';

export function LoginForm({ returnTo }: { returnTo: string }) {
  const { t, i18n } = useTranslation();
  const { sessions } = useSessionState();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState, setValue } = useForm<{ instance: string }>({ defaultValues: { instance: '' } });

  const signIn = async ({ instance }: { instance: string }) => {
    setFailure(null);
    const result = normaliseInstance(instance);
    if (!result.ok) return;
    try {
      await startSignIn({
        origin: result.origin,
        // A second account on the same instance must not silently reuse the browser's login there.
        forceLogin: sessions.some((s) => s.origin === result.origin),
        returnTo,
        lang: i18n.language as Language,
      });
    } catch (error) {
      const host = new URL(result.origin).host;
      setFailure(
        error instanceof ApiError && error.kind === 'network'
          ? t('login.unreachable', { host })
          : error instanceof ApiError && (error.kind === 'not_found' || error.kind === 'bad_response')
            ? t('login.notMastodon', { host })
            : t('login.failed', { host }),
      );
    }
  };

  const validate = (value: string) => {
    const result = normaliseInstance(value);
    return result.ok || t(`login.invalid.${result.reason}`);
  };
  const error = formState.errors.instance?.message;

  return (
    <form className="card login" onSubmit={handleSubmit(signIn)} noValidate>
      <h1>{t('login.title')}</h1>
      <p className="muted">{t('login.intro')}</p>
      <label htmlFor="instance">{t('login.instanceLabel')}</label>
      <input
        id="instance"
        autoFocus
        autoComplete="url"
        inputMode="url"
        spellCheck={false}
        placeholder="mastodon.social"
        aria-invalid={error ? true : undefined}
        aria-describedby="instance-help"
        {...register('instance', { validate })}
      />
      <p id="instance-help" className={error ? 'field-error' : 'muted small'} role={error ? 'alert' : undefined}>
        {error ?? t('login.instanceHelp')}
      </p>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('login.redirecting') : t('login.submit')}
        </button>
        {import.meta.env.DEV && (
          <button
            type="button"
            className="button"
            disabled={formState.isSubmitting}
            onClick={() => {
              setValue('instance', LOCAL_INSTANCE);
              void handleSubmit(signIn)();
            }}
          >
            {t('login.useLocal')}
          </button>
        )}
      </div>
    </form>
  );
}
