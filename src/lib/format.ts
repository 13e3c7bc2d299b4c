/** Locale-aware formatting through Intl, cached per locale. */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 days ago", in the user's locale. */
export function formatRelative(date: Date, locale: string, now: number = Date.now()): string {
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  const seconds = (date.getTime() - now) / 1000;
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? UNITS[UNITS.length - 1]!;
  return format.format(Math.round(seconds / size), unit);
}

/** The full date and time, for tooltips next to a relative time. */
export function formatDateTime(date: Date, locale: string): string {
  let format = dateTimeFormats.get(locale);
  if (!format) dateTimeFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' })));
  return format.format(date);
}

/**
 * Builds the formatters for a locale ahead of need. The first Intl formatter of a kind costs tens of
 * milliseconds (locale data loads); paying that while a request is in flight keeps it off the
 * first render of the table. The plural rules are the data i18next uses for counts.
 */
export function warmFormats(locale: string): void {
  const now = new Date();
  formatRelative(now, locale);
  formatDateTime(now, locale);
  formatNumber(0, locale);
  new Intl.PluralRules(locale).select(0);
}
