/** A section that a later release fills. Says so plainly instead of showing an empty screen. */
export function ComingSoon({ title, what }: { title: string; what: string }) {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{title}</h1>
      <div className="card">
        <p className="lead">{what}</p>
        <p>This section is not built yet. It arrives in a coming version of Limber.</p>
      </div>
    </section>
  );
}
