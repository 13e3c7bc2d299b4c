import { useEffect, useEffectEvent, useRef, type BaseSyntheticEvent, type ReactNode } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod/mini';
import { useTranslation } from 'react-i18next';
import { ORIGINS, STATUSES, type AccountFilters } from '@/api/account-filters.ts';
import { isIpOrCidr } from '@/lib/ip.ts';
import { compactFilters } from './filters.ts';
import type { RoleChoice } from './roles.ts';

const TYPING_PAUSE_MS = 300;
const STAFF = 'staff';

const formSchema = z.object({
  origin: z.string(),
  status: z.string(),
  role: z.string(),
  username: z.string(),
  display_name: z.string(),
  email: z.string(),
  ip: z.string().check(z.refine((value) => value.trim() === '' || isIpOrCidr(value), { message: 'ip' })),
  by_domain: z.string(),
  invited_by: z.string().check(z.refine((value) => /^\d*$/.test(value.trim()), { message: 'invited_by' })),
});
type FormValues = z.infer<typeof formSchema>;

function toForm(filters: AccountFilters): FormValues {
  return {
    origin: filters.origin ?? '',
    status: filters.status ?? '',
    role: filters.permissions === 'staff' ? STAFF : (filters.role_ids ?? []).join(','),
    username: filters.username ?? '',
    display_name: filters.display_name ?? '',
    email: filters.email ?? '',
    ip: filters.ip ?? '',
    by_domain: filters.by_domain ?? '',
    invited_by: filters.invited_by ?? '',
  };
}

function fromForm(values: FormValues): AccountFilters {
  const trimmed = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim()])) as FormValues;
  return compactFilters({
    origin: (trimmed.origin || undefined) as AccountFilters['origin'],
    status: (trimmed.status || undefined) as AccountFilters['status'],
    permissions: trimmed.role === STAFF ? 'staff' : undefined,
    role_ids: trimmed.role && trimmed.role !== STAFF ? trimmed.role.split(',') : undefined,
    username: trimmed.username,
    display_name: trimmed.display_name,
    email: trimmed.email,
    ip: trimmed.ip,
    by_domain: trimmed.by_domain.toLowerCase(),
    invited_by: trimmed.invited_by,
  });
}

const sameFilters = (a: AccountFilters, b: AccountFilters) => JSON.stringify(toForm(a)) === JSON.stringify(toForm(b));

export interface FilterFormProps {
  filters: AccountFilters;
  roles: readonly RoleChoice[];
  onApply: (filters: AccountFilters) => void;
}

/**
 * The v2 filters. Selects apply at once; text applies on Enter or after a pause in typing. The URL is
 * the source of truth: back, forward and pivot links reset the form to what the URL says.
 */
export function FilterForm({ filters, roles, onApply }: FilterFormProps) {
  const { t } = useTranslation();
  const form = useForm<FormValues>({ defaultValues: toForm(filters), resolver: zodResolver(formSchema) });
  const { register, handleSubmit, reset, subscribe, formState } = form;
  const applied = useRef(filters);
  const typingTimer = useRef<number | undefined>(undefined);

  const apply = (values: FormValues) => {
    window.clearTimeout(typingTimer.current);
    const next = fromForm(values);
    if (sameFilters(next, applied.current)) return;
    applied.current = next;
    onApply(next);
  };
  const submit = (event?: BaseSyntheticEvent) => handleSubmit(apply)(event);

  // The URL changed without this form (back/forward, a pivot link, a shared URL): show what it says.
  useEffect(() => {
    if (sameFilters(filters, applied.current)) return;
    applied.current = filters;
    window.clearTimeout(typingTimer.current);
    reset(toForm(filters));
  }, [filters, reset]);

  const onFieldChange = useEffectEvent((name: keyof FormValues) => {
    window.clearTimeout(typingTimer.current);
    if (name === 'origin' || name === 'status' || name === 'role') void submit();
    else typingTimer.current = window.setTimeout(() => void submit(), TYPING_PAUSE_MS);
  });

  useEffect(() => {
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: ({ name, type }) => {
        if (type === 'change' && name) onFieldChange(name as keyof FormValues);
      },
    });
    return () => {
      unsubscribe();
      window.clearTimeout(typingTimer.current);
    };
  }, [subscribe]);

  const selectedRole = toForm(filters).role;
  const unknownRole = selectedRole && selectedRole !== STAFF && !roles.some((role) => role.id === selectedRole);

  const text = (name: 'username' | 'display_name' | 'email' | 'by_domain', hint: string, placeholder?: string) => (
    <Field id={`filter-${name}`} label={t(`filters.${name}`)} hint={hint}>
      <input id={`filter-${name}`} type="search" autoComplete="off" spellCheck={false} placeholder={placeholder} {...register(name)} aria-describedby={`filter-${name}-hint`} />
    </Field>
  );

  return (
    <form className="filters" role="search" aria-label={t('filters.label')} onSubmit={(event) => void submit(event)} noValidate>
      <Field id="filter-origin" label={t('filters.origin')}>
        <Select registration={register('origin')} id="filter-origin" options={[['', t('filters.any')], ...ORIGINS.map((o) => [o, t(`filters.origins.${o}`)] as const)]} />
      </Field>
      <Field id="filter-status" label={t('filters.status')}>
        <Select registration={register('status')} id="filter-status" options={[['', t('filters.any')], ...STATUSES.map((s) => [s, t(`filters.statuses.${s}`)] as const)]} />
      </Field>
      <Field id="filter-role" label={t('filters.role')}>
        <Select
          registration={register('role')}
          id="filter-role"
          options={[
            ['', t('filters.any')],
            [STAFF, t('filters.staff')],
            ...roles.map((role) => [role.id, role.name] as const),
            ...(unknownRole ? [[selectedRole, t('filters.roleIds', { ids: selectedRole })] as const] : []),
          ]}
        />
      </Field>
      {text('username', t('filters.prefixHint'))}
      {text('display_name', t('filters.prefixHint'))}
      {text('email', t('filters.emailHint'), '%@spam.example')}
      <Field id="filter-ip" label={t('filters.ip')} hint={t('filters.ipHint')} error={formState.errors.ip && t('filters.ipInvalid')}>
        <input
          id="filter-ip"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder="203.0.113.0/24"
          aria-invalid={formState.errors.ip ? true : undefined}
          aria-describedby="filter-ip-hint filter-ip-error"
          {...register('ip')}
        />
      </Field>
      {text('by_domain', t('filters.domainHint'))}
      <Field id="filter-invited_by" label={t('filters.invited_by')} hint={t('filters.invitedByHint')} error={formState.errors.invited_by && t('filters.invitedByInvalid')}>
        <input
          id="filter-invited_by"
          type="search"
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={formState.errors.invited_by ? true : undefined}
          aria-describedby="filter-invited_by-hint filter-invited_by-error"
          {...register('invited_by')}
        />
      </Field>
      <div className="filter-actions">
        <button type="submit" className="sr-only" tabIndex={-1}>
          {t('filters.apply')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            window.clearTimeout(typingTimer.current);
            applied.current = {};
            reset(toForm({}));
            onApply({});
          }}
        >
          {t('filters.reset')}
        </button>
      </div>
    </form>
  );
}

function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string | false; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

function Select({ id, registration, options }: { id: string; registration: UseFormRegisterReturn; options: readonly (readonly [string, string])[] }) {
  return (
    <select id={id} {...registration}>
      {options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}
