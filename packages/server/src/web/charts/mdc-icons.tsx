const VARIATION: Record<string, string> = {
  common_cause: 'Common cause variation: no significant change',
  improvement_high: 'Special cause variation: improvement (higher is better)',
  improvement_low: 'Special cause variation: improvement (lower is better)',
  concern_high: 'Special cause variation: concern (higher)',
  concern_low: 'Special cause variation: concern (lower)',
  neutral_high: 'Special cause variation: higher (neither better nor worse)',
  neutral_low: 'Special cause variation: lower (neither better nor worse)',
};

const ASSURANCE: Record<string, string> = {
  pass: 'Assurance: the process will consistently meet the target',
  fail: 'Assurance: the process will consistently fail the target',
  inconsistent: 'Assurance: the process will inconsistently meet the target',
  empty: 'Assurance: no target set',
};

/** The Making Data Count variation and assurance icons (NHS-R Community, MIT licence). */
export function MdcIcons(props: { variation: string; assurance: string | null }) {
  const variation = VARIATION[props.variation] ? props.variation : 'common_cause';
  const assurance = props.assurance && ASSURANCE[props.assurance] ? props.assurance : 'empty';
  return (
    <div class="tessera-icons">
      <img
        src={`/assets/mdc/variation/${variation}.svg`}
        alt={VARIATION[variation]}
        data-icon={`variation:${props.variation}`}
        width="72"
        height="72"
      />
      <img
        src={`/assets/mdc/assurance/${assurance}.svg`}
        alt={ASSURANCE[assurance]}
        data-icon={`assurance:${props.assurance ?? 'none'}`}
        width="72"
        height="72"
      />
      <p class="nhsuk-body-s">
        {VARIATION[variation]}. {ASSURANCE[assurance]}.
      </p>
    </div>
  );
}
