import type { SearchFilters } from '../api-client/contract';

/** The hard filters as the form holds them (text fields as typed). */
export interface FiltersDraft {
  readonly remote: boolean;
  readonly hybrid: boolean;
  readonly onsite: boolean;
  readonly minSalary: string;
  readonly includeUnknownSalary: boolean;
  readonly location: string;
  readonly includeRemote: boolean;
  readonly visa: boolean;
  readonly includeUnknownVisa: boolean;
}

export const EMPTY_FILTERS: FiltersDraft = {
  remote: false,
  hybrid: false,
  onsite: false,
  minSalary: '',
  includeUnknownSalary: true,
  location: '',
  includeRemote: true,
  visa: false,
  includeUnknownVisa: false,
};

/** The request's filters; a field left empty filters nothing. */
export function filtersFromDraft(draft: FiltersDraft): SearchFilters {
  const filters: SearchFilters = {};
  const types = (['remote', 'hybrid', 'onsite'] as const).filter((t) => draft[t]);
  if (types.length > 0) filters.remoteTypes = types;
  const salary = Number(draft.minSalary.replace(/[\s,]/g, ''));
  if (draft.minSalary.trim() && Number.isFinite(salary) && salary > 0)
    filters.minAnnualSalary = { amount: salary, includeUnknown: draft.includeUnknownSalary };
  if (draft.location.trim()) filters.location = { text: draft.location.trim(), includeRemote: draft.includeRemote };
  if (draft.visa) filters.visaSponsorship = { includeUnknown: draft.includeUnknownVisa };
  return filters;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The form's state for filters a search was started with (read tolerantly: they come back as stored). */
export function draftFromFilters(filters: unknown): FiltersDraft {
  if (!isRecord(filters)) return EMPTY_FILTERS;
  const types = Array.isArray(filters.remoteTypes) ? filters.remoteTypes : [];
  const salary = isRecord(filters.minAnnualSalary) ? filters.minAnnualSalary : null;
  const location = isRecord(filters.location) ? filters.location : null;
  const visa = isRecord(filters.visaSponsorship) ? filters.visaSponsorship : null;
  return {
    remote: types.includes('remote'),
    hybrid: types.includes('hybrid'),
    onsite: types.includes('onsite'),
    minSalary: typeof salary?.amount === 'number' ? String(salary.amount) : '',
    includeUnknownSalary: salary ? salary.includeUnknown === true : EMPTY_FILTERS.includeUnknownSalary,
    location: typeof location?.text === 'string' ? location.text : '',
    includeRemote: location ? location.includeRemote !== false : EMPTY_FILTERS.includeRemote,
    visa: visa !== null,
    includeUnknownVisa: visa?.includeUnknown === true,
  };
}

export function salaryProblem(draft: FiltersDraft): string | null {
  if (!draft.minSalary.trim()) return null;
  const n = Number(draft.minSalary.replace(/[\s,]/g, ''));
  return Number.isFinite(n) && n > 0 && n <= 5_000_000 ? null : 'Enter a yearly amount, for example 60000.';
}

interface FiltersFieldsProps {
  readonly idPrefix: string;
  readonly value: FiltersDraft;
  readonly onChange: (next: FiltersDraft) => void;
}

/** The filter fields, used where a search starts and on its results page. */
export function FiltersFields({ idPrefix, value, onChange }: FiltersFieldsProps) {
  const set = <K extends keyof FiltersDraft>(key: K, v: FiltersDraft[K]) => onChange({ ...value, [key]: v });
  const id = (name: string) => `${idPrefix}-${name}`;
  const problem = salaryProblem(value);
  return (
    <div className="filters">
      <fieldset>
        <legend>Workplace</legend>
        {(['remote', 'hybrid', 'onsite'] as const).map((type) => (
          <label key={type} className="check">
            <input type="checkbox" checked={value[type]} onChange={(e) => set(type, e.target.checked)} />
            {type === 'onsite' ? 'On-site' : type === 'remote' ? 'Remote' : 'Hybrid'}
          </label>
        ))}
        <p className="muted small">None ticked: any workplace.</p>
      </fieldset>
      <fieldset>
        <legend>Pay</legend>
        <label htmlFor={id('salary')}>Minimum yearly salary</label>
        <input
          id={id('salary')}
          inputMode="numeric"
          value={value.minSalary}
          onChange={(e) => set('minSalary', e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? id('salary-problem') : undefined}
        />
        {problem && (
          <p id={id('salary-problem')} className="error small">
            {problem}
          </p>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={value.includeUnknownSalary}
            onChange={(e) => set('includeUnknownSalary', e.target.checked)}
          />
          Keep jobs that state no salary
        </label>
      </fieldset>
      <fieldset>
        <legend>Location</legend>
        <label htmlFor={id('location')}>Job location contains</label>
        <input id={id('location')} value={value.location} onChange={(e) => set('location', e.target.value)} />
        <label className="check">
          <input
            type="checkbox"
            checked={value.includeRemote}
            onChange={(e) => set('includeRemote', e.target.checked)}
          />
          Also remote jobs elsewhere
        </label>
      </fieldset>
      <fieldset>
        <legend>Visa</legend>
        <label className="check">
          <input type="checkbox" checked={value.visa} onChange={(e) => set('visa', e.target.checked)} />
          Only jobs that sponsor visas
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={value.includeUnknownVisa}
            disabled={!value.visa}
            onChange={(e) => set('includeUnknownVisa', e.target.checked)}
          />
          Keep jobs that do not say
        </label>
      </fieldset>
    </div>
  );
}
