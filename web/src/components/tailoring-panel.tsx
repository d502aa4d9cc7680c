import type { Tailoring } from '../api-client/contract';

/** The Imaginator's targeted edits for one job: suggestions to act on, never a rewritten resume. */
export function TailoringPanel({ tailoring, jobTitle }: { readonly tailoring: Tailoring; readonly jobTitle: string }) {
  const empty =
    !tailoring.summaryLine &&
    tailoring.bullets.length === 0 &&
    tailoring.skillsShown.length === 0 &&
    tailoring.skillsMissing.length === 0;
  return (
    <section className="tailoring stack" aria-label={`Suggestions for ${jobTitle}`}>
      <h4>Suggestions for this job</h4>
      {empty && <p>No suggestions for this posting.</p>}
      {tailoring.summaryLine && (
        <div>
          <h5>A summary line aimed at this job</h5>
          <p className="quote">{tailoring.summaryLine}</p>
        </div>
      )}
      {tailoring.bullets.length > 0 && (
        <div>
          <h5>Bullet points to strengthen</h5>
          <ul>
            {tailoring.bullets.map((b, i) => (
              <li key={i}>
                {b.text}
                <span className="muted small"> (from your resume: {b.basis})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {tailoring.skillsShown.length > 0 && (
        <div>
          <h5>Skills the job asks for that your resume shows</h5>
          <ul>
            {tailoring.skillsShown.map((s) => (
              <li key={s.skill}>
                <strong>{s.skill}</strong>
                <span className="muted"> — “{s.evidence}”</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {tailoring.skillsMissing.length > 0 && (
        <div>
          <h5>Skills the job asks for that your resume does not show</h5>
          <ul>
            {tailoring.skillsMissing.map((s) => (
              <li key={s.skill}>
                <strong>{s.skill}</strong>
                {s.hints.length > 0 && (
                  <ul className="hints">
                    {s.hints.map((h, i) => (
                      <li key={i}>{h}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <p className="muted small">Add a skill only where you have the experience to back it.</p>
        </div>
      )}
      <p className="muted small">
        {tailoring.source === 'model'
          ? 'Written with a language model, checked against your resume.'
          : 'From an analysis of your resume and the posting.'}
        {tailoring.dropped > 0 &&
          ` ${tailoring.dropped} suggested ${tailoring.dropped === 1 ? 'line was' : 'lines were'} left out because ${tailoring.dropped === 1 ? 'it' : 'they'} claimed what your resume does not say.`}
      </p>
    </section>
  );
}
