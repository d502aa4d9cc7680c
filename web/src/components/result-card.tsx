import { useState } from 'react';
import type { JobView, SearchResult, Tailoring, TailorResumeRequest } from '../api-client/contract';
import { sentenceFor } from '../api-client/error-sentences';
import { readReasons, safeHttpUrl } from '../api-client/readers';
import { dateText, round, salaryText } from '../format';
import { useSession } from '../session';
import { componentWords, REMOTE_WORDS } from '../words';
import { TailoringPanel } from './tailoring-panel';

interface ResultCardProps {
  readonly result: SearchResult;
  /** The resume the search matched on: tailoring needs it. */
  readonly resumeId: string | null;
}

type Loadable<T> =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'error'; message: string };

/** One result: what the job is, why it scored what it did, its text, its source, and tailoring. */
export function ResultCard({ result, resumeId }: ResultCardProps) {
  const { api, me } = useSession();
  const job = result.job;
  const reasons = readReasons(result.reasons);
  const href = safeHttpUrl(job.url);
  const salary = salaryText(job.salary);
  const posted = dateText(job.postedAt);
  const [details, setDetails] = useState<Loadable<JobView>>({ kind: 'idle' });
  const [open, setOpen] = useState(false);
  const [tailoring, setTailoring] = useState<Loadable<Tailoring>>({ kind: 'idle' });
  const headingId = `job-${job.id}`;
  const detailsId = `job-${job.id}-text`;

  const toggleText = async () => {
    setOpen(!open);
    if (open || details.kind === 'ready' || details.kind === 'loading') return;
    setDetails({ kind: 'loading' });
    try {
      setDetails({ kind: 'ready', value: await api.get<JobView>(`/v1/jobs/${job.id}`) });
    } catch (err) {
      setDetails({ kind: 'error', message: sentenceFor(err) });
    }
  };

  const tailor = async () => {
    if (!resumeId) return;
    setTailoring({ kind: 'loading' });
    try {
      const request: TailorResumeRequest = { jobId: job.id };
      const { body } = await api.send<Tailoring>('POST', `/v1/resumes/${resumeId}/tailor`, request);
      setTailoring({ kind: 'ready', value: body });
    } catch (err) {
      setTailoring({ kind: 'error', message: sentenceFor(err) });
    }
  };

  const semanticWeight = reasons.lines.find((l) => l.component === 'semantic')?.weight ?? null;
  const atsLines = reasons.lines.filter((l) => l.component !== 'semantic' && l.component !== 'freshness');
  const atsWeight = atsLines.length > 0 ? atsLines.reduce((sum, l) => sum + l.weight, 0) : null;
  const text = details.kind === 'ready' ? (details.value.description ?? details.value.snippet) : null;

  return (
    <article className="result card" aria-labelledby={headingId}>
      <div className="result-head">
        <div>
          <h3 id={headingId}>
            <span className="rank">{result.rank}.</span> {job.title}
          </h3>
          <p className="job-meta">
            {[job.company, job.location, REMOTE_WORDS[job.remoteType], salary, posted && `posted ${posted}`]
              .filter((part, i, all): part is string => Boolean(part) && all.indexOf(part) === i)
              .join(' · ')}
          </p>
        </div>
        <div className="score" aria-label={`Score ${round(result.score)} out of 100`}>
          <span className="score-value">{round(result.score)}</span>
          <span className="score-unit">/100</span>
        </div>
      </div>

      <p className="badges">
        {job.enriched ? (
          <span className="badge enriched">Full description read</span>
        ) : (
          <span className="badge listing">Listing only</span>
        )}
      </p>

      <div className="breakdown" role="group" aria-label="Score breakdown">
        <Meter label="Match on requirements (ATS)" value={result.ats} weight={atsWeight} />
        <Meter label="Similar wording" value={result.semantic} weight={semanticWeight} />
        <p className="small">Freshness: +{round(result.freshness, 1)} points</p>
      </div>

      {(reasons.matchedSkills.length > 0 || reasons.missingSkills.length > 0) && (
        <div className="skills-fit">
          {reasons.matchedSkills.length > 0 && (
            <p>
              <strong>You have:</strong> {reasons.matchedSkills.join(', ')}
            </p>
          )}
          {reasons.missingSkills.length > 0 && (
            <p>
              <strong>Missing:</strong> {reasons.missingSkills.join(', ')}
            </p>
          )}
        </div>
      )}

      {reasons.lines.length > 0 && (
        <details className="reasons">
          <summary>Why this score</summary>
          <table>
            <caption className="visually-hidden">How each part adds to the score</caption>
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col">Points</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {reasons.lines.map((line, i) => (
                <tr key={`${line.component}-${i}`}>
                  <th scope="row">{componentWords(line.component)}</th>
                  <td>{round(line.points, 1)}</td>
                  <td>{line.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}

      <div className="actions">
        <button
          type="button"
          className="secondary"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => void toggleText()}
        >
          {open ? 'Hide description' : 'Show description'}
        </button>
        {href ? (
          <a className="button-link" href={href} target="_blank" rel="noopener noreferrer">
            View the posting<span className="visually-hidden"> for {job.title} (opens a new tab)</span>
          </a>
        ) : (
          <span className="muted small">No web link for this posting</span>
        )}
        {me.tier === 'paid' && resumeId && (
          <button
            type="button"
            className="secondary"
            onClick={() => void tailor()}
            disabled={tailoring.kind === 'loading'}
          >
            {tailoring.kind === 'loading' ? 'Tailoring…' : 'Tailor my resume'}
          </button>
        )}
      </div>

      <div id={detailsId} hidden={!open}>
        {details.kind === 'loading' && <p role="status">Loading the description…</p>}
        {details.kind === 'error' && (
          <p role="alert" className="error">
            {details.message}
          </p>
        )}
        {details.kind === 'ready' && (
          <>
            <p className="muted small">{details.value.description ? 'Full description' : 'Snippet from the listing'}</p>
            <div className="description" tabIndex={0} role="region" aria-label={`Description of ${job.title}`}>
              {text ?? 'The posting has no description.'}
            </div>
          </>
        )}
      </div>

      {tailoring.kind === 'error' && (
        <p role="alert" className="error">
          {tailoring.message}
        </p>
      )}
      {tailoring.kind === 'ready' && <TailoringPanel tailoring={tailoring.value} jobTitle={job.title} />}
    </article>
  );
}

function Meter({
  label,
  value,
  weight,
}: {
  readonly label: string;
  readonly value: number;
  readonly weight: number | null;
}) {
  const clamped = Math.max(0, Math.min(100, value));
  return (
    <div className="meter-row">
      <span className="meter-label">
        {label}
        {weight !== null && <span className="muted"> (weight {Math.round(weight * 100)}%)</span>}
      </span>
      <span className="meter" aria-hidden="true">
        <span className="meter-fill" style={{ width: `${clamped}%` }} />
      </span>
      <span className="meter-value">{round(value)}</span>
    </div>
  );
}
