/** The navigator's search box: a GET form (works without JavaScript), with suggestions when it runs. */
export function SearchForm(props: { value?: string | undefined }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: hono/jsx has no <search> element type
    <form action="/search" method="get" role="search" class="nhsuk-u-margin-bottom-5">
      <div class="nhsuk-form-group">
        <label class="nhsuk-label nhsuk-label--s" for="q">
          Organisation name or ODS code
        </label>
        <div class="nhsuk-hint" id="q-hint">
          For example, King's College Hospital or RJZ
        </div>
        <input
          class="nhsuk-input nhsuk-input--width-30"
          id="q"
          name="q"
          type="search"
          autocomplete="off"
          aria-describedby="q-hint"
          aria-controls="q-suggestions"
          data-suggest
          value={props.value}
        />
        <ul class="tessera-suggestions" id="q-suggestions" aria-live="polite" />
      </div>
      <button class="nhsuk-button" data-module="nhsuk-button" type="submit">
        Search
      </button>
    </form>
  );
}
