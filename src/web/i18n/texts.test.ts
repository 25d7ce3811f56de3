import { describe, expect, it as test } from 'vitest';
import { en as coreEn } from './en.js';
import { featureTextsEn, featureTextsIt } from './feature-texts.js';
import { it as coreIt } from './it.js';

const it = { ...coreIt, ...featureTextsIt };
const en = { ...coreEn, ...featureTextsEn };

function leafPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafPaths(value as object, `${prefix}${key}.`));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

function textAt(tree: object, path: string): string {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree) as string;
}

describe('UI texts', () => {
  test('Italian and English have the same keys', () => {
    expect(leafPaths(en)).toEqual(leafPaths(it));
  });

  test('every English text uses the same placeholders as the Italian one', () => {
    for (const path of leafPaths(it)) {
      expect(placeholders(textAt(en, path)), path).toEqual(placeholders(textAt(it, path)));
    }
  });

  test('no text is empty', () => {
    for (const path of leafPaths(it)) {
      expect(textAt(it, path).trim(), `it.${path}`).not.toBe('');
      expect(textAt(en, path).trim(), `en.${path}`).not.toBe('');
    }
  });
});
