import { ValidationError } from '../errors/domain-error.js';
import type { AssuranceStep } from '../governance/assurance-return.js';
import { nextStatus } from '../governance/assurance-workflow.js';
import type { BusinessPlan } from './business-plan.js';

/**
 * Submits a business plan for sign-off by the Regional Medical Team (annex G 58.e, 59.b): a plan
 * needs at least one deliverable. Review, return and sign-off are the team's decisions, made at the
 * hub (`decideAssessment`). Throws `ConflictError` unless the plan is a draft.
 * @example submitBusinessPlan(plan, { by: 'AHSN director', at: '2015-04-01T09:00:00Z' }).assessment // 'submitted'
 */
export function submitBusinessPlan<
  P extends Pick<BusinessPlan, 'assessment' | 'history' | 'deliverables'>,
>(plan: P, ctx: { by: string; at: string; comment?: string }): P {
  const to = nextStatus(plan.assessment ?? 'draft', 'submit');
  if ((plan.deliverables ?? []).length === 0)
    throw new ValidationError(
      'A business plan needs at least one deliverable before it is submitted',
      [
        {
          path: ['deliverables'],
          message: 'a plan needs at least one deliverable before it is submitted',
        },
      ],
    );
  const step: AssuranceStep = {
    action: 'submit',
    from: plan.assessment ?? 'draft',
    to,
    by: ctx.by,
    at: ctx.at,
    ...(ctx.comment ? { comment: ctx.comment } : {}),
  };
  return { ...plan, assessment: to, history: [...(plan.history ?? []), step] };
}
