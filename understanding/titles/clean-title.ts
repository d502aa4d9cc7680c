import { FRENCH_ONLY, GERMAN_HEADS, TITLE_GLOSSARY, TITLE_TYPOS } from './title-glossary';
import { foldAccents } from '../../common/fold-accents';

/**
 * Real posting titles carry more than the job: "Senior iOS Engineer (Czech Republic)", "Python
 * Engineer (m/f/x) onsite or remote (in Germany or Austria)", "Senior Full Stack Engineer - Creatives
 * Library", "Développeur(se) - Java - Services Publics - Lyon", "Software Engineer (1659)". A
 * classifier fed all of it answers with look-alikes of the extras (Library Technicians, Foreign
 * Language Teachers). Cleaning keeps the part that names the job, in English.
 */
export interface CleanTitle {
  /** What the classifier reads: the job part, level words dropped, translated into English. */
  readonly text: string;
  /** The segment taken as the job, as written (after markers and codes were removed). */
  readonly head: string;
  /** Segments set aside as place, team, company, contract or language. */
  readonly dropped: readonly string[];
}

const fold = (s: string): string => foldAccents(s).toLowerCase();

// "(H/F)", "F/H", "(m/f/d)", "(all genders)", "H/F/N", "(H-F)", "(M/W)", "(f/m/x)".
const GENDER =
  /\(?\s*\b(?:[hfmwdxn]\s*[/-]\s*[hfmwdxn](?:\s*[/-]\s*[hfmwdxn])?|all\s+genders?|alle\s+geschlechter|tous\s+genres)\b\s*\)?/giu;
// "REF40936A", "ref071", "(REF 04-01D)", "(ID: 2223)", "(ID 2224)", "Req #123", "(1659)", a leading "581 -".
const CODES =
  /\(?\b(?:ref|req|id|job\s*id|requisition)\b\.?\s*[:#-]?\s*[a-z0-9-]*\d[a-z0-9-]*\)?|\(\s*\d{3,}\s*\)|^\s*\d{2,}\s*[-–:|]\s*|\[[^\]]{1,12}\]/giu;
// Inclusive French endings: Développeur(se), Développeur/se, Développeur.se, Développeur•euse, Apprenti(e), (-ius).
const INCLUSIVE =
  /(\p{L})(?:\((?:e|se|euse|trice|rice|ne|ive|ere|ère|ienne)\)|[/.•·](?:e|se|euse|trice|rice|ne|ive|ienne)\b)/gu;
// Pictographs and symbols that some boards put in titles.
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;

const INITIALISM = /((?:\p{L}+\s+){1,5})\(\s*(\p{Lu}{2,5})\s*\)/gu;
/** Whether `letters` are the initials of the last words of `before` ("Quality Assurance", "QA"). */
function initialsOf(before: string, letters: string): boolean {
  const initials = before
    .trim()
    .split(/\s+/u)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return initials.endsWith(letters.toUpperCase());
}
const IN_TEST = /\b(?:software\s+)?(?:development\s+)?(?:engineer|developer)\s+in\s+test\b/giu;

/** Head words that say where one stands, not what the work is: "Owner, Chef" is a chef. */
const RANKS = new Set(
  'owner manager director supervisor head lead leader president vp partner principal executive officer chief founder'.split(
    ' ',
  ),
);

/** The conjunction the last of a list of roles opens with: "Lecturer, Chef Instructor, and Recruiter". */
export const LIST_CONJUNCTION = /^\s*(?:and|&)\s+/i;

/** Segment separators: dashes with a space on a side, bars, commas, colons, brackets, spaced slashes. */
const SEPARATORS = /\s[-–—]+\s?|[-–—]+\s|\s*[|,;:()[\]]\s*|\s+\/\s+|\s+@\s+|\s+\bat\b\s+/u;

/** Words that name a job (the head of a title), English and after translation. */
export const HEAD_WORDS = new Set(
  `engineer engineers developer developers programmer architect manager managers director lead leader head analyst
  scientist designer consultant specialist representative rep executive associate officer coordinator administrator
  assistant technician tester sdet qa sre devops mlops dba recruiter sourcer accountant auditor controller bookkeeper
  clerk nurse physician therapist teacher tutor instructor trainer professor writer editor translator interpreter
  counsel lawyer attorney paralegal agent advisor adviser planner buyer chef cook driver mechanic electrician
  carpenter plumber operator expert strategist marketer partner owner president vp cto ceo cfo coo ciso intern
  apprentice student drafter technologist researcher economist statistician actuary modeler modeller support
  producer artist animator photographer coach counselor pharmacist dentist hygienist medic paramedic keyholder
  superintendent supervisor foreman inspector estimator surveyor programme program principal fellow
  salesperson advocate ambassador steward host agent coder administrator devsecops secops welder cashier
  server bartender barista receptionist secretary housekeeper janitor custodian laborer machinist painter pilot
  attendant teller underwriter adjuster banker broker realtor stylist cosmetologist barber aide caregiver
  dietitian nutritionist veterinarian biologist chemist farmer rancher grower agronomist journalist reporter
  copywriter guard dispatcher generalist educator paraprofessional librarian worker merchandiser courier
  handler loader packer stocker nanny fellow volunteer founder cpa technologist mechanic electrician
  installer repairer inspector engineer investigator examiner detective transporter faculty`.split(/\s+/),
);

/** Level and arrangement words: the seniority model reads them; the occupation does not depend on them. */
const LEVEL = new Set(
  `senior sr snr ssr junior jr middle mid intermediate staff experienced confirmed entry level
  i ii iii iv v vi l1 l2 l3 l4 l5 l6 l7 l8 remote hybrid onsite freelance contract temporary interim
  fulltime parttime new grad fresh`.split(/\s+/),
);
export const isLevelWord = (w: string): boolean => LEVEL.has(w);
/** Dropped only when they open the title and more follows ("Lead Engineer", "Principal Frontend Engineer"). */
const LEADING_LEVEL = new Set(['lead', 'principal', 'associate', 'distinguished']);
/** Heads that say the arrangement rather than the work: a title with a stronger head elsewhere uses that. */
const WEAK_HEADS = new Set([
  // A program is what a title's job belongs to ("Binance Accelerator Program - Java Developer"),
  // or the work a rank runs ("Program Manager"); beside a stronger head it is not the job.
  'program',
  'programme',
  'apprentice',
  'intern',
  'student',
  'trainee',
  'associate',
  'lead',
  'leader',
  'partner',
  'head',
]);
/** Function words of the six languages, dropped before classification. */
const STOPWORDS = new Set([
  'or',
  'et',
  'de',
  'd',
  'du',
  'des',
  'en',
  'la',
  'le',
  'les',
  'l',
  'und',
  'fur',
  'van',
  'het',
  'y',
  'e',
  'em',
  'do',
  'da',
  'para',
  'inom',
  'a',
]);

/** Segments that say where, how or for whom, never what. */
const NOT_THE_JOB =
  /^(?:remote|hybrid|onsite|on-site|full[- ]?time|part[- ]?time|contract|temporary|permanent|freelance|cdi|cdd|internship|all levels?|any level|us|usa|uk|eu|emea|apac|amer|latam|anz|dach|benelux|nordics|americas|europe|asia|worldwide|global|anywhere|\d+[- ]month.*|.*\b(?:speaking|speaker|bilingual)\b.*|(?:in |based in )?(?:[A-Z][\p{L}.]+\s?){1,3}(?:area|region|time zones?|residents only)|.*\bremote\b.*|.*\b(?:u\.?s\.?|usa|canada|europe|germany|france|spain|portugal|brazil|india|mexico|argentina|chile|colombia|uruguay|poland|romania|turkey|japan|philippines|czech republic|netherlands|austria|switzerland|italy|ireland|uk|united kingdom|united states|latin america|emea|apac|latam)\b.*)$/iu;

const ACRONYMS: Readonly<Record<string, string>> = {
  sdet: 'software test engineer',
  sde: 'software development engineer',
  qa: 'quality assurance',
  sre: 'site reliability engineer',
  mlops: 'machine learning operations',
  ml: 'machine learning',
  ds: 'data science',
  ai: 'artificial intelligence',
  ux: 'user experience',
  ui: 'user interface',
  bdr: 'business development representative',
  sdr: 'sales development representative',
  adr: 'sales development representative',
  hr: 'human resources',
  'l&d': 'learning and development',
  dba: 'database administrator',
  iam: 'identity and access management',
  secops: 'security operations',
  devsecops: 'devops security',
  tpm: 'technical program manager',
  csm: 'customer success manager',
  it: 'information technology',
  rep: 'representative',
  gis: 'geographic information systems',
  pm: 'project manager',
  'r&d': 'research and development',
};

/**
 * Commercial titles whose words mislead a reader of O*NET's titles: "development" in "Partner
 * Development Manager" is business development, not software or training; a solutions engineer
 * or consultant is a pre-sales engineer; developer relations is marketing to developers; customer
 * success staff serve customers. Rewritten to the wording O*NET uses for those jobs.
 */
const COMMERCIAL_PREFIX =
  '(?:business|partner|partners|partnership|partnerships|channel|account|lead|capture|dealer|commercial|market|new business)';
const REWRITES: readonly (readonly [RegExp, string])[] = [
  // "Site Reliability Engineering Engineer" (its initials in brackets gone): the engineering says it twice.
  [/\b(\p{L}+) engineering engineer\b/gu, '$1 engineer'],
  [
    new RegExp(`\\b${COMMERCIAL_PREFIX} development (?:representative|associate|rep|executive)\\b`, 'g'),
    'sales development representative',
  ],
  [new RegExp(`\\b${COMMERCIAL_PREFIX} development (manager|director|lead)\\b`, 'g'), 'sales $1'],
  // The rank first ("Director of Business Development", "Director, Business Development"): read
  // as written, 15 LiveCareer headlines went to Wind Energy Development Managers.
  [new RegExp(`\\b(manager|director|lead) (?:of )?${COMMERCIAL_PREFIX} development\\b`, 'g'), 'sales $1'],
  [new RegExp(`\\b(?:vp|vice president) (?:of )?${COMMERCIAL_PREFIX} development\\b`, 'g'), 'vice president of sales'],
  // "Lead Development Rep": the level word went, the sales role stays.
  [/^development (?:representative|associate)$/g, 'sales development representative'],
  [/\bsolutions? (?:engineer|consultant)\b/g, 'sales engineer'],
  [/\bdeveloper relations\b/g, 'developer marketing'],
  [
    /\blearning (?:and )?development (?:consultant|specialist|partner|advisor)\b/g,
    'training and development specialist',
  ],
  [/\blearning (?:and )?development (manager|director|lead)\b/g, 'training and development $1'],
  // "Ingénieur génie électrique": an engineer of electrical engineering is an electrical engineer.
  [/^engineer (\p{L}+) engineering$/gu, '$1 engineer'],
  [/\bcustomer success (?:specialist|representative|associate|agent|advocate)\b/g, 'customer service representative'],
  // O*NET files "Full Stack Engineer" under Engineers, All Other, "Site Reliability Engineer" under
  // Validation Engineers and "Platform Engineer" under Blockchain Engineers; postings mean software.
  [/\bfull ?stack (?:(\p{L}+) )?engineer\b/gu, 'full stack $1 software engineer'],
  [/\bsite reliability engineer\b/g, 'site reliability software engineer'],
  [/^platform engineer\b/g, 'platform software engineer'],
  [/\bsoftware engineering manager\b/g, 'software development manager'],
  // Implementation consultants fit software to a client's business, as O*NET's computer systems
  // analysts do; an implementation manager runs that project.
  [
    /\b(?:software |technical |saas |erp )?implementation (?:consultant|specialist|analyst)\b/g,
    'implementation consultant',
  ],
  [/\b(?:software |technical |saas |erp )?implementation (manager|lead|director)\b/g, 'implementation project $1'],
  // Manual or automated testing is software testing; a bare "quality engineer" may be in a factory.
  [
    /\b(?:(?:manual|automation) quality assurance|quality assurance automation|automation test(?:ing)?|test automation) engineer\b/g,
    'software quality assurance engineer',
  ],
  // O*NET files "Quality Assurance Engineer" under Validation Engineers; on the boards, 133 postings
  // titled QA or quality assurance engineer, analyst, tester or lead ask, nearly all, for Selenium,
  // Cypress, Playwright or a programming language: software testing.
  [/(?<!software )\bquality assurance (engineer|analyst|tester|lead)\b/g, 'software quality assurance $1'],
  // The same check over every board title whose postings mostly ask for three or more developer
  // technologies yet landed outside computing: "Fullstack Engineer" (38 of 54 under Engineers, All
  // Other), "Quality Engineer" (28 of 28 under Validation Engineers, 25 of them asking for
  // developer tools), "Mobile Engineer", "Database Reliability Engineer", "Release Engineer"
  // (Automotive Engineers).
  [/^quality engineer$/g, 'software quality assurance engineer'],
  [/\b(mobile|release) engineer\b/g, '$1 software engineer'],
  // The same for the engineers of what only software has: compilers, localization, open source,
  // integrations, SDKs, games and a client's deployment ("Compiler Engineer" went to statistical
  // assistants, "Open Source Engineer" to hydrologists, "Localization Engineer" to mechanical
  // engineers, "Forward Deployed Engineer" to the military, a game engineer to game designers).
  [
    /\b(compiler|localization|localisation|open source|integrations?|sdk|forward deployed|game(?:play)?(?: services)?) engineer\b/g,
    '$1 software engineer',
  ],
  [
    /\b(database|production|infrastructure|systems?|application|integration|platform|services?) reliability engineer\b/g,
    '$1 reliability software engineer',
  ],
  // A later pass of the same kind, over every confident answer on the boards' and the resumes'
  // titles that no O*NET title of the occupation explains: build engineers went to terrazzo
  // workers, tech leads to environmental technicians, growth engineers to soil scientists,
  // developer advocates to urban planners, detection engineers to safety engineers and community
  // engineers to community health workers, all of them above developer tools.
  [/(?<!design )\bbuild engineer\b/g, 'build software engineer'],
  // "Technical Lead" the same: on the boards all 24 technical leads lead software teams, and read
  // as written "Technical Lead" and "Leader technique" went to career and technical teachers.
  [/\btech(?:nical)? (?:team )?lead(?:er)?(?: engineer)?\b/g, 'lead software engineer'],
  [/\b(growth|community) engineer\b/g, '$1 software engineer'],
  // The engineers of a product's search, billing, payroll, payments, HR systems or accessibility:
  // on the boards "Senior Search Engineer (Python)" went to search marketing strategists, "Payroll
  // Services Engineer" (Ruby, TypeScript, React) to payroll clerks and "Accessibility Engineer" to
  // elevator installers. (A fraud engineer may be fraud or security work: left as it reads.)
  [
    /\b(search|billing|payroll|payments?|hr systems|accessibility)((?: (?:systems?|services|platform))?) (engineer|developer)\b/g,
    '$1$2 software $3',
  ],
  [/\bdeveloper advocate\b/g, 'software developer advocate'],
  // Security and data work O*NET's titles name otherwise: offensive security is penetration
  // testing ("Offensive Security Engineer" went to digital forensics analysts), threat
  // intelligence engineers secure systems (not intelligence agencies), and scraping is the web's
  // ("Scraping engineer" went to civil engineers).
  [/\boffensive security engineer\b/g, 'penetration testing engineer'],
  [/\bthreat intelligence engineer\b/g, 'threat intelligence security engineer'],
  [/\b(?:web |data )?scraping engineer\b/g, 'web scraping software engineer'],
  // "Member of Technical Staff" is the engineer's title at software companies (OpenAI, VMware,
  // Salesforce); read as written, "staff" went as a level and "member of technical" to
  // nanotechnology technicians. A document's skills choose the field (bareTitle: a role).
  [/^member of (?:the )?technical$/g, 'software engineer'],
  [
    /(?:^|\b(?:security|threat|cyber) )detection(?: (?:and )?response)? (engineer|developer)\b/g,
    'information security $1',
  ],
  // An escalation engineer takes the support cases front-line support cannot close ("Escalation
  // Engineer" went to mechanical engineers); a computer vision engineer writes vision software.
  [/\bescalation engineer\b/g, 'technical support engineer'],
  [/\bcomputer vision engineer\b/g, 'computer vision software engineer'],
  // An engineer of an operating system or of the servers running one keeps systems running, as a
  // systems administrator does ("Unix/Linux Infrastructure Engineer", "Ingénieur système Windows",
  // "SAP Basis Engineer"); read as written, "Windows Engineer" half went to glaziers. An identity
  // or privacy engineer secures systems: "Identity Engineer" went to police identification
  // officers, "Privacy Engineer" to compliance managers.
  [
    /\b(?:(?:unix |linux |windows |server |sap basis |active directory )+(?:infrastructure |systems? )?engineer|systems? engineer (?:windows|linux|unix))\b/g,
    'systems administrator engineer',
  ],
  [/\b(?:identity(?: and access management)?|privacy) engineer\b/g, 'information security engineer'],
  // Bare, O*NET files "Operations Manager" and "Operations Director" under Media Technical
  // Directors as well as General and Operations Managers, and "Owner" under Urologists alone;
  // resumes and postings mean the general manager and the business owner.
  [/^(?:operations manager|operations director|director of operations)$/g, 'general and operations manager'],
  [/^(?:co |business |franchise |store |small business )?owner(?: operator)?$/g, 'chief executive'],
  // The word "owner" taught the lexical model that one O*NET title, so every owner was a urologist:
  // a product owner does what O*NET's product managers do; the owner of a restaurant, salon or
  // bakery manages it; an owner who names a trade as well ("Owner/Operator Truck Driver") works it.
  [/\bproduct owner\b/g, 'product manager'],
  [/^(?:co )?owner(?: operator)?(?: and)? (?=[a-z])/g, ''],
  [/\b([a-z]+) owner$/g, '$1 manager'],
  // A shift lead supervises a shift, as a shift supervisor does; O*NET has neither "shift lead"
  // nor "shift leader", and the bare words went to furnace operators and instructional coordinators.
  [/\bshift lead(?:er)?\b/g, 'shift supervisor'],
  // An assistant manager does the manager's work under the manager: "Assistant Store Manager" is
  // filed with store managers, where "assistant" alone pulled every one to executive secretaries.
  [/^assistant ((?:[a-z]+ ){0,2})manager$/g, '$1manager'],
  // A floater fills in wherever staff is short ("Floater/Teacher", "Bank Teller Floater"); O*NET
  // files the bare word under sailors. Beside a job it names how the job is staffed, not the job.
  [/\bfloater (?=[a-z])|(?<=[a-z]) floater\b/g, ''],
  // O*NET's social media titles are specialists, strategists and managers (marketing and public
  // relations); "Social Media Coordinator" was read by "media coordinator", which O*NET lists under
  // Media Programming Directors alone, and "Social Media Content Creator" went to game designers.
  [
    /\bsocial media (?:coordinator|assistant|associate|producer|agent|content creator|creator|editor|analyst)\b/g,
    'social media specialist',
  ],
  // O*NET lists "Account Executive" under Advertising and Promotions Managers alone; of the seven
  // LiveCareer resumes headed so, four sell (wireless, healthcare, fitness, aviation services).
  // Outside advertising, media and public relations an account executive is a sales representative.
  [
    /(?<!\b(?:advertising|media|public relations|pr|agency|marketing) )\baccount executive\b/g,
    'sales account executive',
  ],
  // A graduate engineer, accountant or developer is a new graduate in that job; read as written,
  // "Graduate Engineer" was a postsecondary teaching assistant. Graduate assistants stay.
  [/^graduate (?!(?:teaching |research )?assistant\b|students?\b)(?=[a-z])/g, ''],
  // Technical operations at a technology company run its systems (IT operations); O*NET's own
  // "technical operations" is a broadcaster's, where "Technical Operations Manager" went.
  [/\btechnical operations\b/g, 'it operations'],
  // Corporate development is mergers and acquisitions, corporate finance's work ("Corporate
  // Development Analyst" went to training and development specialists); a provider or care
  // network is a health plan's doctors and clinics, not computers; clinical (development, trial)
  // operations run clinical research ("Head, Clinical Development Operations" went to Media
  // Technical Directors, O*NET's "operations director").
  [/\bcorporate development\b/g, 'corporate finance'],
  [/\b(?:provider|care) network\b/g, 'healthcare network'],
  [/\bclinical (?:development |trials? )?operations\b/g, 'clinical research operations'],
  // A guest teacher stands in for the class's own teacher.
  [/\bguest teacher\b/g, 'substitute teacher'],
  // Hydroblasting cleans with water at high pressure: "HYDROBLASTING TECHNICIAN" had been a
  // hydrologist's technician.
  [/\bhydro[- ]?blast(?:ing|er|ers)?\b/g, 'pressure washer'],
  // An automobile transporter hauls cars; O*NET's "transporter" moves patients (Orderlies).
  [/\b(?:auto(?:mobile)?|car|vehicle) transporter\b/g, 'auto transport driver'],
  // A licensed contractor builds: read as written, "LICENSE CONTRACTOR" was a license clerk.
  [/\blicen[cs]ed? contractor\b/g, 'general contractor'],
  // In a school "BI" is bilingual: "BI TEACHER" had been a business intelligence analyst.
  [/\bbi (teacher|instructor|educator|paraprofessional|aide)\b/g, 'bilingual $1'],
  // An insurer's policy service staff process policies: "POLICY SERVICE SPECIALIST" had been a
  // political scientist.
  [
    /\bpolicy services? (?:specialist|representative|rep|associate|clerk|coordinator)\b/g,
    'insurance policy processing clerk',
  ],
  // Best Buy's Geek Squad supports and repairs computers; read as written its agent sold tickets.
  [/\bgeek squad(?: [a-z]+)* (?:agent|technician|tech)\b/g, 'computer support technician'],
  // A guest lecturer, speaker or instructor teaches as invited; O*NET's "guest" is a hotel's, and
  // read as written "Guest Lecturer" went to lodging managers and hotel desk clerks.
  [/\bguest (lecturer|speaker|instructor|professor|presenter|faculty)\b/g, '$1'],
  // The assistant of an executive ("Assistant to CFO", "Executive Assistant to Director of
  // Operations & CEO") is an executive assistant; read as written the executive named the job
  // (Chief Executives, confidently). Of other people ("Assistant to the Teacher") it is not.
  [
    /^(?:(?:executive|administrative|personal) )?assistant to (?:the )?(?:[a-z&]+ )*?(?:ceo|cfo|coo|cto|cio|president|vp|director|chief|owner|executive|founder|partner|chairman)\b.*$/g,
    'executive assistant',
  ],
  // A founder started the business and runs it, as an owner does; O*NET's "founder" casts metal
  // ("Iron Founder"), so "Founder" went to metal-refining furnace operators and "Co-Founder" to
  // orthoptists.
  [/^(?:co )?founder(?: and)?(?: (?:ceo|president|chief executive|owner))?$/g, 'chief executive'],
  // In British and Indian usage an executive of a service or of admissions is its staff member:
  // "Accommodation Service Executive", "Customer Care Executive", "Admissions Executive" went to
  // Chief Executives, confidently.
  [
    /^((?:accommodation|customer|guest|client|passenger|member) )?(?:services?|care|support) executive\b/g,
    '$1service representative',
  ],
  [/^admissions? executive\b/g, 'admissions representative'],
  // "Commission" reads as a commissioner (O*NET files "Commissioner" under Chief Executives): a
  // commission specialist or analyst works out sales pay, and a (non-)commissioned security officer
  // is licensed to carry a gun or not. Both went to Chief Executives, confidently.
  [/\bcommissions? (specialist|analyst|administrator|coordinator|accountant|clerk)\b/g, 'sales compensation $1'],
  [/\bnon ?commissioned (?=security\b)/g, 'unarmed '],
  [/\bcommissioned (?=security\b)/g, 'armed '],
  // The account of an account manager is a customer's; beside "partner" or "business" it read as
  // accounting ("Partner Account Manager", "Business Account Lead" went to accountants).
  [
    /\b(?:partner|channel|key|strategic|national|business|major|global|regional|territory|corporate) account (manager|lead|director|representative)\b/g,
    'sales account $1',
  ],
  // An independent designer or beauty advisor works for themself; "independent" taught the lexical
  // model O*NET's door-to-door sellers ("Independent Distributor"), where "Independent Designer" went.
  // Independent sellers ("Independent Sales Associate"), contractors and living specialists keep it.
  [
    /^independent (?!(?:sales|consultants?|distributors?|representatives?|dealers?|contractors?|agents?|sellers?|living)\b)/g,
    '',
  ],
  // O*NET lists a bare "Mover" under millwrights (a machinery mover) as well as hand movers, and
  // the lexical model took the millwright: a mover moves household and office goods.
  [/^movers?$/g, 'furniture mover'],
  // A simulator technician keeps flight simulators' instruments and electronics working; read as
  // written, "simulator" made it a software developer.
  [/\bsimulator (technician|tech|maintainer|mechanic)\b/g, 'simulator avionics $1'],
  // O*NET's only fuel-quality titles are a biomass plant's ("Fuel Quality Technician"); aviation fuel
  // is handled by aircraft fuelers ("Aviation Fuel Quality Control Specialist" went to biomass).
  [/\b(?:aviation|aircraft|jet) fuel(?:s|ing)?\b/g, 'aircraft fueler'],
  // Speech is a part of the language arts a teacher teaches ("Reading, Speech & Language Arts
  // Teacher"); beside "language" it read as speech-language pathology.
  [/\bspeech (?:and )?(?=language arts\b)/g, ''],
  // A physical therapist's technician or aide is a physical therapy aide; read by its first words
  // it was the therapist.
  [/\bphysical therapist (technician|tech|aide)\b/g, 'physical therapy $1'],
  // An operations technician runs and keeps a plant's process going, as a production technician
  // does; O*NET lists the bare title under biomass, nuclear, geothermal and broadcast technicians,
  // and it went to Biomass Plant Technicians, confidently, on a bottling plant's technician. (Read
  // by the resume's skills alone, it went to waiters and farmers.)
  [/^operations (technician|tech)\b/g, 'production $1'],
  // O*NET lists "Production Coordinator" under Biofuels Production Managers (where it went, at
  // 0.92, beside "Purchaser") and production planning clerks; without "biofuel" it plans production.
  // Alone it is read by the resume's skills (bareTitle).
  [/^production coordinator$/g, 'production planning coordinator'],
];

/** Words of a segment, folded, with German compounds split at their occupation word. */
function words(segment: string): string[] {
  const out: string[] = [];
  const joined = fold(segment)
    // "Full Time Student/Intern": written apart, the arrangement is the level word "fulltime" all the same.
    .replace(/\b(full|part)[\s-]+time\b/gu, '$1time')
    // "Substitute Para Professional": the prefix, not the Spanish and Portuguese "para" (a stopword).
    .replace(/\bpara[\s-]+(professional|educator|legal)\b/gu, 'para$1');
  for (const w of joined.match(/[\p{L}\p{N}][\p{L}\p{N}&'+#.]*/gu) ?? []) {
    const written = w.replace(/[.']+$/u, '');
    const bare = TITLE_TYPOS[written] ?? written;
    const compound = GERMAN_HEADS.find(([head]) => bare.length > head.length + 3 && bare.endsWith(head));
    if (compound && !(bare in TITLE_GLOSSARY)) out.push(bare.slice(0, -compound[0].length), compound[0]);
    else out.push(bare);
  }
  return out;
}

const headOf = (w: string): string | undefined =>
  [w, TITLE_GLOSSARY[w]?.split(' ').at(-1), ACRONYMS[w]?.split(' ').at(-1)].find(
    (x) => x !== undefined && HEAD_WORDS.has(x),
  );

/** 2: names a job ("Engineer", "Développeur"); 1: only an arrangement ("Alternance", "Intern"); 0: neither. */
function headStrength(segment: string): number {
  let best = 0;
  for (const w of words(segment)) {
    const head = headOf(w);
    if (head) best = Math.max(best, WEAK_HEADS.has(head) ? 1 : 2);
  }
  return best;
}

const looksFrench = (title: string): boolean => /[éèêàçôûù]|\b(?:h\/f|f\/h|de|du|des|et|pour|en|la|le)\b/iu.test(title);

/** Glossary phrases (longest first), then words; level words dropped where more follows. */
function translate(segment: string, french: boolean): string[] {
  const ws = words(segment);
  const out: string[] = [];
  for (let i = 0; i < ws.length;) {
    let taken = 0;
    for (let n = Math.min(5, ws.length - i); n >= 1 && !taken; n--) {
      const phrase = ws.slice(i, i + n).join(' ');
      const english = TITLE_GLOSSARY[phrase] ?? (french ? FRENCH_ONLY[phrase] : undefined);
      if (english !== undefined) {
        out.push(...english.split(' '));
        taken = n;
      }
    }
    if (!taken) {
      out.push(ws[i]!);
      taken = 1;
    }
    i += taken;
  }
  return out;
}

const TRAILING_ARRANGEMENTS = new Set(['intern', 'trainee', 'apprentice', 'student']);

function dropLevels(ws: readonly string[]): string[] {
  let kept = ws.filter((w) => !LEVEL.has(w) && !STOPWORDS.has(w));
  // A grade after the job is a level ("OPERATIONS TECHNICIAN 1", "TELLER 3").
  if (kept.length > 1 && /^\d$/u.test(kept.at(-1)!)) kept = kept.slice(0, -1);
  while (kept.length > 1 && LEADING_LEVEL.has(kept[0]!)) kept = kept.slice(1);
  // "Production Assistant Intern", "Carpenter Apprentice": an arrangement after a job that names
  // the work says how the job is held. Read with it, "Production Assistant Intern" went to
  // pharmacy aides ("intern" is O*NET's medical intern). A field before it stays ("Marketing Intern").
  while (
    kept.length > 1 &&
    TRAILING_ARRANGEMENTS.has(kept.at(-1)!) &&
    HEAD_WORDS.has(kept.at(-2)!) &&
    !WEAK_HEADS.has(kept.at(-2)!)
  )
    kept = kept.slice(0, -1);
  // "Head of Engineering", "Head, Clinical Operations": the director of what follows.
  if (kept[0] === 'head' && kept.length > 1) kept = [...kept.slice(kept[1] === 'of' ? 2 : 1), 'director'];
  return kept.length > 0 ? kept : [...ws];
}

/**
 * What a title says when it names no work at all: 'rank' for a bare rank ("Manager", "Senior
 * Director"), 'arrangement' for a bare arrangement ("Intern", "Trainee"), 'role' for a role of
 * every field ("Consultant"), null otherwise.
 */
export function bareTitle(raw: string): 'rank' | 'shift' | 'arrangement' | 'role' | 'research' | null {
  // A grade is a level too ("OPERATIONS TECHNICIAN 1").
  const ws = words(raw).filter((w) => !LEVEL.has(w) && !STOPWORDS.has(w) && !/^\d+$/u.test(w));
  if (ws.length === 0) return null;
  // "Team Lead", "Shift Supervisor", "Crew Leader": a rank over a staff, of no named work; over a
  // shift or a crew, a first-line supervisor's.
  if (ws.every((w) => BARE_RANKS.has(w) || UNNAMED_WORK.has(w)) && ws.some((w) => BARE_RANKS.has(w)))
    return ws.some((w) => SHIFTS.has(w)) ? 'shift' : 'rank';
  if (ws.every((w) => ARRANGEMENTS.has(w) || MEMBERSHIP.has(w))) return 'arrangement';
  if (ws.every((w) => ROLES_OF_EVERY_FIELD.has(w))) return 'role';
  if (/^member (?:of )?(?:the )?technical$/u.test(ws.join(' '))) return 'role';
  // "Operations Coordinator", "Production Coordinator", "Operations Supervisor": operations and
  // production of whatever the employer makes or runs.
  // "Research Scientist", "Research Associate": a scientist's research, of a field the title leaves out.
  if (ws.length === 2 && ws[0] === 'research' && RESEARCHERS.has(ws[1]!)) return 'research';
  const fieldless = ws.length === 2 ? FIELDLESS_WORK.get(ws[0]!) : undefined;
  if (fieldless) {
    if (fieldless.has(ws[1]!)) return 'role';
    if (BARE_RANKS.has(ws[1]!) && ws[1] !== 'manager' && ws[1] !== 'director') return 'rank';
  }
  return null;
}

/**
 * Ranks that alone name no occupation. An owner, president or chief is a chief executive (see
 * REWRITES), whatever the business.
 */
const BARE_RANKS = new Set(['manager', 'managers', 'supervisor', 'director', 'lead', 'leader', 'head']);
const ARRANGEMENTS = new Set(['intern', 'trainee', 'apprentice', 'student', 'volunteer']);
/**
 * Roles held in every field. O*NET lists a bare "Consultant" under a dozen occupations, and read
 * alone it went to Real Estate Sales Agents on 25 LiveCareer resumes headed "CONSULTANT": an
 * attorney, an HR consultant, a researcher, a call-centre veteran.
 */
const ROLES_OF_EVERY_FIELD = new Set(['consultant', 'consultants', 'specialist', 'advisor', 'adviser']);
/**
 * Belonging to a staff names no work either: "Crew Member" is listed by O*NET under fast food,
 * fishing, paving, mobile-home installing and sailing alike, and read alone went to mobile-home
 * installers on a cashier's resume; "Team Member", "Employee" and a "Shift" say as little.
 */
const MEMBERSHIP = new Set(['member', 'members', 'crew', 'crewmember', 'team', 'staff', 'employee', 'shift']);
/**
 * A program is run in every field: O*NET lists program managers, directors and coordinators under
 * fitness, social services, childcare, clinical research, IT projects and broadcasting alike.
 * Beside a rank it names no work ("Program Manager"); read alone, "Program Manager" and "Program
 * Director" went to Media Programming Directors, a broadcasting occupation, on any resume.
 */
const UNNAMED_WORK = new Set([...MEMBERSHIP, 'program', 'programs']);
/**
 * A shift or a crew is staffed by hourly workers, whom first-line supervisors lead: read among
 * all managers, "SHIFT SUPERVISOR" on a retail clerk's resume went to Advertising and Promotions
 * Managers.
 */
const SHIFTS = new Set(['shift', 'crew']);
/**
 * Operations and production are of whatever the employer makes or runs, and O*NET files the bare
 * titles under one niche occupation each: "Operations Coordinator" under Airfield Operations
 * Specialists, "Operations Supervisor"
 * under Aircraft Cargo Handling Supervisors, "Production Coordinator" under Biofuels Production
 * Managers, "Production Supervisor" under Media Technical Directors, all read so confidently. Research
 * is of a field too (a research coordinator; its associates and scientists are RESEARCHERS). The
 * managers and directors of operations have their own rewrite (REWRITES).
 */
const FIELDLESS_ROLES = [...ROLES_OF_EVERY_FIELD, 'coordinator'];
/**
 * A research associate or scientist works in a science of some field: O*NET lists "Research
 * Scientist" under twenty occupations, from data scientists to soil scientists and
 * nanotechnology technicians. Read by the resume's skills among all occupations, an agronomist's
 * "Research Associate" went to Chief Executives.
 */
const RESEARCHERS = new Set(['associate', 'scientist']);
/** A production associate works a factory line (O*NET's team assemblers): that names the work. */
const FIELDLESS_WORK: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['operations', new Set([...FIELDLESS_ROLES, 'associate'])],
  ['operation', new Set([...FIELDLESS_ROLES, 'associate'])],
  ['production', new Set(FIELDLESS_ROLES)],
  ['research', new Set(FIELDLESS_ROLES)],
]);

export function cleanTitle(raw: string): CleanTitle {
  const french = looksFrench(raw);
  const marked = raw
    .replace(PICTOGRAPHS, ' ')
    .replace(GENDER, ' ')
    .replace(CODES, ' ')
    .replace(INCLUSIVE, '$1')
    // "Software Development Engineer in Test" tests software: O*NET files it as a software test engineer.
    .replace(IN_TEST, 'Software Test Engineer')
    .replace(/\(\s*-\s*\p{L}+\s*\)/gu, ' ')
    // "Site Reliability Engineering (SRE) Engineer": the initials of the words before it say them again.
    .replace(INITIALISM, (all, before: string, letters: string) => (initialsOf(before, letters) ? before : all))
    // "(US) Software …" opens with a place; "Security (AppSec) Engineer" qualifies inside the title.
    .replace(/^\s*\(([^()]{1,20})\)\s*/u, (_, inner: string) => (LEVEL.has(fold(inner)) ? `${inner} ` : ''))
    .replace(/\(([^()]{1,20})\)(?=\s+\p{L})/gu, ' $1 ');
  const segments = marked
    .split(SEPARATORS)
    .map((s) => s.replace(/\s+/g, ' ').trim().replace(LIST_CONJUNCTION, ''))
    .filter((s) => /\p{L}/u.test(s));
  if (segments.length === 0) return { text: '', head: '', dropped: [] };
  const useful = segments.filter((s) => headStrength(s) > 0 || !NOT_THE_JOB.test(s));
  const pool = useful.length > 0 ? useful : segments;
  const strongest = Math.max(...pool.map(headStrength));
  // "Co-Founder / Sales & Marketing Coordinator": a co-founder is a rank as a founder is.
  const bare = (segment: string): boolean =>
    words(segment).every((w) => HEAD_WORDS.has(w) || LEVEL.has(w) || w === 'team' || w === 'co');
  // Of two roles ("Manager / Fitness Instructor", "Owner, Chef"), the one that says what the work is.
  const strongestAt = pool.flatMap((s, i) => (headStrength(s) === strongest ? [i] : []));
  const headIndex =
    strongestAt.find((i) => !bare(pool[i]!)) ??
    strongestAt.find((i) => !words(pool[i]!).every((w) => RANKS.has(w) || LEVEL.has(w))) ??
    strongestAt[0] ??
    0;
  let head = pool[headIndex]!;
  // "Director, Corporate Development", "Head, Clinical Operations": a bare rank, the function follows.
  // An acronym of a role names its work: "QA Engineer II (Data-Actuarial)" is followed by its team.
  const next = pool[headIndex + 1];
  const namesWork = words(head).some((w) => w in ACRONYMS);
  if (next !== undefined && bare(head) && !namesWork && headStrength(next) < 2) head = `${head} ${next}`;
  // Another segment that names a role ("Software Engineer, SDET", "Platform engineer, MLOps") adds to the head.
  const roles = pool.filter(
    (s, i) => i !== headIndex && words(s).length <= 3 && words(s).some((w) => w in ACRONYMS && w !== 'it'),
  );
  const dropped = segments.filter((s) => s !== head && !roles.includes(s));
  const translated = [head, ...roles].flatMap((s) => translate(s, french));
  const expanded = translated.flatMap((w) => (ACRONYMS[w] && translated.length <= 4 ? ACRONYMS[w].split(' ') : [w]));
  const text = REWRITES.reduce(
    (t, [pattern, replacement]) => t.replace(pattern, replacement),
    dropLevels(expanded).join(' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
  return { text, head, dropped };
}
