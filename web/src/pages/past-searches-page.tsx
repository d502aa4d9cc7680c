import { useEffect, useState } from 'react';
import type { SearchList } from '../api-client/contract';
import { sentenceFor } from '../api-client/error-sentences';
import { count, dateTimeText, round } from '../format';
import { Link } from '../router';
import { useSession } from '../session';
import { STATUS_WORDS } from '../words';

/** The person's searches, newest first; each opens its results (read back from the database once finished). */
export function PastSearchesPage() {
  const { api } = useSession();
  const [list, setList] = useState<SearchList | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api
      .get<SearchList>('/v1/searches?limit=50')
      .then(setList)
      .catch((err: unknown) => setError(sentenceFor(err)));
  }, [api]);

  return (
    <div className="stack">
      <h1>Past searches</h1>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!list && !error && <p role="status">Loading…</p>}
      {list && list.items.length === 0 && (
        <p>
          No searches yet. <Link to="/">Start one</Link>.
        </p>
      )}
      {list && list.items.length > 0 && (
        <ul className="search-list">
          {list.items.map((s) => {
            const what = s.query
              ? `${s.query.keyword}${s.query.location ? ` in ${s.query.location}` : ''}`
              : `Jobs for ${s.resumeFileName ?? 'your resume'}`;
            return (
              <li key={s.searchId} className="card">
                <Link to={`/searches/${s.searchId}`} className="search-link">
                  {what}
                </Link>
                <p className="muted small">
                  {dateTimeText(s.createdAt)} · {STATUS_WORDS[s.status] ?? s.status}
                  {s.resumeFileName && s.query && ` · resume ${s.resumeFileName}`}
                  {s.bestScore !== null && ` · best match ${round(s.bestScore)}`} · {count(s.creditsUsed)} credits
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
