import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type {
  RerankedSearch,
  ResultsPage,
  SearchList,
  SearchProgress,
  SearchSummary,
  SearchView,
  StartedSearch,
} from '../api-client/contract';
import { ApiError } from '../api-client/client';
import { sentenceFor } from '../api-client/error-sentences';
import { readEventStream } from '../api-client/event-stream';
import {
  draftFromFilters,
  EMPTY_FILTERS,
  FiltersFields,
  filtersFromDraft,
  salaryProblem,
  type FiltersDraft,
} from '../components/filters-form';
import { ProgressPanel } from '../components/progress-panel';
import { ResultCard } from '../components/result-card';
import { useFlipList } from '../hooks/use-flip-list';
import { dateTimeText } from '../format';
import { Link, navigate } from '../router';
import { handOver, takeOver } from '../search-handoff';
import { useSession } from '../session';

const SHOWN = 20;
const RECONNECT_MS = 2_000;

interface Shown {
  readonly progress: SearchProgress;
  readonly results: ResultsPage;
}

/**
 * One search: its first page at once, then live over SSE while it runs (each new ranking version
 * fetched and moved into place), its filters changeable without spending credits, and readable
 * from the database once its workflow is gone, so the URL can be bookmarked.
 */
export function SearchPage({ searchId }: { readonly searchId: string }) {
  const { api, me } = useSession();
  const [shown, setShown] = useState<Shown | null>(() => {
    const started = takeOver(searchId);
    return started?.progress && started.results ? { progress: started.progress, results: started.results } : null;
  });
  const [summary, setSummary] = useState<SearchSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [cancelling, setCancelling] = useState(false);
  const [filters, setFilters] = useState<FiltersDraft>(EMPTY_FILTERS);
  const [filtersNote, setFiltersNote] = useState<{ error: boolean; text: string } | null>(null);
  const [applying, setApplying] = useState(false);
  const flip = useFlipList<HTMLOListElement>();
  const shownVersion = useRef<number>(shown?.results.version ?? -1);
  // On a phone the filters start folded, so the results come first.
  const [wide] = useState(() => window.matchMedia('(min-width: 50rem)').matches);

  /** New results, moved into place around whatever the reader is looking at. */
  const show = useCallback(
    (next: Shown) => {
      if (next.results.version !== shownVersion.current && shownVersion.current >= 0)
        setAnnouncement(`Results re-ranked (version ${next.results.version}).`);
      shownVersion.current = next.results.version;
      flip.capture();
      setShown(next);
    },
    [flip],
  );

  useLayoutEffect(() => flip.play(), [shown?.results, flip]);

  const readPage = useCallback(() => api.get<SearchView>(`/v1/searches/${searchId}?limit=${SHOWN}`), [api, searchId]);

  // What was asked: the heading, the filters' starting point, the resume to tailor.
  useEffect(() => {
    api
      .get<SearchList>('/v1/searches?limit=100')
      .then((list) => {
        const mine = list.items.find((s) => s.searchId === searchId) ?? null;
        setSummary(mine);
        if (mine) setFilters(draftFromFilters(mine.filters));
      })
      .catch(() => undefined);
  }, [api, searchId]);

  // The search itself, then its progress over SSE until it is done.
  useEffect(() => {
    const abort = new AbortController();
    let fetching = false;
    let wanted = -1;

    const refresh = async (): Promise<void> => {
      if (fetching) return;
      fetching = true;
      try {
        do {
          const view = await readPage();
          if (abort.signal.aborted) return;
          show({ progress: view.progress, results: view.results });
          if (view.results.version >= wanted) break;
          await new Promise((r) => setTimeout(r, 250));
        } while (!abort.signal.aborted);
      } finally {
        fetching = false;
      }
    };

    const onProgress = (progress: SearchProgress) => {
      setShown((current) => (current ? { ...current, progress } : current));
      if (progress.version !== shownVersion.current || progress.status !== 'running') {
        wanted = progress.version;
        void refresh().catch((err: unknown) => setError(sentenceFor(err)));
      }
    };

    const follow = async (): Promise<void> => {
      for (let attempt = 0; !abort.signal.aborted; attempt++) {
        let finished = false;
        try {
          const res = await api.open(`/v1/searches/${searchId}/events`, abort.signal);
          await readEventStream(res, (event) => {
            if (event.event === 'progress') onProgress(JSON.parse(event.data) as SearchProgress);
            if (event.event === 'done') finished = true;
          });
        } catch (err) {
          if (abort.signal.aborted) return;
          if (err instanceof ApiError && err.status >= 400 && err.status < 500) throw err;
        }
        if (finished || abort.signal.aborted) return;
        // The stream was cut (a proxy, a restart): pick it up again.
        await new Promise((r) => setTimeout(r, RECONNECT_MS));
      }
    };

    (async () => {
      if (shownVersion.current < 0) {
        const view = await readPage();
        if (abort.signal.aborted) return;
        show({ progress: view.progress, results: view.results });
        if (view.progress.status !== 'running') return;
      }
      await follow();
    })().catch((err: unknown) => {
      if (!abort.signal.aborted) setError(sentenceFor(err));
    });
    return () => abort.abort();
  }, [api, searchId, readPage, show]);

  const cancel = async () => {
    setCancelling(true);
    try {
      await api.send('POST', `/v1/searches/${searchId}/cancel`, { reason: 'stopped from the web app' });
    } catch (err) {
      setCancelling(false);
      if (!(err instanceof ApiError && err.code === 'SEARCH_NOT_RUNNING')) setError(sentenceFor(err));
    }
  };

  const running = shown?.progress.status === 'running';

  const applyFilters = async () => {
    const problem = salaryProblem(filters);
    if (problem) {
      setFiltersNote({ error: true, text: problem });
      return;
    }
    setApplying(true);
    setFiltersNote(null);
    try {
      if (running) {
        const { body } = await api.send<RerankedSearch>(
          'PATCH',
          `/v1/searches/${searchId}/filters`,
          filtersFromDraft(filters),
        );
        show({ progress: body.progress, results: body.results });
        setFiltersNote({ error: false, text: 'Re-ranked with the new filters. No credits were used.' });
      } else {
        // A finished search's candidates are gone with its workflow: the same search runs again.
        const { body } = await api.send<StartedSearch>('POST', '/v1/searches', {
          ...(summary?.resumeId ? { resumeId: summary.resumeId } : {}),
          ...(summary?.query ? { query: summary.query } : {}),
          filters: filtersFromDraft(filters),
          waitMs: 3_000,
        });
        handOver(body);
        navigate(`/searches/${body.searchId}`);
      }
    } catch (err) {
      if (err instanceof ApiError && err.code === 'SEARCH_NOT_RUNNING')
        setFiltersNote({ error: true, text: 'This search has just finished. Apply the filters again to run it anew.' });
      else setFiltersNote({ error: true, text: sentenceFor(err) });
    } finally {
      setApplying(false);
    }
  };

  const heading = summary?.query
    ? `${summary.query.keyword}${summary.query.location ? ` in ${summary.query.location}` : ''}`
    : summary?.resumeFileName
      ? `Jobs for ${summary.resumeFileName}`
      : 'Search results';

  return (
    <div className="search-layout">
      <div className="search-head">
        <h1>{heading}</h1>
        {summary && (
          <p className="muted">
            Started {dateTimeText(summary.createdAt)}
            {summary.resumeFileName && <> · matched on {summary.resumeFileName}</>}
          </p>
        )}
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>

      {error && (
        <p role="alert" className="error">
          {error} <Link to="/searches">See your past searches</Link>.
        </p>
      )}
      {!shown && !error && <p role="status">Loading the results…</p>}

      {shown && (
        <>
          <aside className="search-side stack">
            <ProgressPanel
              progress={shown.progress}
              tier={me.tier}
              cancelling={cancelling && running}
              onCancel={() => void cancel()}
            />
            <details className="card refine" open={wide}>
              <summary>
                <h2 id="refine-heading">Refine with filters</h2>
              </summary>
              <div className="stack">
                <FiltersFields idPrefix="refine" value={filters} onChange={setFilters} />
                <p className="muted small">
                  {running
                    ? 'Changing filters re-ranks the jobs this search found. It uses no credits.'
                    : me.tier === 'paid'
                      ? 'This search has finished, so new filters run it again, which may search job boards live.'
                      : 'This search has finished, so new filters run it again on our database.'}
                </p>
                <button type="button" onClick={() => void applyFilters()} disabled={applying}>
                  {applying ? 'Applying…' : running ? 'Apply filters' : 'Search again with these filters'}
                </button>
                {filtersNote && (
                  <p role={filtersNote.error ? 'alert' : 'status'} className={filtersNote.error ? 'error' : 'success'}>
                    {filtersNote.text}
                  </p>
                )}
              </div>
            </details>
          </aside>
          <section className="search-results" aria-labelledby="results-heading">
            <h2 id="results-heading">
              {shown.results.total === 0
                ? 'No matching jobs'
                : `Top ${Math.min(shown.results.items.length, shown.results.total)} of ${shown.results.total} matches`}
            </h2>
            {shown.results.total === 0 && (
              <p>
                Nothing fits yet. Try fewer filters{me.tier === 'free' ? '' : ', or wait for the live search to finish'}
                .
              </p>
            )}
            <ol className="results" ref={flip.container} data-version={shown.results.version}>
              {shown.results.items.map((result) => (
                <li key={result.job.id} data-flip-key={result.job.id}>
                  <ResultCard result={result} resumeId={summary?.resumeId ?? null} />
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
