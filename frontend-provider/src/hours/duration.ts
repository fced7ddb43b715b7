type T = (key: string, options?: Record<string, unknown>) => string;

/** Worked time as people say it: "2 u 45 min", "3 u", "45 min". */
export function formatDuration(t: T, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('hours.duration.minutes', { minutes: rest });
  if (rest === 0) return t('hours.duration.hours', { hours });
  return t('hours.duration.both', { hours, minutes: rest });
}
