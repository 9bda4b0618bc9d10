import type { Child } from 'hono/jsx';

/** The hidden CSRF field every form carries. */
export const CsrfField = (props: { token: string }) => (
  <input type="hidden" name="_csrf" value={props.token} />
);

/** A field's error, by field name, as the design system shows it. */
export type FieldErrors = Record<string, string>;

/** The NHS error summary: focused on load by the design system's script, links to each field. */
export function ErrorSummary(props: { errors: FieldErrors }) {
  const entries = Object.entries(props.errors);
  if (entries.length === 0) return null;
  return (
    <div class="nhsuk-error-summary" data-module="nhsuk-error-summary">
      <div role="alert">
        <h2 class="nhsuk-error-summary__title">There is a problem</h2>
        <div class="nhsuk-error-summary__body">
          <ul class="nhsuk-list nhsuk-error-summary__list">
            {entries.map(([field, message]) => (
              <li>
                <a href={`#${field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  value?: string | number | undefined;
  type?: string;
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  autocomplete?: string;
  required?: boolean;
  inputmode?: 'decimal' | 'numeric' | 'text' | 'email';
  step?: string;
}

function Group(props: { name: string; error: string | undefined; children: Child }) {
  return (
    <div class={`nhsuk-form-group${props.error ? ' nhsuk-form-group--error' : ''}`}>
      {props.children}
    </div>
  );
}

const ErrorMessage = (props: { name: string; error: string | undefined }) =>
  props.error ? (
    <span class="nhsuk-error-message" id={`${props.name}-error`}>
      <span class="nhsuk-u-visually-hidden">Error:</span> {props.error}
    </span>
  ) : null;

export const describedBy = (p: { name: string; hint?: string | undefined }, error?: string) =>
  [p.hint ? `${p.name}-hint` : '', error ? `${p.name}-error` : ''].filter(Boolean).join(' ') ||
  undefined;

/** A field's label, hint and error message around its control, as the design system lays them out. */
export function Field(props: {
  name: string;
  label: string;
  hint?: string | undefined;
  error: string | undefined;
  children: Child;
}) {
  return (
    <Group name={props.name} error={props.error}>
      <label class="nhsuk-label" for={props.name}>
        {props.label}
      </label>
      {props.hint ? (
        <div class="nhsuk-hint" id={`${props.name}-hint`}>
          {props.hint}
        </div>
      ) : null}
      <ErrorMessage name={props.name} error={props.error} />
      {props.children}
    </Group>
  );
}

/** A labelled text input with its hint and error. */
export function TextInput(props: FieldProps) {
  const error = props.errors?.[props.name];
  return (
    <Field name={props.name} label={props.label} hint={props.hint} error={error}>
      <input
        class={`nhsuk-input${props.width ? ` nhsuk-input--width-${props.width}` : ''}${error ? ' nhsuk-input--error' : ''}`}
        id={props.name}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value === undefined ? undefined : String(props.value)}
        aria-describedby={describedBy(props, error)}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        step={props.step}
        required={props.required}
      />
    </Field>
  );
}

/** A labelled textarea with its hint and error. */
export function TextArea(props: FieldProps & { rows?: number }) {
  const error = props.errors?.[props.name];
  return (
    <Field name={props.name} label={props.label} hint={props.hint} error={error}>
      <textarea
        class={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
        id={props.name}
        name={props.name}
        rows={props.rows ?? 5}
        aria-describedby={describedBy(props, error)}
      >
        {props.value === undefined ? '' : String(props.value)}
      </textarea>
    </Field>
  );
}

/** A labelled select. */
export function Select(props: FieldProps & { options: { value: string; text: string }[] }) {
  const error = props.errors?.[props.name];
  return (
    <Field name={props.name} label={props.label} hint={props.hint} error={error}>
      <select
        class={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        id={props.name}
        name={props.name}
        aria-describedby={describedBy(props, error)}
      >
        {props.options.map((o) => (
          <option value={o.value} selected={String(props.value ?? '') === o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A primary (or secondary) button submitting its form. */
export const Button = (props: {
  children: Child;
  secondary?: boolean;
  name?: string;
  value?: string;
}) => (
  <button
    class={`nhsuk-button${props.secondary ? ' nhsuk-button--secondary' : ''}`}
    data-module="nhsuk-button"
    type="submit"
    name={props.name}
    value={props.value}
  >
    {props.children}
  </button>
);

/** A form that posts with its CSRF field. */
export const PostForm = (props: {
  action: string;
  csrf: string;
  children: Child;
  enctype?: 'multipart/form-data';
}) => (
  <form action={props.action} method="post" novalidate enctype={props.enctype}>
    <CsrfField token={props.csrf} />
    {props.children}
  </form>
);

/** One field of a form described as data: a text input unless it says select or textarea. */
export type FieldSpec = Omit<FieldProps, 'value' | 'errors'> &
  (
    | { kind?: 'text' }
    | { kind: 'select'; options: { value: string; text: string }[] }
    | { kind: 'textarea'; rows?: number }
  );

/** A form's fields one after another, each showing its value and error from the form's state. */
export function Fields(props: {
  fields: readonly FieldSpec[];
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  return (
    <>
      {props.fields.map((f) => {
        const state = { value: props.values[f.name], errors: props.errors };
        if (f.kind === 'select') return <Select {...f} {...state} />;
        if (f.kind === 'textarea') return <TextArea {...f} {...state} />;
        return <TextInput {...f} {...state} />;
      })}
    </>
  );
}
