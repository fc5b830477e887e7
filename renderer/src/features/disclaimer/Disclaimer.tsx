// The disclaimer (content brief, section 7): shown in the first run and always reachable from About.
export function Disclaimer({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="card disclaimer" role="note" aria-labelledby="disclaimer-title">
      <Heading id="disclaimer-title">Important: what Limber is and is not</Heading>
      <p>
        Limber helps you build healthier desk habits and keep a private pain diary. It is <strong>not a medical device</strong>{' '}
        and does not diagnose or treat anything.
      </p>
      <ul>
        <li>The exercises are general suggestions. Stop any exercise that causes pain, numbness or tingling.</li>
        <li>
          Ask a doctor or physiotherapist before starting after a recent injury or surgery, if you have osteoporosis, if you
          are pregnant, or if you have another health condition.
        </li>
        <li>Reports show only what you entered yourself. They are not a diagnosis.</li>
        <li>
          If back or neck pain comes with any emergency sign on the “When to get help” page, call your local emergency
          number.
        </li>
      </ul>
    </div>
  );
}
