import { useCallback, useEffect, useState } from 'react';
import type { AdminSearchList, CreditsView } from '../api-client/contract';
import { sentenceFor } from '../api-client/error-sentences';
import { safeHttpUrl } from '../api-client/readers';
import { count, dateTimeText } from '../format';
import { Link } from '../router';
import { useSession } from '../session';
import { STATUS_WORDS } from '../words';

const REFRESH_MS = 10_000;

const CIRCUIT_WORDS: Record<string, string> = {
  closed: 'Closed (calls flow)',
  open: 'Open (calls refused)',
  half_open: 'Half-open (one probe call)',
};

/** The operator's view: the month's credits against the budget, the circuit, calls in flight, recent searches. */
export function AdminPage() {
  const { api } = useSession();
  const [credits, setCredits] = useState<CreditsView | null>(null);
  const [searches, setSearches] = useState<AdminSearchList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [c, s] = await Promise.all([
        api.get<CreditsView>('/v1/credits'),
        api.get<AdminSearchList>('/v1/credits/searches?limit=25'),
      ]);
      setCredits(c);
      setSearches(s);
      setError(null);
      setUpdatedAt(new Date().toISOString());
    } catch (err) {
      setError(sentenceFor(err));
    }
  }, [api]);

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [load]);

  return (
    <div className="stack">
      <div className="row-between">
        <h1>Admin</h1>
        <button type="button" className="secondary" onClick={() => void load()}>
          Refresh
        </button>
      </div>
      {updatedAt && <p className="muted small">Updated {dateTimeText(updatedAt)}; refreshes every 10 seconds.</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {credits && <CreditsCard credits={credits} />}
      {searches && <RecentSearches list={searches} />}
    </div>
  );
}

function CreditsCard({ credits }: { readonly credits: CreditsView }) {
  const g = credits.gateway;
  const share = (n: number) => (g.budget > 0 ? Math.min(100, (n / g.budget) * 100) : 0);
  const committed = g.used + g.reserved;
  const fired = new Map(g.alerts.fired.map((f) => [f.threshold, f.firedAt]));
  const circuits = Object.entries(g.circuits);
  const open = circuits.filter(([, c]) => c.state !== 'closed');
  return (
    <section className="card stack" aria-labelledby="credits-heading">
      <h2 id="credits-heading">Provider credits for {g.month}</h2>
      <p className="big-number">
        <span data-testid="month-credits">{count(g.used)}</span> of {count(g.budget)} credits used
        {g.reserved > 0 && <span className="muted"> (+{count(g.reserved)} held by calls in flight)</span>}
      </p>
      <div
        className="budget"
        role="img"
        aria-label={`${Math.round(share(committed))}% of the monthly budget used or held`}
      >
        <span className="budget-used" style={{ width: `${share(g.used)}%` }} />
        <span className="budget-reserved" style={{ width: `${share(g.reserved)}%` }} />
        {g.alerts.thresholds.map((t) => (
          <span key={t} className="budget-mark" style={{ left: `${t * 100}%` }} />
        ))}
      </div>
      <ul className="marks">
        {g.alerts.thresholds.map((t) => (
          <li key={t}>
            {Math.round(t * 100)}% mark ({count(Math.round(g.budget * t))} credits):{' '}
            {fired.has(t) ? <strong>alert sent {dateTimeText(fired.get(t) ?? null)}</strong> : 'not reached'}
          </li>
        ))}
      </ul>
      <dl className="numbers">
        <div>
          <dt>Remaining</dt>
          <dd>{count(g.remaining)}</dd>
        </div>
        <div>
          <dt>Calls in flight</dt>
          <dd data-testid="in-flight">
            {count(g.inFlight)} of {count(g.maxConcurrency)}
          </dd>
        </div>
        <div>
          <dt>Ledger (Postgres)</dt>
          <dd>
            {count(credits.ledger.credits)} credits, {count(credits.ledger.calls)} calls
          </dd>
        </div>
        <div>
          <dt>Circuit</dt>
          <dd data-testid="circuit-state">
            {open.length === 0 ? 'Closed on every endpoint' : `${open.length} not closed`}
          </dd>
        </div>
      </dl>
      {g.backoffUntil && (
        <p className="notice">The provider asked us to slow down: calls wait until {dateTimeText(g.backoffUntil)}.</p>
      )}
      <table className="compact">
        <caption>Circuit breaker by endpoint</caption>
        <thead>
          <tr>
            <th scope="col">Endpoint</th>
            <th scope="col">State</th>
            <th scope="col">Calls / failures in window</th>
          </tr>
        </thead>
        <tbody>
          {circuits.map(([endpoint, c]) => (
            <tr key={endpoint}>
              <th scope="row">{endpoint}</th>
              <td>
                {CIRCUIT_WORDS[c.state] ?? c.state}
                {c.openUntil && ` until ${dateTimeText(c.openUntil)}`}
                {c.reason && ` (${c.reason === 'out_of_credits' ? 'provider out of credits' : 'errors'})`}
              </td>
              <td>
                {count(c.windowCalls)} / {count(c.windowFailures)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function RecentSearches({ list }: { readonly list: AdminSearchList }) {
  return (
    <section className="card stack" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent searches</h2>
      {!list.temporalUiUrl && <p className="muted small">Set TEMPORAL_UI_URL to link each search to its run.</p>}
      {list.items.length === 0 && <p>No searches yet.</p>}
      {list.items.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Recent searches">
          <table className="compact">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Status</th>
                <th scope="col">Credits (search / ledger)</th>
                <th scope="col">Run</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((s) => {
                const run = safeHttpUrl(s.runUrl);
                return (
                  <tr key={s.searchId}>
                    <td>{dateTimeText(s.createdAt)}</td>
                    <td>
                      {s.userEmail} <span className="muted">({s.tier})</span>
                    </td>
                    <td>{s.query ? s.query.keyword : (s.resumeFileName ?? 'resume')}</td>
                    <td>{STATUS_WORDS[s.status] ?? s.status}</td>
                    <td>
                      {count(s.creditsUsed)} / {count(s.ledgerCredits)}
                    </td>
                    <td>
                      {run ? (
                        <a href={run} target="_blank" rel="noopener noreferrer">
                          Temporal UI<span className="visually-hidden"> for {s.workflowId}</span>
                        </a>
                      ) : (
                        <span className="muted">{s.workflowId}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="small">
        Your own searches: <Link to="/searches">Past searches</Link>.
      </p>
    </section>
  );
}
