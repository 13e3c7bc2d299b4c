import type { TFunction } from 'i18next';
import { isApiError } from '@/api/errors.ts';

/** A sentence for any failure, in the user's language, naming what happened rather than a code. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.unexpected');
  switch (error.kind) {
    case 'network':
      return t('errors.network');
    case 'unauthorized':
      return t('errors.unauthorized');
    case 'scope':
      return t('errors.scope');
    case 'forbidden':
      return t('errors.forbidden');
    case 'not_found':
      return t('errors.notFound');
    case 'rate_limited':
      return t('errors.rateLimited');
    case 'server':
      return t('errors.server', { status: error.status });
    case 'bad_response':
      return t('errors.badResponse');
    case 'validation':
      return error.serverMessage ? t('errors.validationWith', { message: error.serverMessage }) : t('errors.validation');
    default:
      return error.serverMessage ? t('errors.badRequestWith', { message: error.serverMessage }) : t('errors.badRequest');
  }
}
