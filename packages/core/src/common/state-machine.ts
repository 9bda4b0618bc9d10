import { ConflictError, ValidationError, type FieldIssue } from '../errors/domain-error.js';

/** One edge of a workflow: `action` takes a record from `from` to `to`; `who` is the least role that may. */
export interface Transition<S extends string, A extends string, W extends string> {
  from: S;
  action: A;
  to: S;
  who: W;
}

/** What a workflow's messages call its records: `an enquiry` / `the enquiry`. */
export interface WorkflowSubject {
  indefinite: string;
  definite: string;
}

/** A workflow defined by `defineStateMachine`. */
export interface StateMachine<S extends string, A extends string, W extends string> {
  readonly transitions: readonly Transition<S, A, W>[];
  /** The actions allowed from a status, in the machine's action order (none for an unknown status). */
  allowed(status: S): A[];
  /** The status an action leads to, or a `ConflictError` (code `illegal_transition`). */
  next(status: S, action: A): S;
  /** The least role that may take an action (the same from every status it leaves). */
  whoMay(action: A): W;
  /** Throws a `ValidationError` listing `issues` when there are any (a refused step). */
  refuse(action: A, issues: readonly FieldIssue[]): void;
}

/**
 * A typed state machine from a table of transitions (from, action, to, who may). `next` refuses a
 * step the table lacks with a 409 `illegal_transition` naming the status, the action and the
 * allowed actions; `refuse` turns a step's field issues into one 400 `ValidationError`.
 * @example
 * const door = defineStateMachine({
 *   subject: { indefinite: 'a door', definite: 'the door' },
 *   actions: ['open', 'close'],
 *   transitions: [
 *     { from: 'shut', action: 'open', to: 'open', who: 'editor' },
 *     { from: 'open', action: 'close', to: 'shut', who: 'editor' },
 *   ],
 * });
 * door.next('shut', 'open') // 'open'
 */
export function defineStateMachine<S extends string, A extends string, W extends string>(spec: {
  subject: WorkflowSubject;
  /** Every action, in the order `allowed` lists them. */
  actions: readonly A[];
  transitions: readonly Transition<S, A, W>[];
}): StateMachine<S, A, W> {
  const edges = new Map(spec.transitions.map((t) => [`${t.from}\u0000${t.action}`, t]));
  const who = new Map<A, W>();
  for (const t of spec.transitions) {
    if ((who.get(t.action) ?? t.who) !== t.who)
      throw new Error(
        `${t.action} needs one role from every status, not ${who.get(t.action)} and ${t.who}`,
      );
    who.set(t.action, t.who);
  }
  const allowed = (status: S): A[] => spec.actions.filter((a) => edges.has(`${status}\u0000${a}`));
  return {
    transitions: spec.transitions,
    allowed,
    next(status, action) {
      const edge = edges.get(`${status}\u0000${action}`);
      if (edge) return edge.to;
      const ok = allowed(status);
      throw new ConflictError(
        `Cannot ${action} ${spec.subject.indefinite} that is ${status}; allowed: ${ok.length ? ok.join(', ') : 'none'}`,
        { status, action, allowed: ok },
        'illegal_transition',
      );
    },
    whoMay(action) {
      const w = who.get(action);
      if (w === undefined) throw new Error(`no transition takes the action ${action}`);
      return w;
    },
    refuse(action, issues) {
      if (issues.length === 0) return;
      throw new ValidationError(
        `Cannot ${action} ${spec.subject.definite}: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        [...issues],
      );
    },
  };
}

/** Who and when of a workflow step, with an optional comment. */
export interface StepContext {
  by: string;
  at: string;
  comment?: string;
}

/**
 * The issues every workflow step shares, in order: who takes it (1-200 characters), when (`atIssues`
 * checks it: workflows differ), and a comment of at most 2000 characters.
 */
export function stepContextIssues(
  ctx: StepContext,
  atIssues: (at: unknown) => FieldIssue[],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (typeof ctx.by !== 'string' || ctx.by.trim() === '' || ctx.by.length > 200)
    issues.push({
      path: ['by'],
      message: 'who takes the step is required (at most 200 characters)',
    });
  issues.push(...atIssues(ctx.at));
  if (ctx.comment !== undefined && ctx.comment.length > 2000)
    issues.push({ path: ['comment'], message: 'at most 2000 characters' });
  return issues;
}
