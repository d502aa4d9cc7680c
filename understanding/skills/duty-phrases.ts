/**
 * Skills a resume states as duties rather than by name: "Trained all new sales employees" is staff
 * training, "manage a team of 15" team leadership, "Greet customers" customer service, "Answered
 * incoming telephone calls" telephone etiquette, "plan and execute various events" event planning,
 * "works well with others" teamwork. The names and their stems (taxonomy.ts, phrase-stems.ts)
 * cannot reach these: a verb in the past tense and a few words stand between the action and whom
 * it was done to. Each pattern needs the verb and the people (or calls, or events) right after it,
 * at most three words between (four in a run of verbs: "Recruit, train, develop, and manage a
 * team"), so "trained in CPR" or "managed inventory" say nothing here.
 */

/** The people a duty is done to: staff, employees, a crew, new hires… */
const PEOPLE_WORDS =
  'staff|employees|new hires|hires|associates|workers|team members|crews?|teams?|cashiers|servers|cooks|chefs|agents|apprentices|laborers|nurses|volunteers|technicians|representatives|reps|tellers|stewards|personnel|subordinates|direct reports|trainees|interns|manpower|consultants|managers|supervisors|salespeople|sales force|clerks|operators|drivers|instructors|coordinators|assistants|specialists|analysts|mechanics|installers|caregivers|aides';
const PEOPLE = `(?:${PEOPLE_WORDS})`;
/** Up to three words between the verb and the people ("all new sales", "and mentored over 23"). */
const BETWEEN = "(?:[\\w'$%,.-]+\\s+){0,3}?";
/**
 * Up to three words, none a preposition: whom one leads follows the verb, not "training of
 * managers", "relationships between truck drivers" or "relationships with international teams".
 */
const BETWEEN_NO_PREPOSITION =
  "(?:(?!(?:with|for|to|across|of|in|on|at|among|between|within|from|by)\\b)[\\w'$%,.-]+\\s+){0,3}?";
/** Up to four in a run of verbs ("Recruit, train, develop, and manage a team"). */
const BETWEEN_VERBS = "(?:[\\w'$%,.-]+\\s+){0,4}?";

interface DutyPattern {
  readonly skill: string;
  readonly pattern: RegExp;
}

/** The commonest shape: one of the verbs, up to three words, then one of the objects. */
function verbThenObject(skill: string, verbs: string, objects: string): DutyPattern {
  return { skill, pattern: new RegExp(`\\b(?:${verbs})\\s+${BETWEEN}(?:${objects})\\b`, 'gi') };
}

const DUTIES: readonly DutyPattern[] = [
  {
    skill: 'Staff training',
    pattern: new RegExp(
      `\\b(?:trained|train|trains|training|mentored|mentor|mentors|mentoring|coached|coach|coaches|onboarded|onboard|onboarding),?\\s+${BETWEEN_VERBS}${PEOPLE}\\b`,
      'gi',
    ),
  },
  {
    skill: 'Team leadership',
    pattern: new RegExp(
      // A comma only after a verb in the past ("Planned, directed, coordinated and assigned
      // manpower"): "leads, and Product Managers" is a list of nouns.
      `\\b(?:(?:supervised|led|managed|directed|oversaw),?\\s+|(?:supervise|supervises|supervising|lead|leads|leading|manage|manages|managing|directing|oversee|oversees|overseeing)\\s+)${BETWEEN_NO_PREPOSITION}${PEOPLE}\\b`,
      'gi',
    ),
  },
  {
    // "Built and led a team of 12", "Developing High Performing Teams": only a team is built.
    skill: 'Team leadership',
    pattern: new RegExp(
      // Not "growing": "join our growing team" is the employer's news.
      `\\b(?:built|build|builds|building|grew|developed|develop|develops|developing|assembled|assemble)\\s+${BETWEEN_NO_PREPOSITION}teams?\\b(?!\\s+members?\\b|['’])`,
      'gi',
    ),
  },
  {
    // "Experience managing complex and time sensitive projects", "Led multiple construction projects".
    skill: 'Project management',
    pattern: new RegExp(
      `\\b(?:managed|manage|manages|managing|led|lead|leads|leading|oversaw|oversee|oversees|overseeing|coordinated|coordinate|coordinates|coordinating)\\s+${BETWEEN_NO_PREPOSITION}projects\\b`,
      'gi',
    ),
  },
  {
    // "Recruit, train, develop, and manage a team of 15", "Interviewed and hired new staff".
    skill: 'Recruiting',
    pattern: new RegExp(
      `\\b(?:recruit|recruited|recruits|interview|interviewed|interviewing|hired|hire),?\\s+(?:[\\w'$%,.-]+\\s+){0,5}?(?:${PEOPLE_WORDS}|candidates|applicants)\\b`,
      'gi',
    ),
  },
  {
    skill: 'Customer service',
    pattern: new RegExp(
      `\\b(?:greet|greeted|greets|greeting|assist|assisted|assists|assisting|serve|served|serves|serving|help|helped|helps|helping|met|welcome|welcomed|welcomes|welcoming)\\s+(?!as\\b)${BETWEEN}(?:customers|guests|clients|patrons|shoppers|callers|visitors|diners|passengers)\\b`,
      'gi',
    ),
  },
  verbThenObject(
    'Telephone etiquette',
    'answer|answered|answers|answering|handle|handled|handles|handling|screen|screened|screening',
    '(?:tele)?phone calls',
  ),
  {
    // "Works well with others", "collaborate effectively across teams", "a collaborative environment".
    skill: 'Teamwork',
    pattern: new RegExp(
      `\\b(?:(?:collaborate|collaborates|collaborated|collaborating|work|works|worked|working)\\s+(?:(?:well|closely|effectively|cooperatively)\\s+)?(?:with|across|alongside)\\s+${BETWEEN}(?:teams?|colleagues|co-?workers|others|team members|peers|departments)|collaborative\\s+(?:environments?|teams?|culture|settings?|workplaces?|manner))\\b`,
      'gi',
    ),
  },
  verbThenObject(
    'Event planning',
    'plan|planned|plans|planning|organize|organized|organizes|organizing|coordinate|coordinated|coordinates|coordinating|host|hosted|hosts|hosting|execute|executed|executes|executing|chair|chaired|chairs|chairing|facilitate|facilitated|facilitates|facilitating',
    'events?|conferences?|fundraisers?|galas?|auctions?|open houses?|open house events|trade shows?|luncheons?|banquets?|receptions?|weddings?',
  ),
  // "Resolved customer complaints", "handled billing disputes", "mediated employee grievances" (not an
  // engineer's "technical escalations": issues, not complaints).
  verbThenObject(
    'Complaint resolution',
    'resolved|resolve|resolves|resolving|handled|handle|handles|handling|addressed|address|addresses|addressing|investigated|investigate|investigates|investigating|mediated|mediate|mediates|mediating',
    'complaints|disputes|grievances',
  ),
  // "Use Excel and PowerPoint to create presentations", "delivered presentations to the board".
  verbThenObject(
    'Presentation skills',
    'created|create|creates|creating|prepared|prepare|prepares|preparing|delivered|deliver|delivers|delivering|gave|give|gives|giving|made|developed|develop|develops|developing|designed|design|designs|designing',
    'presentations',
  ),
  // "Negotiated pricing with vendors", "managed supplier relationships".
  verbThenObject(
    'Vendor management',
    'managed|manage|manages|managing|negotiated|negotiate|negotiates|negotiating|liaised|liaise|liaises|liaising|sourced|selected|evaluated|evaluate|evaluates|evaluating',
    'vendors|suppliers|vendor relationships|supplier relationships',
  ),
  // "Conducted research on market trends", "performed legal research".
  verbThenObject('Research', 'conducted|conduct|conducts|conducting|performed|perform|performs|performing', 'research'),
  // "Prepared monthly sales reports", "compiled weekly reports for management".
  verbThenObject(
    'Reporting',
    'prepared|prepare|prepares|preparing|generated|generate|generates|generating|produced|produce|produces|producing|compiled|compile|compiles|compiling|wrote|write|writes|writing',
    'reports',
  ),
  // "Maintained inventory", "tracked and ordered stock levels".
  verbThenObject(
    'Inventory management',
    'maintained|maintain|maintains|maintaining|managed|manage|manages|managing|tracked|track|tracks|tracking|monitored|monitor|monitors|monitoring|controlled|control|controls|controlling|counted|reconciled',
    'inventory|inventories|stock levels',
  ),
  // "Ordered supplies", "procured materials and equipment": one's own buying, in the past or as a gerund.
  verbThenObject(
    'Purchasing',
    'ordered|ordering|procured|procuring',
    'supplies|materials|parts|equipment|merchandise|stock',
  ),
  // "Analyzed sales data", "interpret clinical data".
  verbThenObject(
    'Data analysis',
    'analyzed|analyze|analyzes|analyzing|analysed|analyse|analyses|analysing|interpreted|interpret|interprets|interpreting',
    'data',
  ),
  // "Scheduled patient appointments", "schedule meetings and interviews".
  verbThenObject(
    'Scheduling',
    'scheduled|schedule|schedules|scheduling|booked|booking',
    'appointments|meetings|interviews|shifts|deliveries',
  ),
];

export interface DutyMention {
  readonly skill: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Every duty phrase of a text, with the span that states it. */
export function dutyMentions(text: string): DutyMention[] {
  const out: DutyMention[] = [];
  for (const { skill, pattern } of DUTIES) {
    for (const m of text.matchAll(pattern)) {
      // A sentence or a list item ends at a full stop or a line break: no duty runs across one,
      // unless the line was wrapped and goes on in lower case ("plan and execute various\nevents").
      if (/[.;]\s|\n(?![ \t]*\p{Ll})/u.test(m[0])) continue;
      out.push({ skill, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}
