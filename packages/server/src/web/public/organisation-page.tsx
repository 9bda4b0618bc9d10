import { Breadcrumb } from '../components/breadcrumb.js';
import type { Navigation } from '@tessera/core';
import { AskForHelpForm, type AskValues } from './ask-for-help-form.js';
import type { FieldErrors } from '../components/form-fields.js';

type Net = NonNullable<Navigation['ahsn']>;

/** Links only to the web (a stored `javascript:` address is shown as text, never followed). */
export const SafeLink = (props: { href: string | undefined; text: string }) =>
  props.href && /^https?:\/\//i.test(props.href) ? (
    <a href={props.href} rel="noopener noreferrer">
      {props.text}
    </a>
  ) : (
    <>{props.text}</>
  );

const TYPE_NAMES: Record<string, string> = {
  ahsn: 'Academic Health Science Network',
  clinical_network: 'Clinical Network',
  clinical_senate: 'Clinical Senate',
  ldp: 'Local Delivery Partner',
  improvement_coalition: 'Local improvement coalition',
};

function NetworkCard(props: {
  heading: string;
  network: Net | null;
  what: string;
  offers: Navigation['offers'];
}) {
  const n = props.network;
  const offers = n ? props.offers.filter((o) => o.networkId === n.id) : [];
  return (
    <div class="nhsuk-card">
      <div class="nhsuk-card__content">
        <h3 class="nhsuk-card__heading">{props.heading}</h3>
        {n ? (
          <>
            <p class="nhsuk-body">
              <strong>{n.name}</strong>
              {' – '}
              {props.what}
            </p>
            <p class="nhsuk-body-s">
              Contact:{' '}
              <SafeLink href={n.website} text={n.website ?? 'through its host organisation'} />
            </p>
            {offers.length ? (
              <>
                <h4>What it offers</h4>
                <ul class="nhsuk-list nhsuk-list--bullet">
                  {offers.map((o) => (
                    <li>
                      <SafeLink href={o.url} text={o.title} /> ({o.kind})
                      {o.description ? <p class="nhsuk-body-s">{o.description}</p> : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : (
          <p class="nhsuk-body">None recorded for this organisation.</p>
        )}
      </div>
    </div>
  );
}

/** Where an organisation goes for help: its networks, what each offers, and the "ask for help" form. */
export function OrganisationPage(props: {
  nav: Navigation;
  csrf: string;
  errors?: FieldErrors;
  values?: AskValues;
}) {
  const { nav } = props;
  const org = nav.organisation;
  return (
    <>
      <Breadcrumb items={[{ href: '/', text: 'Find help' }]} />
      <h1>
        {org.name} <span class="nhsuk-caption-l">ODS code {org.odsCode}</span>
      </h1>
      <p class="nhsuk-lede-text">
        Where {org.name} goes for help with improvement and leadership development.
      </p>
      <h2>Its networks</h2>
      <NetworkCard
        heading="Improvement: its AHSN"
        network={nav.ahsn}
        what="its single point of local access for improvement"
        offers={nav.offers}
      />
      <NetworkCard
        heading="Local improvement coalition"
        network={nav.improvementCoalition}
        what="the improvement partners of its area"
        offers={nav.offers}
      />
      <NetworkCard
        heading="Clinical senate"
        network={nav.senate}
        what="independent clinical advice for its region"
        offers={nav.offers}
      />
      <NetworkCard
        heading="Leadership: its Local Delivery Partner"
        network={nav.ldp}
        what="leadership programmes of the NHS Leadership Academy, delivered locally"
        offers={nav.offers}
      />
      <div class="nhsuk-card">
        <div class="nhsuk-card__content">
          <h3 class="nhsuk-card__heading">Clinical Networks</h3>
          {nav.clinicalNetworks.length ? (
            <ul class="nhsuk-list nhsuk-list--bullet">
              {nav.clinicalNetworks.map((n) => (
                <li>
                  <SafeLink href={n.website} text={n.name} />
                  {nav.offers
                    .filter((o) => o.networkId === n.id)
                    .map((o) => (
                      <p class="nhsuk-body-s">
                        Offers: <SafeLink href={o.url} text={o.title} />
                      </p>
                    ))}
                </li>
              ))}
            </ul>
          ) : (
            <p class="nhsuk-body">None recorded for this organisation.</p>
          )}
        </div>
      </div>
      <p class="nhsuk-body-s">Network types: {Object.values(TYPE_NAMES).join(', ')}.</p>
      <AskForHelpForm
        odsCode={org.odsCode ?? ''}
        csrf={props.csrf}
        errors={props.errors ?? {}}
        values={props.values ?? {}}
      />
    </>
  );
}
