/** The account / repository view: every role of a dropped export or IaC file (issue 10). */
export function AccountView() {
  return (
    <section className="panel" aria-labelledby="account-view-heading">
      <h2 id="account-view-heading">Account / repository</h2>
    </section>
  );
}
