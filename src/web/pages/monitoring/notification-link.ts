/**
 * Where a notification leads in the web application, from its kind and link: a rejected value to the
 * entry grid at that measure, a submitted value to the validation page, a campaign to the entry grid of
 * its period; a year waiting for the OIV to the home page (the cycle overview).
 */
export interface NotificationTarget {
  to: '/inserimento-dati' | '/validazione' | '/';
  search: { periodo?: string; misura?: string };
}

export function notificationTarget(subjectType: string, kind: string, link: Record<string, string | number>): NotificationTarget {
  const periodo = typeof link.period === 'string' && link.period !== '' ? link.period : undefined;
  const misura = typeof link.measure === 'string' ? link.measure : undefined;
  const only = <T extends object>(search: T) => Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as T;
  if (subjectType === 'measure_value' && kind === 'validation_requested') return { to: '/validazione', search: only({ periodo }) };
  if (subjectType === 'measure_value') return { to: '/inserimento-dati', search: only({ periodo, misura }) };
  if (subjectType === 'campaign') return { to: '/inserimento-dati', search: only({ periodo }) };
  return { to: '/', search: {} };
}
