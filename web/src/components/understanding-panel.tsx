import { useState, type KeyboardEvent } from 'react';
import { readUnderstanding, safeHttpUrl, type Understanding } from '../api-client/readers';
import type { ResumeView } from '../api-client/contract';
import type { EducationLevel } from '../../../understanding/onet/types';

/** What the person may change before searching; sent with PATCH /v1/resumes/{id}. */
export interface CorrectionDraft {
  readonly title: string;
  readonly onetCode: string;
  readonly location: string;
  readonly skills: readonly string[];
}

export function draftFromUnderstanding(u: Understanding): CorrectionDraft {
  return {
    title: u.jobTitle ?? u.title ?? '',
    onetCode: u.onetCode ?? '',
    location: u.location ?? '',
    skills: u.skills,
  };
}

const EDUCATION_WORDS: Record<EducationLevel, string> = {
  none: 'No formal education stated',
  high_school: 'High school',
  certificate: 'Certificate',
  some_college: 'Some college',
  associate: 'Associate degree',
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctorate: 'Doctorate',
};

const percent = (n: number) => `${Math.round(n * 100)}%`;

interface UnderstandingPanelProps {
  readonly resume: ResumeView;
  readonly draft: CorrectionDraft;
  readonly onChange: (next: CorrectionDraft) => void;
}

/** What was understood from the resume, each part correctable. Every value is shown as text. */
export function UnderstandingPanel({ resume, draft, onChange }: UnderstandingPanelProps) {
  const u = readUnderstanding(resume.profile);
  const [newSkill, setNewSkill] = useState('');
  const chosen = u.occupations.find((o) => o.code === draft.onetCode);

  const addSkill = () => {
    const skill = newSkill.trim();
    if (skill && !draft.skills.some((s) => s.toLowerCase() === skill.toLowerCase()))
      onChange({ ...draft, skills: [...draft.skills, skill] });
    setNewSkill('');
  };
  const onSkillKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addSkill();
    }
  };

  return (
    <section className="card stack" aria-labelledby="understood-heading">
      <h2 id="understood-heading">What we understood from {resume.fileName}</h2>
      <dl className="facts">
        <div>
          <dt>Occupation (O*NET)</dt>
          <dd>
            {chosen ? (
              <>
                {chosen.title} <span className="muted">({chosen.code})</span>,{' '}
                <span className="confidence">{percent(chosen.confidence)} confident</span>
              </>
            ) : (
              'Not recognised'
            )}
            {u.occupations.length > 0 && !u.titleConfident && (
              <span className="muted"> (the resume states no clear title: check it below)</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Seniority</dt>
          <dd>{u.seniority ?? 'Not stated'}</dd>
        </div>
        <div>
          <dt>Experience</dt>
          <dd>{u.yearsExperience === null ? 'No dated roles found' : `${u.yearsExperience} years`}</dd>
        </div>
        <div>
          <dt>Education</dt>
          <dd>
            {u.educationLevel
              ? (EDUCATION_WORDS[u.educationLevel as EducationLevel] ?? u.educationLevel)
              : 'Not stated'}
          </dd>
        </div>
        {u.links.length > 0 && (
          <div>
            <dt>Links</dt>
            <dd>
              <ul className="inline-list">
                {u.links.map((link) => {
                  const href = safeHttpUrl(link);
                  return (
                    <li key={link}>
                      {href ? (
                        <a href={href} target="_blank" rel="noopener noreferrer">
                          {link}
                        </a>
                      ) : (
                        link
                      )}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        )}
      </dl>

      <h3>Correct anything we got wrong</h3>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="fix-title">Job title</label>
          <input id="fix-title" value={draft.title} onChange={(e) => onChange({ ...draft, title: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="fix-occupation">Occupation</label>
          <select
            id="fix-occupation"
            value={draft.onetCode}
            onChange={(e) => onChange({ ...draft, onetCode: e.target.value })}
            disabled={u.occupations.length === 0}
          >
            {u.occupations.length === 0 && <option value="">Not recognised</option>}
            {u.occupations.map((o) => (
              <option key={o.code} value={o.code}>
                {o.title} ({percent(o.confidence)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="fix-location">Your location</label>
          <input
            id="fix-location"
            value={draft.location}
            onChange={(e) => onChange({ ...draft, location: e.target.value })}
          />
        </div>
      </div>
      <fieldset>
        <legend>Skills ({draft.skills.length})</legend>
        {draft.skills.length === 0 && <p className="muted">No skills recognised yet: add yours.</p>}
        <ul className="chips">
          {draft.skills.map((skill) => (
            <li key={skill} className="chip">
              <span>{skill}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${skill}`}
                onClick={() => onChange({ ...draft, skills: draft.skills.filter((s) => s !== skill) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <div className="inline-form">
          <label htmlFor="add-skill" className="visually-hidden">
            Add a skill
          </label>
          <input
            id="add-skill"
            placeholder="Add a skill"
            value={newSkill}
            onChange={(e) => setNewSkill(e.target.value)}
            onKeyDown={onSkillKey}
          />
          <button type="button" className="secondary" onClick={addSkill}>
            Add
          </button>
        </div>
        {u.unrecognisedSkills.length > 0 && (
          <p className="muted small">
            Not in our skills list, so not used for matching: {u.unrecognisedSkills.join(', ')}
          </p>
        )}
      </fieldset>
    </section>
  );
}
