/**
 * State machines as data: each transition names the states it leaves, the state it reaches, the
 * action (authorization) it needs and the preconditions it checks. `evaluateTransition` answers
 * whether a transition is allowed now, and if not, every reason why (bilingual), so the API can
 * refuse with a clear problem and the UI can show the caller what they may do and what blocks them.
 * Pure: the caller passes what the decision needs (the current state, the caller's abilities, facts).
 */
import type { Action } from '../authorization/actions.js';

export interface Messages { it: string; en: string }

/** Why a transition is refused. `forbidden`: the caller's role; `state`: the current state; `precondition`: a fact. */
export interface Denial {
  kind: 'forbidden' | 'state' | 'precondition';
  code: string;
  messages: Messages;
}

export interface TransitionSpec<S extends string, F> {
  from: readonly S[];
  /** The state reached; a function when it depends on facts (e.g. reopen goes back where it came from). */
  to: S | ((facts: F) => S);
  action: Action;
  /** Preconditions over the facts: an empty list means they hold. */
  check?: (facts: F) => Denial[];
  label: Messages;
}

export type Machine<S extends string, T extends string, F> = Readonly<Record<T, TransitionSpec<S, F>>>;

export interface TransitionContext<F> {
  /** True when the caller holds the action on the resource (the server asks `can`). */
  allows: (action: Action) => boolean;
  facts: F;
}

export type TransitionVerdict<S extends string> =
  | { allowed: true; to: S }
  | { allowed: false; reasons: Denial[] };

export function denial(kind: Denial['kind'], code: string, it: string, en: string): Denial {
  return { kind, code, messages: { it, en } };
}

export function targetOf<S extends string, F>(spec: TransitionSpec<S, F>, facts: F): S {
  return typeof spec.to === 'function' ? spec.to(facts) : spec.to;
}

/** Whether `transition` may happen from `state` for this caller and these facts; every reason when not. */
export function evaluateTransition<S extends string, T extends string, F>(
  machine: Machine<S, T, F>, state: S, transition: T, context: TransitionContext<F>,
): TransitionVerdict<S> {
  const spec = machine[transition];
  const reasons: Denial[] = [];
  if (!context.allows(spec.action)) {
    reasons.push(denial('forbidden', 'forbidden', 'Il tuo ruolo non consente questa operazione.', 'Your role does not allow this operation.'));
  }
  if (!spec.from.includes(state)) {
    reasons.push(denial('state', 'wrong_state',
      `Operazione «${spec.label.it}» non possibile nello stato «${state}».`,
      `"${spec.label.en}" is not possible in state "${state}".`));
  } else if (spec.check) {
    reasons.push(...spec.check(context.facts));
  }
  return reasons.length === 0 ? { allowed: true, to: targetOf(spec, context.facts) } : { allowed: false, reasons };
}

export interface TransitionOption<S extends string, T extends string> {
  transition: T;
  label: Messages;
  /** The state reached, when allowed. */
  to: S | null;
  allowed: boolean;
  reasons: Denial[];
}

/** The transitions that leave `state` (allowed or blocked, with reasons), for showing what the caller may do. */
export function listTransitions<S extends string, T extends string, F>(
  machine: Machine<S, T, F>, state: S, context: TransitionContext<F>,
): TransitionOption<S, T>[] {
  return (Object.keys(machine) as T[])
    .filter((transition) => machine[transition].from.includes(state))
    .map((transition) => {
      const verdict = evaluateTransition(machine, state, transition, context);
      return {
        transition, label: machine[transition].label,
        to: verdict.allowed ? verdict.to : null, allowed: verdict.allowed, reasons: verdict.allowed ? [] : verdict.reasons,
      };
    });
}

/** Every state reachable in one step from `state` (ignoring roles and facts), for the state diagram. */
export function nextStates<S extends string, T extends string, F>(machine: Machine<S, T, F>, state: S, facts: F): S[] {
  const out = new Set<S>();
  for (const spec of Object.values(machine) as TransitionSpec<S, F>[]) if (spec.from.includes(state)) out.add(targetOf(spec, facts));
  return [...out];
}
