import { loadConfig } from '../../common/config';
import type { PostingInput } from '../../ingestion/prepare';

/**
 * Postings the project owns, written for the ingestion tests: one real-looking backend role at
 * Acme, its repost with small edits, the same template for another role and another city, and
 * two obvious scams. Each is a feed item (the `postings` batch kind).
 */

/** The defaults, as the ingestion tests read them (the service URLs are never dialled). */
export const TEST_CONFIG = loadConfig({
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
});

export const ACME_BACKEND = `About the role
Acme builds billing software for small clinics across North America. We are looking for a Senior Backend Engineer to join the Payments team, which owns invoicing, card processing and the ledger that every clinic depends on.

What you will do
- Design and build services in TypeScript and Node.js that move money reliably.
- Own PostgreSQL schemas and migrations for the ledger, and keep them fast.
- Run what you build on AWS with Docker and Kubernetes, and be on call one week in six.
- Work with product and support to turn clinic feedback into small, safe releases.

What we are looking for
- 5+ years of experience building backend services in production.
- Strong TypeScript, SQL and PostgreSQL; experience with Redis and message queues.
- A bachelor's degree in computer science or equivalent experience.

Pay and benefits
$150,000 - $180,000 a year, health insurance, 401(k) matching and four weeks of paid vacation.`;

export function posting(overrides: Partial<PostingInput> & Pick<PostingInput, 'externalId'>): PostingInput {
  return {
    source: 'feed',
    url: `https://careers.acme-billing.com/jobs/${overrides.externalId}?utm_source=feed&utm_medium=job`,
    title: 'Senior Backend Engineer',
    company: 'Acme Billing Inc.',
    location: 'Austin, TX',
    snippet: null,
    description: ACME_BACKEND,
    descriptionHtml: null,
    salary: null,
    salaryText: null,
    remote: 'hybrid',
    employmentTypes: ['Full-time'],
    postedAt: '2026-11-20',
    skills: [],
    ...overrides,
  };
}

/** The same job reposted a week later: a new id, a reworded sentence, one more benefit. */
export const REPOST_EDITS = (text: string): string =>
  text
    .replace('and be on call one week in six', 'and share the on-call rotation (one week in six)')
    .replace('four weeks of paid vacation.', 'four weeks of paid vacation, plus a learning budget.');

export const SCAM_MESSENGER_FEE = `URGENT HIRING!! Work from home data entry clerk, no experience needed.
Earn $45 per hour typing simple documents from the comfort of your home. Limited spots available, act now!
To start you must pay a refundable registration fee of $85 for your training materials.
Contact our hiring manager on WhatsApp +1 (415) 555-0199 or write to acme.recruit.desk@gmail.com for an immediate interview.`;

export const SCAM_PERSONAL_DATA = `Remote Personal Assistant needed immediately. Start today!
You will receive checks by mail, deposit them and send the balance to our vendors by wire transfer.
Please send your bank account details and a copy of your passport to hr.desk.jobs@yahoo.com to get started.`;

/** Another employer's job, for tests that need a cluster of their own, away from Acme's. */
export const MERCY_NURSE = `About us
Mercy Valley Clinic runs four outpatient sites in Ohio and cares for more than forty thousand patients a year. Our cardiology unit is growing and needs a Registered Nurse for day shifts.

Your work
- Prepare patients for stress tests and echocardiograms, and monitor them during procedures.
- Start IVs, give medications and document every visit in Epic.
- Teach patients and families about heart medications, diet and follow-up care.
- Work with cardiologists, technicians and front desk staff to keep the schedule on time.

What you bring
- An active Ohio RN license and BLS and ACLS certification.
- Two years of experience in cardiology, telemetry or critical care.
- Calm, clear communication with patients who are worried.

Pay and benefits
$38 - $46 an hour, health and dental insurance, tuition support and no night shifts.`;

/** Two independent small edits of one text, as two boards' reposts would make them. */
export const FIRST_EDIT = (text: string): string =>
  text.replace('and needs a Registered Nurse for day shifts.', 'and is hiring a Registered Nurse for day shifts.');
export const SECOND_EDIT = (text: string): string =>
  text.replace('tuition support and no night shifts.', 'tuition support, a sign-on bonus and no night shifts.');
