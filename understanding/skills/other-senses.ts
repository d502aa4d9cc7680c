/**
 * Words of a skill's name that, where they stand, mean something else: "skills to excel in client
 * service" is no spreadsheet, "under minimal supervision" supervises no one, "direct reports" are
 * people, "production systems" are software running, "writing tests" is coding, "received positive
 * performance reviews" reviews no one, "a 30 minutes call" takes no minutes. Each sense is the
 * skill, the words as written and the text just before or after them that gives the other sense (or
 * that the words never name it alone), found by reading the mentions of the 6,606 postings and 2,484
 * resumes in ../shared/data.
 */
import { AUDITED_SENSES } from './audited-senses';

export interface OtherSense {
  readonly skill: string;
  /** The mention's words, as matched (any words when left out). */
  readonly written?: RegExp;
  /** The other sense when the text just before the mention matches (anchored at its end). */
  readonly before?: RegExp;
  /** The other sense when the text just after the mention matches (anchored at its start). */
  readonly after?: RegExp;
  /** The other sense when the text around the mention (both sides) matches. */
  readonly around?: RegExp;
  /**
   * The other sense when the text around the mention, with the mention written [[like this]],
   * matches: the 100 characters before it and the 80 after, as the corpus was read.
   */
  readonly marked?: RegExp;
  /** The words never name the skill by themselves (but for `except`). */
  readonly never?: true;
  /** The skill after all when the text just before or after matches. */
  readonly except?: {
    readonly before?: RegExp;
    readonly after?: RegExp;
    readonly around?: RegExp;
    readonly marked?: RegExp;
  };
}

/** Software's running systems and its code: what "production" and "writing" mean beside these. */
const SOFTWARE_NOUNS =
  '(?:environments?|systems?|code(?:base)?|operations|workloads?|workflows?|services?|incidents?|issues|experience|knowledge|readiness|support|deployments?|grade|ready|traffic|infrastructure|clusters?|models?|databases?|data|applications?|apps?|software|releases?|monitoring|debugging|outages?|bugs|use|usage|scale|ML|pipelines?|quality code)';

const SENSES: readonly OtherSense[] = [
  ...AUDITED_SENSES,
  // "skills to excel in client service", "candidates who excel", "Excel at multitasking"; "to Excel"
  // in capitals is a header's as often, and "Proficient in Excel in a fast-paced office" the product.
  {
    skill: 'Microsoft Excel',
    written: /^excel$/i,
    after: /^\s+(?:at|in|under|when|while|within|throughout|beyond)\b/i,
    except: { before: /(?:\b(?:in|with|of|using|and|or|advanced|basic)|[,;/(:&])\s*$/i },
  },
  {
    skill: 'Microsoft Excel',
    written: /^excel$/,
    before: /\b(?:to|will|would|can|could|may|might|must|should|shall|who|you|we|they|I)\s+$/,
  },
  // "Consistently received positive performance reviews": reviewed, not reviewing.
  {
    skill: 'Performance management',
    written: /./,
    before:
      /\b(?:received|receiving|earned|achieved|awarded|got)\s+(?:(?:consistently|consistent|positive|excellent|outstanding|exceptional|strong|superior|glowing|high|top|favorable|favourable|exemplary|\d+)\s+)*$/i,
  },
  // "work under limited supervision", "with minimal supervision", "sous la supervision d'un ingénieur";
  // not "assisted with their supervision" or "helped with supervision of new staff".
  {
    skill: 'Team leadership',
    written: /^supervision$/i,
    before:
      /\b(?:(?:under|without|requiring|requires?|needing|needs?|sous\s+la)\s+(?:(?:minimal|minimum|limited|little|no|close|general|direct|light|occasional|moderate|some|the|broad|indirect)\s+)*|with\s+(?:(?:minimal|minimum|limited|little|no|close|general|direct|light|occasional|moderate|some|the|broad|indirect)\s+)+)$/i,
  },
  // "managing and mentoring direct reports": people one manages.
  { skill: 'Reporting', written: /^reports?$/i, before: /\bdirect\s+$/i },
  // "production systems", "production-grade code", "hands-on production experience with Spark".
  {
    skill: 'Manufacturing processes',
    written: /^production$/i,
    after: new RegExp(`^[\\s-]+${SOFTWARE_NOUNS}\\b`, 'i'),
  },
  // "writing tests", "writing SQL queries", "writing clean, maintainable code".
  {
    skill: 'Writing',
    written: /^writing$/i,
    after:
      /^\s+(?:(?:clean|efficient|maintainable|high[- ]quality|well[- ]tested|automated|unit|integration|end-to-end|performant|reusable|idiomatic|complex|custom|production)[,\s]+)*(?:tests?|code|SQL|queries|scripts?|software|programs?|detections?|functions?|APIs?|test cases|specs?|Python|Java|Go|Rust|TypeScript|JavaScript|C\+\+|Terraform)\b/i,
  },
  // "play a vital role": the adjective; the skill is written "vital signs" or "vitals".
  { skill: 'Vital signs', written: /^vital$/i, never: true },
  // "one of the fastest growing companies": no project management software named FastEST.
  { skill: 'FastEST', written: /^fastest$/, never: true },
  // "a 30 minutes call", "within minutes": minutes are a meeting's only when taken or kept of one.
  {
    skill: 'Meeting planning',
    written: /^minutes?$/i,
    never: true,
    except: {
      before:
        /(?:\b(?:take|takes|taking|took|record|records|recording|recorded|prepare|prepares|preparing|prepared|draft|drafts|drafting|drafted|write|writes|writing|wrote|transcribe|transcribes|transcribing|transcribed|distribute|distributes|distributing|distributed|keep|keeps|keeping|kept|publish|published|meeting|board|agendas?|and)|[,;/&(•·*-])\s+(?:(?:the|of|all|board|meeting|staff|committee|accurate|detailed)\s+)*$/i,
      after:
        /^\s+(?:of|for|from|at)\s+(?:the\s+|all\s+|\w+\s+){0,2}(?:meetings?|board|committees?|sessions?|hearings?)\b/i,
    },
  },
  // "Now surpassing a $3B valuation", "a recent valuation of $2 billion": the employer's worth.
  {
    skill: 'Appraisal',
    written: /^valuation$/i,
    before:
      /(?:\$\s?[\d.,]+\s*(?:[kmb]n?|billion|million)?|[\d.,]+\s*(?:billion|million|bn|[kmb])|\b(?:recent|current|latest|company|post-money|pre-money|unicorn))\s*$/i,
  },
  // "design, development, testing and maintenance", "maintenance of software and applications":
  // software kept running, not equipment, unless machines are named beside it.
  {
    skill: 'Equipment maintenance',
    // In prose only: a list of skills ("Deployment, Maintenance, Active Directory") is no clause.
    written: /^maintenance$/,
    around:
      /\b(?:develop\w*|deploy\w*|implement\w*|coding|code|software|applications?|apps?|SDLC|lifecycle|platforms?|websites?|APIs?|models?|releases?|cloud|servers?|databases?|environments?|Citrix|Oracle|Salesforce|Active Directory)\b/i,
    except: {
      around:
        /\b(?:equipment|machines?|machinery|vehicles?|preventa?ti?ve|corrective|repairs?|HVAC|PLC|hardware|PCs?|computers?|printers|Wi-?Fi|facilit(?:y|ies)|buildings?|aircraft|fleet|tools|grounds|mechanical|electrical|plumbing|engines?)\b/i,
    },
  },
  // "streamline business operations", "daily operations", "(product, design, operations)": the
  // word alone is what a business does; running them is the skill ("managed daily operations").
  {
    skill: 'Operations management',
    written: /^(?:operations?|operational)$/i,
    never: true,
    except: {
      before:
        /\b(?:manag\w*|oversee\w*|oversaw|direct\w*|ran|run|running|runs|lead|leads|led|leading|supervis\w*|head\w*|coordinat\w*|responsible for)\s+(?:(?:the|all|daily|day-to-day|store|restaurant|branch|plant|warehouse|office|business|company|its|their|our|overall|general)\s+)*$/i,
    },
  },
  // "$118,000 - $187,800 CAD", "CAD 115,169 - CAD 138,203": Canadian dollars, not drafting.
  { skill: 'Drafting', written: /^CAD$/, before: /[\d$][\d,.]*\s*[kK]?\s*$/, after: /^\s*\$?\s?\d/ },
  // "receiving only general direction", "receiving and directing visitors": not goods received.
  {
    skill: 'Inventory management',
    written: /^receiving$/i,
    after:
      /^\s+(?:only|general|direction|feedback|guidance|instructions?|training|awards?|recognition|positive|calls|phone calls|visitors|and directing|patients|guests|payments?|a\s+(?:degree|bachelor|master|certificate|promotion|raise))\b/i,
  },
  // "diagnostic assessments", "in-vitro diagnostic products", "diagnostic testing by collecting
  // specimens": a clinic's diagnosis of patients, not a fault found in a machine ("diagnostic tests
  // on engines" still is).
  {
    skill: 'Troubleshooting',
    written: /^diagnostics?$/i,
    after:
      /^\s+(?:assessments?|imaging|products?|radiology|ultrasounds?|services|laborator(?:y|ies)|labs?|procedures|studies|criteria|codes?|company|companies|industry|and statistical manual)\b/i,
    around: /\b(?:specimens?|patients?|clinical|in-vitro|in vitro|blood|laborator(?:y|ies)|medical)\b/i,
    except: {
      around:
        /\b(?:machines?|machinery|vehicles?|engines?|HVAC|aircraft|automotive|mechanical|electrical|circuits?)\b/i,
      after:
        /^\s+(?:tests?|testing|checks?|work)\s+(?:on|of)\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:equipment|computers?|networks?|hardware|systems?|units?|devices?)\b/i,
    },
  },
  // A diagnosis is a machine's fault found only beside a machine or its tools ("computer
  // diagnostics", "diagnostic scan tool", "diagnostic, troubleshooting and technical support") or a
  // problem ("diagnose and resolve issues", "diagnose performance problems"); else it is a
  // doctor's, a lab's, a teacher's or a consultant's ("diagnostic X-rays", "a diagnostic assay",
  // "diagnostic, behavioral intervention", "leading the diagnostic and design phases"). The sense
  // above still takes a clinic's diagnostics that name a system ("in vitro diagnostic systems").
  {
    skill: 'Troubleshooting',
    written: /^diagnos/i,
    never: true,
    except: {
      around:
        /\b(?:machines?|machinery|vehicles?|engines?|HVAC|aircraft|avionics|automotive|mechanical|electrical|electronics?|circuits?|boards?|equipment|tools?|computers?|networks?|network|connectivity|hardware|software|systems?|devices?|servers?|troubleshoot\w*|repairs?|repairing|faults?|debug\w*|OBD\w*|scan|technical|wiring|PLCs?|maintenance|test(?:ing)? equipment|IT|issues?|problems?|errors?|bugs?|incidents?|outages?|failures?|root causes?|resolv\w*|resolution|performance|metrics|logs?|UNIX|Linux|Windows|routers?|firewalls?|networking|databases?|SQL|automated)\b/i,
      // "Exceptional diagnostic skills" claims the skill, as "troubleshooting skills" would.
      after: /^\s+(?:skills?|abilit(?:y|ies))\b/i,
    },
  },
  // "eligible for PERM sponsorship": the Labor Department's green-card certification, not a perm.
  {
    skill: 'Chemical hair services',
    written: /^perm$/i,
    after: /^\s+(?:sponsorship|labor certification|process|applications?|filings?|cases?)\b/i,
  },
  // "reporting directly to the board of directors": whom one answers to, not reports one prepares.
  { skill: 'Reporting', written: /^reporting$/i, after: /^\s+(?:directly|straight)\s+to\b/i },
  // Software's telemetry (observability data) and triage (of issues, bugs, alerts), not a cardiac
  // unit's or an emergency room's: 100 and 146 mentions of the corpus's postings, nearly all
  // software. A nurse writes "telemetry unit", "Telemetry RN", "triage of patients".
  {
    skill: 'Telemetry',
    around:
      /\b(?:observability|metrics|logs?|logging|traces?|tracing|monitoring|OpenTelemetry|Grafana|Prometheus|APM|pipelines?|data|dashboards?|instrumentation|SDKs?|systems?|platforms?|software|devices?|vehicles?|distributed)\b/i,
    except: {
      around:
        /\b(?:patients?|nurs\w*|RN|cardiac|unit|hospital|clinical|bedside|medical|physicians?|ventilators?|vital signs|ICU|PCU|step-?down|EKG|ECG|arrhythmias?)\b/i,
    },
  },
  {
    skill: 'Triage',
    around:
      /\b(?:issues?|bugs?|defects?|incidents?|alerts?|tickets?|logs?|security|vulnerabilit\w*|failures?|errors?|crash\w*|on-call|test(?:s|ing)?|automation|findings|requests|escalations|queues?|backlog|support cases|reports)\b/i,
    except: {
      around: /\b(?:patients?|nurs\w*|RN|emergency room|ER|medical|clinical|symptoms|calls? from patients)\b/i,
    },
  },
  // An employer's benefits: "3 personal care days", "mental health days", "on-demand mental health
  // support 24/7", "a comprehensive mental health care platform"; and "caring personally" is a value.
  { skill: 'Home health care', written: /^personal care$/i, after: /^\s+(?:days?|leave|time|products?|brands?)\b/i },
  { skill: 'Home health care', written: /^caring personally$/i, never: true },
  {
    skill: 'Mental health',
    after:
      /^\s+(?:days?|benefits?|stipends?|coverage|platforms?|apps?|allowance|budget|reimbursement|care platform|support (?:through|via|from|24)|and wellness (?:benefits|programs?|stipends?|days?|support|resources))\b/i,
  },
  // "Paint Shop" without its "Pro" is a factory's paint shop: both of the corpus's mentions.
  { skill: 'Corel Paint Shop Pro', written: /^paint shop$/i, never: true },
  // "Supervised production and assembly line staff": the people of a line, not its work.
  {
    skill: 'Product assembly',
    after: /^\s+(?:staff|workers|employees|associates|personnel|operators|teams?|supervisors?|leads?)\b/i,
  },
  // "SQL injection", "dependency injection", "fault injection testing", "CO2 injection", "Key
  // Injection", "Plastic Injection": software's, an oil field's and a molder's, not a patient's.
  // 37 of the corpus's 70 mentions, 27 of them in software postings.
  {
    skill: 'Medical assisting',
    written: /^injections?$/i,
    before:
      /\b(?:SQL|XSS|code|command|script|prompt|dependency|fault|error|key|gas|CO2|water|waterflooding|fluid|wastewater|plastic|molding|fuel|governor)\s*[-)(]?\s*$/i,
  },
  // "AWS Certified CWI", "AWS D1.1", "AWS Brazing Certification", "SMAW/AWS Entry Level Welder": the
  // American Welding Society's. 5 of the corpus's 4,217 mentions, all in welders' and builders' resumes.
  {
    skill: 'AWS',
    written: /^AWS$/,
    around: /\b(?:weld\w*|braz\w*|CWI|D1\.\S*|SMAW|GMAW|FCAW|GTAW|TIG|MIG|ASTM)\b/i,
  },
  // The acronyms of credentials in other trades' senses: an advertiser's CPA is a cost per
  // acquisition ("lower CPA and increase ROI", "target CPA and target RoAS bidding"), a power
  // engineer's EMT an electromagnetic transient ("EMT studies", "EMT analysis"), a cyber
  // operator's CNA a computer network attack ("Computer Networks Attacks (CNA) and … (CND)").
  {
    skill: 'CPA',
    written: /^CPA$/,
    around:
      /\b(?:ROI|ROAS|CPC|CPM|CPL|CTR|CAC|LTV|bid\w*|ads?|advertis\w*|campaigns?|landing pages?|conversions?|acquisition)\b/i,
  },
  {
    skill: 'EMT certification',
    written: /^EMT$/,
    around: /\b(?:studies|study|transients?|harmonic|simulations?|PSCAD|EMTP|power system)\b/i,
  },
  { skill: 'Certified nursing assistant', written: /^CNA$/, around: /\b(?:computer networks?|CND|CNE|cyber\w*)\b/i },
];

/** Characters before and after a mention that `before`, `after` and `around` read. */
const BEFORE = 60;
const AFTER = 80;
/** `around` reads less after the mention than `after` does: about a clause on each side. */
const AROUND_AFTER = 60;
/** `marked` reads more before the mention. */
const MARKED_BEFORE = 100;

/** Whether a mention's words mean something else where they stand, by these senses. */
export function otherSenses(
  senses: readonly OtherSense[],
): (text: string, m: { skill: string; text: string; start: number; end: number }) => boolean {
  // By skill: most mentions name a skill with none, and pass without a slice of text.
  const sensesOf = new Map<string, OtherSense[]>();
  for (const sense of senses) sensesOf.set(sense.skill, [...(sensesOf.get(sense.skill) ?? []), sense]);
  return (text, m) => {
    const found = sensesOf.get(m.skill)?.filter((s) => s.written?.test(m.text) ?? true);
    if (!found?.length) return false;
    const before = text.slice(Math.max(0, m.start - BEFORE), m.start);
    const after = text.slice(m.end, m.end + AFTER);
    const around = `${before} ${m.text} ${after.slice(0, AROUND_AFTER)}`;
    const marked = `${text.slice(Math.max(0, m.start - MARKED_BEFORE), m.start)}[[${text.slice(m.start, m.end)}]]${after}`;
    return found.some(
      (s) =>
        !(
          (s.except?.before?.test(before) ?? false) ||
          (s.except?.after?.test(after) ?? false) ||
          (s.except?.around?.test(around) ?? false) ||
          (s.except?.marked?.test(marked) ?? false)
        ) &&
        (s.never === true ||
          (s.before?.test(before) ?? false) ||
          (s.after?.test(after) ?? false) ||
          (s.around?.test(around) ?? false) ||
          (s.marked?.test(marked) ?? false)),
    );
  };
}

/** Whether a mention's words mean something other than its skill where they stand. */
export const inOtherSense = otherSenses(SENSES);
