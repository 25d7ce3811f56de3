/**
 * Measures found by the prose-formula importer: one per distinct name, with a generated code
 * (`M001`, `M002`, … in order of first appearance), shared by every indicator that uses the name.
 */
import type { Measure } from '../../core/plan/plan.schema.js';

export class MeasureRegistry {
  private readonly byName = new Map<string, Measure>();

  constructor(private readonly prefix = 'M') {}

  /** The code of the measure with this name, creating it on first sight. */
  codeFor(name: string): string {
    const existing = this.byName.get(name);
    if (existing) return existing.code;
    const code = `${this.prefix}${String(this.byName.size + 1).padStart(3, '0')}`;
    this.byName.set(name, { code, name: name.slice(0, 500), unit: 'number' });
    return code;
  }

  measures(): Measure[] {
    return [...this.byName.values()];
  }
}
