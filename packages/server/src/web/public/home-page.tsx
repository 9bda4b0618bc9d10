import type { Navigation } from '@tessera/core';
import { SearchForm } from './search-form.js';
import type { OrganisationHit } from './organisation-index.js';

/** `/`: what Tessera is, and the navigator's search box. */
export function HomePage() {
  return (
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        <h1>Find help for your organisation</h1>
        <p class="nhsuk-lede-text">
          Tessera connects every NHS organisation in England with the networks that help it improve
          and develop its leaders. Search for your organisation to see its Academic Health Science
          Network, clinical networks, senate and leadership partner, what each offers, and how to
          ask them for help.
        </p>
        <SearchForm />
      </div>
    </div>
  );
}

/** `/search`: the organisations that match, or none. */
export function SearchResults(props: { q: string; hits: OrganisationHit[] }) {
  return (
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        <h1>Search results</h1>
        <SearchForm value={props.q} />
        {props.hits.length === 0 ? (
          <p class="nhsuk-body">
            {props.q ? `No organisation matches "${props.q}".` : 'Enter a name or an ODS code.'} Try
            part of its name, or its ODS code.
          </p>
        ) : (
          <>
            <p class="nhsuk-body">
              {props.hits.length === 50 ? 'The first 50' : props.hits.length} organisations match "
              {props.q}".
            </p>
            <ul class="nhsuk-list nhsuk-list--border">
              {props.hits.map((h) => (
                <li>
                  <a href={`/organisations/${encodeURIComponent(h.odsCode)}`}>{h.name}</a>{' '}
                  <span class="nhsuk-body-s">({h.odsCode})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

/** The confirmation after "ask for help". */
export function AskedPage(props: { nav: Navigation; routedTo?: string }) {
  const nets = [props.nav.ahsn, props.nav.ldp, props.nav.senate, ...props.nav.clinicalNetworks];
  const to = nets.find((n) => n && n.id === props.routedTo);
  return (
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        <div class="nhsuk-panel">
          <h1 class="nhsuk-panel__title">Question sent</h1>
          <div class="nhsuk-panel__body">
            {to ? `It has gone to ${to.name}.` : 'It has gone to the right network.'}
          </div>
        </div>
        <p class="nhsuk-body">They will reply to the email address you gave.</p>
        <p class="nhsuk-body">
          <a href={`/organisations/${encodeURIComponent(props.nav.organisation.odsCode ?? '')}`}>
            Back to {props.nav.organisation.name}
          </a>
        </p>
      </div>
    </div>
  );
}
