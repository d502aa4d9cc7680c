import type { SearchProgress } from '../api-client/contract';
import { count } from '../format';
import { PHASE_WORDS, STATUS_WORDS, UNAVAILABLE_WORDS } from '../words';

const PAID_STEPS = ['cache', 'decide', 'discover', 'enrich', 'rerank'] as const;
const ORDER = ['cache', 'decide', 'discover', 'enrich', 'rerank', 'done'] as const;

interface ProgressPanelProps {
  readonly progress: SearchProgress;
  readonly tier: 'free' | 'paid';
  readonly cancelling: boolean;
  readonly onCancel: () => void;
}

/** Where a search is: its phase, what it found and fetched, and what it has cost. */
export function ProgressPanel({ progress, tier, cancelling, onCancel }: ProgressPanelProps) {
  const running = progress.status === 'running';
  const c = progress.counts;
  const enrichSettled = c.enrichDone + c.enrichJoined + c.enrichExpired + c.enrichFailed;
  const current = ORDER.indexOf(progress.phase);

  if (tier === 'free') {
    return (
      <section className="card progress" aria-labelledby="progress-heading">
        <h2 id="progress-heading">Results from our database</h2>
        <p>
          These jobs come from postings Hirehound already has. Your plan does not search job boards live, so nothing
          more will arrive for this search.
        </p>
        <dl className="numbers">
          <div>
            <dt>Credits used</dt>
            <dd data-testid="credits-used">{count(progress.creditsUsed)}</dd>
          </div>
          <div>
            <dt>Matches considered</dt>
            <dd>{count(c.cacheCandidates)}</dd>
          </div>
        </dl>
        <p className="upgrade">
          <strong>Upgrade to a paid plan</strong> to search job boards live for new postings and to rank your best
          matches on their full descriptions.
        </p>
      </section>
    );
  }

  return (
    <section className="card progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">
        {running ? (cancelling ? 'Stopping…' : PHASE_WORDS[progress.phase]) : STATUS_WORDS[progress.status]}
      </h2>
      <ol className="steps" aria-label="Search phases">
        {PAID_STEPS.map((step) => {
          const index = ORDER.indexOf(step);
          const skipped =
            (step === 'discover' && !progress.discoveryTriggered && current > index) ||
            (step === 'rerank' && !running && c.enrichDone === 0) ||
            (step === 'enrich' && !running && c.enrichPlanned === 0);
          const state =
            progress.phase === step && running ? 'current' : skipped ? 'skipped' : current > index ? 'done' : 'pending';
          return (
            <li key={step} className={`step ${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              {state === 'current' && <span className="spinner" aria-hidden="true" />}
              <span>{PHASE_WORDS[step]}</span>
              <span className="visually-hidden">
                {state === 'done'
                  ? ' (done)'
                  : state === 'skipped'
                    ? ' (skipped)'
                    : state === 'pending'
                      ? ' (to come)'
                      : ' (now)'}
              </span>
            </li>
          );
        })}
      </ol>
      <dl className="numbers">
        <div>
          <dt>Pages searched on job boards</dt>
          <dd data-testid="pages-discovered">{count(c.discoveredPages)}</dd>
        </div>
        <div>
          <dt>New jobs found</dt>
          <dd data-testid="new-jobs">{count(c.discoveredNew)}</dd>
        </div>
        <div>
          <dt>Credits used</dt>
          <dd data-testid="credits-used">{count(progress.creditsUsed)}</dd>
        </div>
      </dl>
      {c.enrichPlanned > 0 && (
        <div className="enrich-progress">
          <label htmlFor="enrich-bar">
            Full descriptions: {count(enrichSettled)} of {count(c.enrichPlanned)}
            {c.enrichExpired + c.enrichFailed > 0 &&
              ` (${count(c.enrichExpired + c.enrichFailed)} no longer available)`}
          </label>
          <progress id="enrich-bar" max={c.enrichPlanned} value={enrichSettled} />
        </div>
      )}
      {progress.liveSearchUnavailable && (
        <p className="notice" role="status">
          {UNAVAILABLE_WORDS[progress.liveSearchUnavailable.reason]}
        </p>
      )}
      {!progress.discoveryTriggered && !running && progress.discoveryDecision && !progress.liveSearchUnavailable && (
        <p className="muted small">Job boards were not searched: {progress.discoveryDecision}.</p>
      )}
      {running && (
        <button type="button" className="secondary" onClick={onCancel} disabled={cancelling}>
          {cancelling ? 'Stopping…' : 'Stop searching'}
        </button>
      )}
    </section>
  );
}
