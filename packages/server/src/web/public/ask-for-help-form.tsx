import {
  Button,
  ErrorSummary,
  type FieldErrors,
  PostForm,
  Select,
  TextArea,
  TextInput,
} from '../components/form-fields.js';

export type AskValues = Partial<
  Record<'topic' | 'question' | 'contactName' | 'contactEmail', string>
>;

export const TOPICS = [
  { value: 'improvement', text: 'Improvement (to its AHSN)' },
  { value: 'leadership', text: 'Leadership development (to its Local Delivery Partner)' },
  { value: 'clinical_network', text: 'A clinical network' },
  { value: 'senate_advice', text: 'Clinical senate advice' },
  { value: 'research_evaluation', text: 'Research and evaluation advice' },
  { value: 'other', text: 'Something else' },
];

/** The anonymous "ask for help" form: CSRF token, a honeypot field and the enquiry's fields. */
export function AskForHelpForm(props: {
  odsCode: string;
  csrf: string;
  errors: FieldErrors;
  values: AskValues;
}) {
  return (
    <section aria-labelledby="ask-heading">
      <h2 id="ask-heading">Ask for help</h2>
      <p class="nhsuk-body">
        Your question goes to the right network for its topic, which answers within its service
        level (a first response within 5 working days).
      </p>
      <ErrorSummary errors={props.errors} />
      <PostForm
        action={`/organisations/${encodeURIComponent(props.odsCode)}/ask`}
        csrf={props.csrf}
      >
        <Select
          name="topic"
          label="What is it about?"
          options={TOPICS}
          value={props.values.topic}
          errors={props.errors}
        />
        <TextArea
          name="question"
          label="Your question"
          value={props.values.question}
          errors={props.errors}
        />
        <TextInput
          name="contactName"
          label="Your name"
          autocomplete="name"
          value={props.values.contactName}
          errors={props.errors}
        />
        <TextInput
          name="contactEmail"
          label="Your email address"
          type="email"
          autocomplete="email"
          value={props.values.contactEmail}
          errors={props.errors}
        />
        <div class="tessera-honeypot" aria-hidden="true">
          <label for="website">Leave this field empty</label>
          <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" />
        </div>
        <Button>Send your question</Button>
      </PostForm>
    </section>
  );
}
