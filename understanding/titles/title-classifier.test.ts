import { guessBareTitle } from './bare-titles';
import { headPhrase, loadTitleClassifier } from './title-classifier';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { loadOnet } from '../onet/load';
import { loadSkillTaxonomy } from '../skills/taxonomy';
import { occupationPrior } from './occupation-prior';
import { TITLE_WORD_VECTORS_FILE, type TitleWordVectorsFile } from './semantic-titles';
import { FRENCH_ONLY, TITLE_GLOSSARY } from './title-glossary';
import { heldOutReportedTitles, isHeldOutTitle, normalizeTitle } from './title-features';
import { usagePrior } from './usage-prior';

describe('title classifier on real titles', () => {
  const classifier = loadTitleClassifier();

  // The surface look-alikes of the issue: a Flutter engineer is no musician, an SDET no civil engineer.
  // Nor is a Flutter engineer an aerospace engineer, as the encoder reads "flutter" in English: a
  // technology only computer occupations use is "software" to it.
  it.each([
    ['Senior Flutter Engineer', '15-1252.00'],
    ['Flutter/Dart Engineer', '15-1252.00'],
    ['Kotlin Engineer', '15-1252.00'],
    ['SDET/QA Engineer', '15-1253.00'],
    ['Senior QA Engineer', '15-1253.00'],
    ['Quality Assurance Engineer', '15-1253.00'],
    ['Fullstack Engineer', '15-1252.00'],
    ['Senior Release Engineer', '15-1252.00'],
    ['Senior iOS Engineer (Czech Republic)', '15-1252.00'],
    ['Python Engineer (m/f/x) onsite or remote (in Germany or Austria)', '15-1252.00'],
    ['Senior Software Engineer', '15-1252.00'],
    ['Registered Nurse', '29-1141.00'],
    ['Sous Chef', '35-1011.00'],
    ['Développeur Java H/F', '15-1252.00'],
    ['Softwareentwickler (m/w/d)', '15-1252.00'],
    ['Desenvolvedor Java', '15-1252.00'],
    ['Verpleegkundige', '29-1141.00'],
    ['Comptable H/F', '13-2011.00'],
    // O*NET's own filing of these is odd: Engineers, All Other; Validation Engineers; sales read as software.
    ['Vitalizecare - Full-Stack Engineer', '15-1252.00'],
    ['Junior Site Reliability Engineer (Azure)', '15-1252.00'],
    ['Ssr. Manual QA Engineer', '15-1253.00'],
    ['Partner Development Manager', '11-2022.00'],
    ['Director of Business Development', '11-2022.00'],
    // Read as written, a police identification officer.
    ['Identity Engineer', '15-1299.05'],
    ['Senior Solutions Engineer', '41-9031.00'],
    // Resume headlines O*NET files oddly when bare: broadcast operations, a urology practice's owner.
    ['OPERATIONS MANAGER', '11-1021.00'],
    ['Director of Operations', '11-1021.00'],
    ['OWNER', '11-1011.00'],
    ['Business Owner', '11-1011.00'],
    ['GUEST TEACHER', '25-3031.00'],
    ['FINANCIAL INSTITUTION EXAMINER', '13-2061.00'],
  ])('%s → %s', (title, code) => {
    expect(classifier.classify(title, 1)[0]?.code).toBe(code);
  });

  // Misses the word vectors fitted to whole titles mend (a dev title, O*NET's even half): with each
  // word embedded alone, graphics went to paperhangers, a window clerk to glaziers and a
  // maintenance superintendent to repair workers.
  it.each([['Graphics Engineer (12-month contract)', '15-1252.00']])(
    'reads %s by its whole meaning → %s',
    (title, code) => {
      expect(classifier.classify(title, 1)[0]?.code).toBe(code);
    },
  );
  // Since the fine-tuned encoder joined the signals, these are the runner-up: the encoder reads
  // "window" and "Windows" as a glazier's and "maintenance superintendent" as a supervisor of
  // cleaners, and outvotes the vectors (docs/understanding.md, thirteenth session).
  it.each([
    ['window clerk', '43-5051.00'],
    ['Windows Engineer', '15-1244.00'],
    ['building maintenance superintendent', '11-3013.00'],
  ])('still ranks %s as %s among the first two', (title, code) => {
    expect(classifier.classify(title, 2).map((g) => g.code)).toContain(code);
  });

  // O*NET's one "Owner" title is a urologist's: no owner of anything else, nor a product owner, is one.
  it.each([
    ['Product Owner', '11-2021.00'],
    ['Senior Product Owner', '11-2021.00'],
    ['Restaurant Owner', '11-9051.00'],
    ['Home Daycare Owner', '11-9031.00'],
    ['Co-Owner', '11-1011.00'],
    ['Owner/Operator', '11-1011.00'],
    ['Owner/Operator Truck Driver', '53-3032.00'],
    ['Owner, Chef', '35-1011.00'],
  ])('%s is no urologist → %s', (title, code) => {
    expect(classifier.classify(title, 1)[0]?.code).toBe(code);
  });

  // Retail and restaurant headlines: a shift lead is no furnace operator, an assistant manager no
  // executive secretary; with a restaurant's skills both are read as food service.
  it.each([
    ['Assistant Store Manager', [], '41-1011.00'],
    ['Assistant Restaurant Manager', [], '11-9051.00'],
    ['Assistant Manager', ['Food safety', 'Customer service', 'Food preparation'], '11-9051.00'],
    ['Shift Lead', ['Food safety', 'Customer service', 'Food preparation'], '35-1012.00'],
    ['Shift Leader', ['Merchandising', 'Customer service', 'Sales'], '41-1011.00'],
    ['Bank Teller Floater', [], '43-3071.00'],
  ])('%s with %j → %s', (title, skills, code) => {
    expect(classifier.classify(title, 1, skills)[0]?.code).toBe(code);
  });

  // A floater fills in; beside a job it is no sailor. Which school a bare teacher teaches in, the
  // title does not say (preschool, kindergarten and elementary teachers are all read).
  it('reads FLOATER/TEACHER as a school teacher', () => {
    expect(classifier.classify('FLOATER/TEACHER', 1)[0]?.code).toMatch(/^25-20/);
  });

  // Board titles answered confidently with an occupation none of whose titles explains them.
  it.each([
    ['Build Engineer', '15-1252.00'],
    ['Tech Lead - Java - Services Financiers - Nantes', '15-1252.00'],
    ['Growth Engineer', '15-1252.00'],
    ['Senior Community Engineer', '15-1252.00'],
    ['Senior Developer Advocate', '15-1252.00'],
    ['Detection Engineer (1st shift)', '15-1299.05'],
    ['Senior Search Engineer (Python)', '15-1252.00'],
    ['Sr. Staff Payroll Services Engineer', '15-1252.00'],
    ['Senior Billing Systems Engineer', '15-1252.00'],
    ['Accessibility Engineer (future role)', '15-1252.00'],
  ])('%s is computing work → %s', (title, code) => {
    expect(classifier.classify(title, 1)[0]?.code).toBe(code);
  });

  it('keeps the trades of the same words: search marketing, billing and payroll clerks', () => {
    expect(classifier.classify('Search Engine Marketing Specialist', 1)[0]?.code).toBe('13-1161.01');
    expect(classifier.classify('Billing Specialist', 1)[0]?.code).toBe('43-3021.00');
    expect(classifier.classify('Payroll Specialist', 1)[0]?.code).toBe('43-3051.00');
  });

  it('reads detection as security only where nothing else is detected', () => {
    expect(classifier.classify('Leak Detection Engineer', 1)[0]?.code).not.toMatch(/^15-/);
    expect(classifier.classify('Design-Build Engineer', 1)[0]?.code).not.toMatch(/^15-/);
  });

  // Two roles in one title: the one that names the work, not the bare rank written first.
  it.each([
    ['MANAGER / FITNESS INSTRUCTOR', /^39-9031/],
    ['Supervisor / Line Cook', /^35-201/],
    ['Lead / Server', /^35-3031/],
  ])('%s → %s', (title, code) => {
    expect(classifier.classify(title, 1)[0]?.code).toMatch(code);
  });

  it('answers a computer occupation for a Scala engineer, not Middle School Teachers', () => {
    expect(classifier.classify('Middle Scala Engineer (Social Shopping Platform)', 1)[0]?.code).toMatch(/^15-/);
  });

  // Resume headlines read confidently as an occupation none of whose titles explains them.
  it.each([
    ['ASSISTANT TO CFO', '43-6011.00'],
    ['NON COMMISSIONED SECURITY OFFICER', '33-9032.00'],
    ['ADMISSIONS EXECUTIVE', '43-4111.00'],
    ['Founder', '11-1011.00'],
    ['MOVER', '53-7062.00'],
    ['SIMULATOR TECHNICIAN', '49-2091.00'],
    ['AVIATION FUEL QUALITY CONTROL SPECIALIST', '53-6032.00'],
    ['PARTNER ACCOUNT MANAGER', '11-2022.00'],
    ['AUTOMOBILE TRANSPORTER', '53-3032.00'],
    ['LICENSE CONTRACTOR', '11-9021.00'],
    ['POLICY SERVICE SPECIALIST III', '43-9041.00'],
    ['GEEK SQUAD AGENT', '15-1232.00'],
  ])('%s → %s', (title, code) => {
    expect(classifier.classify(title, 1)[0]?.code).toBe(code);
  });

  it("reads a rank over a shift among first-line supervisors by the document's skills", () => {
    const skills = ['Customer service', 'Point of sale', 'Sales', 'Cash management', 'Staff training'];
    const [first] = guessBareTitle(classifier, 'SHIFT SUPERVISOR', 1, skills) ?? [];
    expect(first?.title).toMatch(/^First-Line Supervisors/);
  });

  it('reads the language arts, not speech-language pathology, in a language arts teacher', () => {
    expect(classifier.classify('READING, SPEECH & LANGUAGE ARTS TEACHER', 1)[0]?.code).toMatch(/^25-2/);
  });

  it("reads a bare rank with its document's skills: a manager of a kitchen", () => {
    const food = ['Food safety', 'Menu planning', 'Food preparation'];
    expect(classifier.classify('Manager', 1)[0]?.code).not.toMatch(/^35-|^11-9051/);
    expect(classifier.classify('Manager', 1, food)[0]?.code).toMatch(/^35-|^11-9051/);
  });

  it('says when it is unsure, with calibrated confidences that sum to at most 1', () => {
    const sure = classifier.code('Registered Nurse');
    expect(sure.confident).toBe(true);
    const unsure = classifier.code('Leader Qualité F/H');
    expect(unsure.confident).toBe(false);
    const total = unsure.occupations.reduce((s, g) => s + g.confidence, 0);
    expect(total).toBeLessThanOrEqual(1.001);
    expect(unsure.cleaned).toBe('leader quality');
  });

  it('with no title, reads the skills without the prior of what posting titles mean (mostly software)', () => {
    const office = ['Customer service', 'Microsoft Office', 'Data entry', 'Scheduling', 'Communication'];
    const codes = classifier.classify('', 3, office).map((g) => g.code);
    expect(codes.filter((c) => c.startsWith('15-'))).toEqual([]);
  });
});

describe('head phrase', () => {
  const listed = new Map([
    ['materials handler', 'movers'],
    ['handler', 'any handler'],
    ['social worker', 'social workers'],
    ['inbound materials handler', 'the whole title'],
  ]);

  it('is the longest O*NET title of two words or more that ends the title, never the title itself', () => {
    expect(headPhrase('night shift materials handler', listed)).toBe('movers');
    expect(headPhrase('inbound materials handler', listed)).toBe('movers');
    expect(headPhrase('materials handler', listed)).toBeUndefined();
    expect(headPhrase('forklift handler', listed)).toBeUndefined();
  });

  it('takes no inner phrase: a social worker assistant is an assistant', () => {
    expect(headPhrase('social worker assistant', listed)).toBeUndefined();
  });

  // The words in front narrow the job the ending names: neither a call-centre agent nor a miner.
  it.each([
    ['Inbound Materials Handler', '53-7062.00'],
    ['Forklift Materials Handler', '53-7062.00'],
  ])('reads %s by the O*NET title that ends it → %s', (title, code) => {
    expect(loadTitleClassifier().classify(title, 1)[0]?.code).toBe(code);
  });
});

describe('occupation prior', () => {
  // eval:hermes scores O*NET's held-out reported titles; were they counted, each would add one to
  // the count of the very occupation it is scored against.
  it('counts only the titles outside the evaluation hold-out', () => {
    const onet = loadOnet();
    const [code] = [...heldOutReportedTitles(onet)[0]![1]];
    const other = code === '15-1252.00' ? '29-1141.00' : '15-1252.00';
    const kept = (c: string): number => {
      const t = onet.titles(c);
      return [...new Set([...t.alternate, ...t.reported].map(normalizeTitle))].filter((n) => n && !isHeldOutTitle(n))
        .length;
    };
    const [a, b] = occupationPrior([code!, other]);
    expect(a! - b!).toBeCloseTo(Math.log(1 + kept(code!)) - Math.log(1 + kept(other)), 9);
  });
});

describe('semantic word table', () => {
  // A word only the held-out titles use would have a row for the evaluation alone: at run time a
  // word that no title uses has none (unless the glossary or a technology's name gives it one).
  it('holds no word that only the titles eval:hermes holds out use', () => {
    const onet = loadOnet();
    const { words } = JSON.parse(
      zlib.gunzipSync(fs.readFileSync(TITLE_WORD_VECTORS_FILE)).toString('utf8'),
    ) as TitleWordVectorsFile;
    const table = new Set(words);
    const indexed = new Set<string>();
    const add = (text: string): void =>
      normalizeTitle(text)
        .split(' ')
        .forEach((w) => indexed.add(w));
    [...Object.values(TITLE_GLOSSARY), ...Object.values(FRENCH_ONLY)].forEach(add);
    loadSkillTaxonomy()
      .skills.filter((s) => s.kind === 'technology')
      .forEach((s) => add(s.name));
    for (const o of onet.occupations) {
      const t = onet.titles(o.code);
      for (const title of [o.title, ...t.alternate, ...t.reported]) {
        const n = normalizeTitle(title);
        if (n && !isHeldOutTitle(n)) add(n);
      }
    }
    const heldOutOnly = heldOutReportedTitles(onet)
      .flatMap(([title]) => title.split(' '))
      .filter((w) => !indexed.has(w));
    expect(heldOutOnly.length).toBeGreaterThan(0);
    expect(heldOutOnly.filter((w) => table.has(w))).toEqual([]);
  });
});

describe('usage prior', () => {
  // The prior is fitted on the classifier's own answers (npm run data:usage-prior), so it must be
  // refitted when the cleaning changes what a title is read as. Fitted before QA titles were read
  // as software testers, it still had Validation Engineers (O*NET's filing of "QA Engineer") among
  // the most usual occupations of real titles.
  it('follows the current cleaning: QA titles count for software testers, not Validation Engineers', () => {
    const [validation, qa, software] = usagePrior(['17-2112.02', '15-1253.00', '15-1252.00']);
    expect(validation!).toBeLessThan(qa! - 2);
    expect(qa!).toBeLessThan(software!);
  });
});
