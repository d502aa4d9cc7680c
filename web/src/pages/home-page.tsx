import { useEffect, useState, type FormEvent } from 'react';
import type { ResumeCorrection, ResumeView, StartedSearch } from '../api-client/contract';
import { sentenceFor } from '../api-client/error-sentences';
import { readUnderstanding } from '../api-client/readers';
import {
  EMPTY_FILTERS,
  FiltersFields,
  filtersFromDraft,
  salaryProblem,
  type FiltersDraft,
} from '../components/filters-form';
import { ResumeUpload } from '../components/resume-upload';
import { draftFromUnderstanding, UnderstandingPanel, type CorrectionDraft } from '../components/understanding-panel';
import { navigate } from '../router';
import { handOver } from '../search-handoff';
import { useSession } from '../session';

const RESUME_STORAGE = 'hirehound.resumeId';
/** How long the start waits for the cache phase's first page (ms): usually well under a second. */
const FIRST_PAGE_WAIT_MS = 3_000;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The corrections the person made, as the PATCH body; null when nothing changed. */
function correctionOf(resume: ResumeView, draft: CorrectionDraft): ResumeCorrection | null {
  const before = draftFromUnderstanding(readUnderstanding(resume.profile));
  const body: ResumeCorrection = {};
  if (draft.title.trim() && draft.title.trim() !== before.title) body.title = draft.title.trim();
  if (draft.onetCode && draft.onetCode !== before.onetCode) body.onetCode = draft.onetCode;
  if (draft.location.trim() !== before.location) body.location = draft.location.trim() || null;
  if (!sameList(draft.skills, before.skills)) body.skills = [...draft.skills];
  return Object.keys(body).length > 0 ? body : null;
}

export function HomePage() {
  const { api, me } = useSession();
  const [resume, setResume] = useState<ResumeView | null>(null);
  const [draft, setDraft] = useState<CorrectionDraft | null>(null);
  const [keyword, setKeyword] = useState('');
  const [where, setWhere] = useState('');
  const [filters, setFilters] = useState<FiltersDraft>(EMPTY_FILTERS);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const chooseResume = (read: ResumeView | null) => {
    setResume(read);
    setDraft(read ? draftFromUnderstanding(readUnderstanding(read.profile)) : null);
    try {
      if (read) window.sessionStorage.setItem(RESUME_STORAGE, read.id);
      else window.sessionStorage.removeItem(RESUME_STORAGE);
    } catch {
      // Storage disabled: the resume is forgotten on reload.
    }
  };

  // Coming back to this page shows the resume uploaded earlier in this tab.
  useEffect(() => {
    let id: string | null = null;
    try {
      id = window.sessionStorage.getItem(RESUME_STORAGE);
    } catch {
      id = null;
    }
    if (!id) return;
    api
      .get<ResumeView>(`/v1/resumes/${id}`)
      .then((r) => {
        if (r.status === 'analysed' || r.status === 'ready') chooseResume(r);
      })
      .catch(() => chooseResume(null));
  }, [api]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = salaryProblem(filters);
    if (problem) {
      setError(problem);
      return;
    }
    const words = resume && draft ? draft.title.trim() : keyword.trim();
    const place = resume && draft ? draft.location.trim() : where.trim();
    if (!resume && !words) {
      setError('Upload a resume or type what job you are looking for.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (resume && draft) {
        const correction = correctionOf(resume, draft);
        if (correction)
          chooseResume((await api.send<ResumeView>('PATCH', `/v1/resumes/${resume.id}`, correction)).body);
      }
      const { body } = await api.send<StartedSearch>('POST', '/v1/searches', {
        ...(resume ? { resumeId: resume.id } : {}),
        ...(words ? { query: { keyword: words, ...(place ? { location: place } : {}) } } : {}),
        filters: filtersFromDraft(filters),
        waitMs: FIRST_PAGE_WAIT_MS,
      });
      handOver(body);
      navigate(`/searches/${body.searchId}`);
    } catch (err) {
      setError(sentenceFor(err));
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <h1>Find jobs that fit your resume</h1>
      {me.tier === 'free' && (
        <p className="notice">
          On the free plan, searches use the jobs already in our database. A paid plan also searches job boards live and
          fetches full descriptions.
        </p>
      )}
      <section className="card stack" aria-labelledby="upload-heading">
        <h2 id="upload-heading">{resume ? 'Your resume' : '1. Upload your resume'}</h2>
        {resume && (
          <p>
            Using <strong>{resume.fileName}</strong>.{' '}
            <button type="button" className="link-button" onClick={() => chooseResume(null)}>
              Use another resume
            </button>
          </p>
        )}
        {!resume && <ResumeUpload onRead={chooseResume} />}
      </section>

      {resume && draft && <UnderstandingPanel resume={resume} draft={draft} onChange={setDraft} />}

      <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="search-heading" noValidate>
        <h2 id="search-heading">{resume ? 'Search with it' : 'Or search by keyword'}</h2>
        {!resume && (
          <div className="grid-2">
            <div className="field">
              <label htmlFor="keyword">Job title or keywords</label>
              <input id="keyword" value={keyword} onChange={(e) => setKeyword(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="where">Where</label>
              <input id="where" value={where} onChange={(e) => setWhere(e.target.value)} />
            </div>
          </div>
        )}
        <details>
          <summary>Filters</summary>
          <FiltersFields idPrefix="start" value={filters} onChange={setFilters} />
        </details>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div>
          <button type="submit" disabled={busy}>
            {busy ? 'Starting…' : 'Search'}
          </button>
        </div>
      </form>
    </div>
  );
}
