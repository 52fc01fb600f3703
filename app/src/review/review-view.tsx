/** The review view: two versions of a trust policy, who gains or loses access (issue 11). */
export function ReviewView() {
  return (
    <section className="panel" aria-labelledby="review-view-heading">
      <h2 id="review-view-heading">Review a change</h2>
    </section>
  );
}
