/** The label of a tree level (or of the section, for entity and unit objectives without a level). */
import type { TFunction } from 'i18next';

const LEVELS = ['strategic_area', 'strategic_objective', 'program', 'operational_objective', 'action'] as const;
const SECTIONS = ['tree', 'entity', 'unit'] as const;

export function levelLabel(t: TFunction, level: string | null, section: string): string {
  if (level && (LEVELS as readonly string[]).includes(level)) return t(`performance.levels.${level as (typeof LEVELS)[number]}`);
  if ((SECTIONS as readonly string[]).includes(section)) return t(`performance.sections.${section as (typeof SECTIONS)[number]}`);
  return level ?? section;
}

export const LEVEL_KEYS = LEVELS;
