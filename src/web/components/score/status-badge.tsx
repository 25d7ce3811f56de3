/**
 * The status of a score: the policy's band (icon + text + colour) or, when there is no score, the
 * item's state (suspended, missing data, no target, error, blocked) with an icon and a text of its own.
 * Colour is never the only signal.
 */
import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import type { ItemState, StatusBand } from './score-queries.js';
import './score.css';

const STATE_ICONS: Record<ItemState, string> = {
  scored: 'it-check',
  manual: 'it-pencil',
  suspended: 'it-minus-circle',
  missing: 'it-help-circle',
  no_target: 'it-minus',
  error: 'it-error',
  blocked: 'it-clock',
};

const NEUTRAL = '#5c6f82';

interface StatusBadgeProps {
  band: StatusBand | null;
  state: ItemState;
}

export function StatusBadge({ band, state }: StatusBadgeProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const colour = band?.colour ?? NEUTRAL;
  const text = band ? band.label[language] : t(`performance.states.${state}`);
  return (
    <span className="status-badge" style={{ borderColor: colour }} data-band={band?.key ?? state}>
      <Icon icon={band?.icon ?? STATE_ICONS[state]} size="sm" style={{ fill: colour }} aria-hidden="true" className="status-badge-icon" />
      <span>{text}</span>
    </span>
  );
}
