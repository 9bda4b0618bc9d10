import { CsrfField } from './form-fields.js';

export interface WorkflowStep {
  /** The path segment of the API's step, e.g. `submit` or `sign-off`. */
  action: string;
  label: string;
  /** A comment box is shown (and needed, for returns and reopening). */
  comment?: boolean;
}

/** One small form per workflow step the user may take now; each posts with the CSRF token. */
export function WorkflowButtons(props: {
  action: string;
  csrf: string;
  steps: WorkflowStep[];
  idPrefix: string;
}) {
  if (props.steps.length === 0) return null;
  return (
    <div>
      {props.steps.map((s) => (
        <form class="tessera-inline-form" action={props.action} method="post" novalidate>
          <CsrfField token={props.csrf} />
          <input type="hidden" name="step" value={s.action} />
          {s.comment ? (
            <div class="nhsuk-form-group">
              <label class="nhsuk-label" for={`${props.idPrefix}-${s.action}-comment`}>
                Comment for {s.label.toLowerCase()}
              </label>
              <input
                class="nhsuk-input"
                id={`${props.idPrefix}-${s.action}-comment`}
                name="comment"
                type="text"
              />
            </div>
          ) : null}
          <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
            {s.label}
          </button>
        </form>
      ))}
    </div>
  );
}
