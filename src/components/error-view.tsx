import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { errorMessage } from './error-message.ts';

export function ErrorView({ error, onRetry, title, children }: { error: unknown; onRetry?: () => void; title?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="error-view" role="alert">
      <h2>{title ?? t('errors.title')}</h2>
      <p>{errorMessage(error, t)}</p>
      <div className="row">
        {onRetry && (
          <button type="button" className="button primary" onClick={onRetry}>
            {t('common.retry')}
          </button>
        )}
        {children}
      </div>
    </div>
  );
}
