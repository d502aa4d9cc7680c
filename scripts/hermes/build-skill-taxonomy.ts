import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { escapeRegExp } from '../../common/escape-regexp';
import { loadOnet } from '../../understanding/onet/load';
import { skillKey } from '../../understanding/skills/skill-tokens';
import type { SkillTaxonomyFile, TaxonomySkill } from '../../understanding/skills/taxonomy';
import { PROFESSIONAL_SKILLS } from './professional-skills';
import { COMMON_WORDS, ONET_EXCLUDED, SKILL_GAPS } from './skill-gaps';
import { SKILL_TRANSLATIONS } from './skill-translations';

/**
 * Builds Hermes' skill taxonomy (data/hermes/skills.json.gz) from, in order of precedence:
 * 1. the hand-kept technology list (scripts/hermes/skill-gaps.ts),
 * 2. the hand-kept professional skills (scripts/hermes/professional-skills.ts), with the O*NET
 *    Skills and Knowledge element names they stand for as aliases, and their names in French,
 *    German, Dutch, Spanish and Portuguese (scripts/hermes/skill-translations.ts),
 * 3. O*NET 29.2 technology skills (the shipped extract, data/onet/),
 * 4. aliases from devicon and GitHub linguist (MIT, ../shared/data/tech-skill-aliases), attached only
 *    to skills that already exist: those lists have no display names, and linguist's 800 languages
 *    include many names that are ordinary words.
 * An alias already taken keeps its first owner. Each skill lists its occupations: for technology,
 * the O*NET occupations whose Technology Skills name it; for professional skills, those whose Task
 * Statements, Detailed Work Activities or Tools Used (read from the O*NET release, ONET_SOURCE_DIR)
 * mention one of its names. Deterministic: same inputs, same bytes.
 * Run with `npm run data:skills`.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const ALIASES_DIR = path.resolve(ROOT, process.env.SKILL_ALIASES_DIR ?? '../shared/data/tech-skill-aliases');
const ONET_SOURCE = path.resolve(ROOT, process.env.ONET_SOURCE_DIR ?? '../shared/data/onet-29.2');
const TARGET = path.join(ROOT, 'data', 'hermes', 'skills.json.gz');

/** Rows of one tab-separated O*NET release file, header dropped. */
function onetRows(file: string): string[][] {
  return fs
    .readFileSync(path.join(ONET_SOURCE, file), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split('\t'));
}

/**
 * Per occupation, the lower-cased text its skills may be named in: task statements, the Detailed
 * Work Activities linked to them ("Operate forklifts or other loaders") and the tools it uses
 * ("Forklifts", "Cash registers"), so a trade whose tasks say "operate equipment" still gets the
 * forklift.
 */
function occupationTexts(tasks: ReadonlyMap<string, string>): Map<string, string> {
  const dwaTitle = new Map(onetRows('DWA Reference.txt').map((r) => [r[2]!, r[3]!]));
  const extra = new Map<string, Set<string>>();
  const add = (code: string, text: string): void => {
    const set = extra.get(code) ?? new Set<string>();
    set.add(text);
    extra.set(code, set);
  };
  for (const [code, , dwa] of onetRows('Tasks to DWAs.txt')) add(code!, dwaTitle.get(dwa!) ?? '');
  for (const [code, tool] of onetRows('Tools Used.txt')) add(code!, tool!);
  return new Map(
    [...tasks].map(([code, text]) => [code, [text, ...(extra.get(code) ?? [])].join('\n').toLowerCase()] as const),
  );
}

const VENDORS = [
  'Adobe',
  'Amazon',
  'Apache',
  'Apple',
  'Atlassian',
  'Autodesk',
  'Cisco',
  'Bentley',
  'Dassault Systemes',
  'ESRI',
  'Google',
  'Henry Schein',
  'Hewlett Packard',
  'IBM',
  'Intuit',
  'MathWorks',
  'Mathsoft',
  'Mozilla',
  'Microsoft',
  'Oracle',
  'PTC',
  'Salesforce',
  'SAP',
  'Siemens',
  'StataCorp',
  'TechSmith',
  'Tenable',
  'The MathWorks',
  'TIBCO',
  'Trimble',
  'Xactware',
];
/**
 * O*NET files some technology only as a category with its acronym ("Computer numerical control
 * CNC software"); these acronyms are what machinists, electricians, engineers, clinicians, travel
 * agents and schools write. The others of that form are left out: many are words or names in
 * capitals (ACE, AMBER, POD, SAM) or another product's vendor (PTC).
 */
const CATEGORY_ACRONYMS = new Set(
  'CNC PLC EDI CAM CFD PLM SPC MES PACS RFID OCR SSH SNMP OLAP RTOS MSDS FMECA RCM CPOE IDE FTP SMTP OSPF BPM EDC EDMS GDS ICS CATI SIS MMIS PACER EAI RTL ATPG VNC'.split(
    ' ',
  ),
);

/** A phrase in sentence case and its acronym: "Customer relationship management CRM". */
const ACRONYM_NAME = /^([A-Z][a-z]+(?: [a-z]+)+) ([A-Z][A-Z0-9]{1,5})$/;
const GENERIC_SUFFIX = / (software|systems?|applications?|programs?|tools?|platforms?)$/;

/** A name no sentence uses by accident: an inner capital or a digit ("QuickBooks", "Civil 3D", "iOS"). */
const distinctive = (name: string): boolean =>
  name.split(' ').some((w) => /\d/.test(w) || (/.[A-Z]/.test(w) && /[a-z]/.test(w)));

/** Words that name an edition, not the product: "JD Edwards EnterpriseOne", "Creo Parametric". */
const EDITIONS = new Set(['enterpriseone', 'enterprise', 'parametric', 'professional', 'pro', 'standard', 'premium']);

/**
 * The vendors of O*NET's product names: the hand-kept list, and every capitalized first word that
 * opens five or more product names and is no word of O*NET's prose ("PTC", "Siemens", "Bentley";
 * not "Scientific", "Data" or "The").
 */
function vendorNames(ordinary: ReadonlySet<string>): string[] {
  const counts = new Map<string, number>();
  for (const [, name] of onetRows('Technology Skills.txt')) {
    const first = name!.split(' ')[0]!;
    if (name!.includes(' ') && /^[A-Z]/.test(first)) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const derived = [...counts].filter(([w, n]) => n >= 5 && !ordinary.has(w.toLowerCase())).map(([w]) => w);
  return [...new Set([...VENDORS, ...derived])].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/**
 * What a product answers to without its vendor, and without an edition word: "Revit" (Autodesk
 * Revit), "Crystal Reports" (SAP Crystal Reports), "JD Edwards" (Oracle JD Edwards EnterpriseOne),
 * "Creo" (PTC Creo Parametric). A name of one word must be distinctive or a word no O*NET task,
 * activity, tool, title or description uses ("Oracle Reports" does not lend "Reports"); a name of
 * several must capitalize each word and open with a pair of words O*NET's prose never writes.
 */
interface VendorLessName {
  readonly name: string;
  /** Counts only as written (capitalized): every word of it is an ordinary word. */
  readonly cased: boolean;
}

function vendorLess(
  rest: string,
  /**
   * The hand-kept vendors lend any standing one-word name; the others only a word with an inner
   * capital that no O*NET text uses: "Bentley MicroStation" lends "MicroStation", but "Ansys
   * Fluent" no "Fluent", "Cerner ProFile" no "ProFile", "Experian Quest" no "Quest".
   */
  handKept: boolean,
  ordinary: ReadonlySet<string>,
  ordinaryPairs: ReadonlySet<string>,
  inDevicon: (name: string) => boolean,
): VendorLessName[] {
  const stands = (name: string): boolean => {
    if (name.length < 3 || COMMON_WORDS.has(name.toLowerCase())) return false;
    const words = name.split(' ');
    if (words.length === 1) {
      const unknownWord = /^[A-Z][A-Za-z]{4,}$/.test(name) && !ordinary.has(name.toLowerCase());
      if (!handKept) return /[a-z][A-Z]/.test(name) && !ordinary.has(name.toLowerCase());
      return distinctive(name) || inDevicon(name) || unknownWord;
    }
    const proper = words.every((w) => /^[A-Z0-9]/.test(w));
    return proper && !ordinaryPairs.has(`${words[0]!.toLowerCase()} ${words[1]!.toLowerCase()}`);
  };
  // "Data Pipeline", "Marketing Automation", "Business Objects" are also what their words say: a
  // name of ordinary words only counts written as the product's name, capitalized.
  const alias = (name: string): VendorLessName => ({
    name,
    cased:
      name.includes(' ') &&
      name.split(' ').every((w) => !distinctive(w) && !/^[A-Z0-9]{2,}$/.test(w) && ordinary.has(w.toLowerCase())),
  });
  const out = stands(rest) ? [alias(rest)] : [];
  const words = rest.split(' ');
  if (words.length >= 2 && EDITIONS.has(words[words.length - 1]!.toLowerCase())) {
    const plain = words.slice(0, -1).join(' ');
    if (stands(plain)) out.push(alias(plain));
  }
  return out;
}

interface Draft {
  name: string;
  kind: 'technology' | 'professional';
  category: string;
  aliases: Set<string>;
  contextual: boolean;
  strict: boolean;
  casedAliases: Set<string>;
  sources: Set<string>;
  occupations: Map<string, number>;
}

/** Hand-kept technology without an O*NET entry (Flutter, Go) belongs to these occupations by category. */
const CATEGORY_OCCUPATIONS: Readonly<Record<string, readonly string[]>> = {
  language: ['15-1252.00', '15-1251.00', '15-1254.00'],
  framework: ['15-1252.00', '15-1254.00'],
  library: ['15-1252.00', '15-2051.00'],
  runtime: ['15-1252.00', '15-1254.00'],
  api: ['15-1252.00', '15-1254.00'],
  database: ['15-1242.00', '15-1243.00', '15-1252.00'],
  data: ['15-1243.00', '15-2051.00', '15-1252.00'],
  cloud: ['15-1252.00', '15-1244.00', '15-1299.08'],
  infrastructure: ['15-1252.00', '15-1244.00', '15-1299.08'],
  observability: ['15-1252.00', '15-1244.00'],
  testing: ['15-1253.00', '15-1252.00'],
  ai: ['15-2051.00', '15-1221.00', '15-1252.00'],
  tooling: ['15-1252.00'],
  practice: ['15-1252.00'],
  platform: ['15-1252.00', '15-1254.00'],
  os: ['15-1244.00', '15-1252.00'],
  design: ['27-1024.00', '15-1255.00'],
};

/**
 * Words whose singular is another word: "customs" are no "custom" (as in "custom reports"). The
 * fields in -ics are a rule of their own (numberVariants).
 */
const PLURAL_ONLY = new Set(['customs', 'news', 'arts', 'relations', 'goods', 'premises']);

/** Words in -ics that are plain plurals, not fields: their singular is the same thing. */
const ICS_PLURALS = new Set(['optics', 'diagnostics', 'fabrics', 'metrics', 'clinics', 'topics', 'plastics']);

/** Plural and singular of the last word: "account reconciliation" ↔ "account reconciliations". */
function numberVariants(alias: string): string[] {
  const m = /^(.*?)([a-z]+)$/.exec(alias);
  if (m && PLURAL_ONLY.has(m[2]!)) return [];
  // An inner capital makes a proper name ("Microsoft Office", "ServSafe"); a sentence-case name
  // ("Human resources") has plain words that take a number. A capitalized single word keeps its
  // number: "Organization" is organizing, "organizations" are employers; "Sales" is no "sale".
  if (!m || /[A-Z]/.test(alias.slice(1)) || (/^[A-Z]/.test(alias) && !alias.includes(' ')) || m[2]!.length < 4)
    return [];
  const [, stem, last] = m as unknown as [string, string, string];
  // A field in -ics names no thing in -ic: "electronics" is no "electronic" (as in "electronic
  // mail"), "mechanics" no "mechanic" (a person), "aerobics" no "aerobic". Plain plurals in -ics
  // keep their singular ("fabric", "fiber optic", "engine diagnostic").
  if (last.endsWith('ics')) return ICS_PLURALS.has(last) ? [`${stem}${last.slice(0, -1)}`] : [];
  // Greek plurals: "analysis" ↔ "analyses", "diagnosis" ↔ "diagnoses".
  if (last.endsWith('sis')) return [`${stem}${last.slice(0, -2)}es`];
  if (last.endsWith('yses')) return [`${stem}${last.slice(0, -2)}is`];
  if (last.endsWith('ies')) return [`${stem}${last.slice(0, -3)}y`];
  if (last.endsWith('ss') || last.endsWith('us') || last.endsWith('is')) return [`${stem}${last}es`];
  if (last.endsWith('s')) return [`${stem}${last.slice(0, -1)}`];
  if (last.endsWith('ing') || last.endsWith('ment') || last.endsWith('ship')) return [];
  if (last.endsWith('y') && !/[aeiou]y$/.test(last)) return [`${stem}${last.slice(0, -1)}ies`];
  return [`${stem}${last}s`];
}

/** Occupations whose task statements mention a phrase, most mentions first (at most 40). */
function occupationsMentioning(
  phrases: readonly string[],
  tasks: ReadonlyMap<string, string>,
  limit = 40,
): Map<string, number> {
  const patterns = phrases
    .filter((p) => p.length >= 4 && !/[A-Z]{2}/.test(p))
    .map((p) => new RegExp(`\\b${escapeRegExp(p.toLowerCase())}\\b`, 'g'));
  const counts: [string, number][] = [];
  for (const [code, text] of tasks) {
    let n = 0;
    for (const re of patterns) n += text.match(re)?.length ?? 0;
    if (n > 0) counts.push([code, n]);
  }
  return new Map(counts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit));
}

function main(): void {
  const skills = new Map<string, Draft>();
  const owner = new Map<string, string>(); // alias key → canonical name
  const claim = (skill: Draft, alias: string): void => {
    const key = skillKey(alias);
    if (!key || key.length < 1) return;
    if (owner.has(key)) return;
    owner.set(key, skill.name);
    if (alias !== skill.name) skill.aliases.add(alias);
  };
  const create = (
    name: string,
    category: string,
    contextual: boolean,
    source: string,
    kind: Draft['kind'] = 'technology',
  ): Draft => {
    const draft: Draft = {
      name,
      kind,
      category,
      aliases: new Set(),
      contextual,
      strict: false,
      casedAliases: new Set(),
      sources: new Set([source]),
      occupations: new Map(),
    };
    skills.set(name, draft);
    claim(draft, name);
    return draft;
  };

  const onetOwner = new Map<string, string>();
  for (const gap of SKILL_GAPS) {
    const draft = create(gap.name, gap.category, gap.contextual ?? false, 'hand-kept');
    draft.strict = gap.strict ?? false;
    for (const alias of gap.aliases ?? []) claim(draft, alias);
    for (const name of gap.onet ?? []) onetOwner.set(name, gap.name);
  }

  const onet = loadOnet();
  const tasks = new Map(
    onet.occupations.map((o) => {
      const t = onet.tasks(o.code);
      return [o.code, [...t.core, ...t.supplemental].join('\n').toLowerCase()] as const;
    }),
  );
  const texts = occupationTexts(tasks);
  // Words O*NET's own prose and titles use are ordinary words: "Microsoft Dynamics" may not lend
  // "Dynamics", nor "Oracle Designer" "Designer".
  const titleWords = onet.occupations.flatMap((o) => {
    const t = onet.titles(o.code);
    return [o.title, o.description, ...t.alternate, ...t.reported];
  });
  const ordinaryTexts = [...texts.values(), ...titleWords].map((t) => t.toLowerCase().split(/[^a-z]+/));
  const ordinary = new Set(ordinaryTexts.flat());
  const ordinaryPairs = new Set(ordinaryTexts.flatMap((ws) => ws.slice(1).map((w, i) => `${ws[i]} ${w}`)));
  const vendors = vendorNames(ordinary);
  // A category O*NET names with its acronym counts by the acronym (CATEGORY_ACRONYMS) unless
  // another skill already answers to it (CAD is drafting).
  const acronymOfCategory = (stem: string): boolean => {
    const m = ACRONYM_NAME.exec(stem);
    return m !== null && CATEGORY_ACRONYMS.has(m[2]!) && !owner.has(skillKey(m[2]!));
  };
  const unknown = Object.keys(SKILL_TRANSLATIONS).filter((name) => !PROFESSIONAL_SKILLS.some((p) => p.name === name));
  if (unknown.length > 0) throw new Error(`translations of skills the taxonomy does not have: ${unknown.join(', ')}`);
  for (const p of PROFESSIONAL_SKILLS) {
    if (skills.has(p.name)) throw new Error(`${p.name} is both a technology and a professional skill`);
    const draft = create(p.name, p.category, p.contextual ?? false, 'hand-kept', 'professional');
    if (p.onet) draft.sources.add('onet');
    draft.strict = p.strict ?? false;
    const names = [p.name, ...p.aliases, ...(p.onet ?? [])];
    for (const alias of names) for (const variant of [alias, ...numberVariants(alias)]) claim(draft, variant);
    // English plurals would make no foreign word: the translations are taken as written.
    for (const alias of SKILL_TRANSLATIONS[p.name] ?? []) claim(draft, alias);
    if (!p.anyOccupation) draft.occupations = occupationsMentioning([p.name, ...p.aliases], texts);
  }

  // O*NET: every distinct technology name with the commodity it is filed under.
  const occupationsOf = new Map<string, string[]>();
  for (const occupation of onet.occupations) {
    for (const tech of onet.technologySkills(occupation.code)) {
      const list = occupationsOf.get(tech.name) ?? [];
      list.push(occupation.code);
      occupationsOf.set(tech.name, list);
    }
  }
  const linkOnet = (draft: Draft, name: string): void => {
    for (const code of occupationsOf.get(name) ?? []) draft.occupations.set(code, 1);
  };
  const onetNames = new Map<string, { commodity: string; occupations: number; hot: boolean }>();
  for (const occupation of onet.occupations) {
    for (const tech of onet.technologySkills(occupation.code)) {
      const seen = onetNames.get(tech.name);
      if (seen) {
        seen.occupations++;
        seen.hot ||= tech.hot || tech.inDemand;
      } else onetNames.set(tech.name, { commodity: tech.commodity, occupations: 1, hot: tech.hot || tech.inDemand });
    }
  }
  const deviconNames = new Set<string>();
  const devicon = JSON.parse(fs.readFileSync(path.join(ALIASES_DIR, 'devicon.json'), 'utf8')) as {
    name: string;
    altnames: string[];
  }[];
  for (const d of devicon) deviconNames.add(skillKey(d.name).replace(/ /g, ''));
  const inDevicon = (name: string): boolean => deviconNames.has(skillKey(name).replace(/ /g, ''));

  for (const [name, meta] of [...onetNames].sort(([a], [b]) => a.localeCompare(b))) {
    if (ONET_EXCLUDED.has(name)) continue;
    const joinOwner = (canonical: string): void => {
      const draft = skills.get(canonical)!;
      draft.sources.add('onet');
      claim(draft, name);
      if (draft.kind === 'technology') linkOnet(draft, name);
    };
    const known = onetOwner.get(name) ?? owner.get(skillKey(name));
    if (known) {
      joinOwner(known);
      continue;
    }
    // The long tail of O*NET products named with ordinary words ("Front Desk", "REDUCE", "IMPACT")
    // matches prose far more often than the product; keep a product when O*NET marks it hot or in
    // demand, when several occupations use it, or when its name cannot be an ordinary phrase.
    const categoryAcronym = acronymOfCategory(name.replace(GENERIC_SUFFIX, ''));
    const longTail = !meta.hot && meta.occupations < 2 && !distinctive(name) && !inDevicon(name) && !categoryAcronym;
    // A product its vendor's name opens ("Adobe Connect", "Exact Software Macola ES") is no ordinary
    // phrase either; it counts written whole, never by the rest alone ("Connect"), and a vendor's
    // category ("Oracle software", "IBM Rational software") is no product.
    const vendorLed = vendors.some((v) => name.startsWith(`${v} `)) && !GENERIC_SUFFIX.test(name);
    if (longTail && !vendorLed) continue;
    if (/^[A-Z]{4,}$/.test(name) && !inDevicon(name)) continue;
    let display = name;
    const generic = GENERIC_SUFFIX.exec(name);
    if (generic) {
      const stem = name.slice(0, generic.index);
      const words = stem.split(' ');
      // "Accounting software" is a category; "Ansible software", "Yardi software" (a word no O*NET
      // text uses) and "Microsoft Azure software" are products, and so is the distinctive first
      // word of "PointClickCare healthcare software".
      const brand = (word: string): boolean =>
        distinctive(word) ||
        inDevicon(word) ||
        (/^[A-Z][a-z]{3,}$/.test(word) && !ordinary.has(word.toLowerCase()) && !COMMON_WORDS.has(word.toLowerCase()));
      if (words.length > 1 && !/^[A-Z0-9]/.test(words[1]!) && /^[A-Za-z]*[a-z][A-Z][A-Za-z]*$/.test(words[0]!))
        display = words[0]!;
      else if (words.length > 1 ? /^[A-Z0-9]/.test(words[1]!) : brand(stem)) display = stem;
      // "Computer numerical control CNC software": a category, but people write its acronym
      // ("CNC", "PLC", "EDI"), unless the acronym is an ordinary word ("CASE", "SEA").
      else if (categoryAcronym) display = stem;
      else continue;
      // "MEDITECH software" is the MEDITECH a hand-kept skill already answers to.
      const held = owner.get(skillKey(display));
      if (held) {
        joinOwner(held);
        continue;
      }
    }
    const acronym = ACRONYM_NAME.exec(display);
    if (acronym) {
      // "Customer relationship management CRM": people write the acronym; keep the phrase as alias.
      const draft = skills.get(acronym[2]!) ?? create(acronym[2]!, meta.commodity, false, 'onet');
      draft.sources.add('onet');
      claim(draft, acronym[1]!);
      claim(draft, name);
      if (draft.kind === 'technology') linkOnet(draft, name);
      continue;
    }
    const single = !display.includes(' ');
    const draft = create(display, meta.commodity, single && !/[A-Z0-9].*[A-Z0-9]/.test(display.slice(1)), 'onet');
    if (display !== name) claim(draft, name);
    linkOnet(draft, name);
    const vendor = vendors.find((v) => display.startsWith(`${v} `));
    if (vendor && !longTail)
      for (const alias of vendorLess(
        display.slice(vendor.length + 1),
        VENDORS.includes(vendor),
        ordinary,
        ordinaryPairs,
        inDevicon,
      )) {
        claim(draft, alias.name);
        if (alias.cased && draft.aliases.has(alias.name)) draft.casedAliases.add(alias.name);
      }
  }
  // People write Microsoft's products with its initials: "MS Project", "MS Visio".
  for (const draft of skills.values()) {
    if (draft.kind === 'technology' && draft.name.startsWith('Microsoft ')) claim(draft, `MS ${draft.name.slice(10)}`);
  }

  // devicon and linguist only lend aliases to skills we already have.
  for (const d of [...devicon].sort((a, b) => a.name.localeCompare(b.name))) {
    const canonical = owner.get(skillKey(d.name));
    if (!canonical) continue;
    const draft = skills.get(canonical)!;
    draft.sources.add('devicon');
    for (const alt of d.altnames ?? []) {
      if (alt.length >= 2 && !COMMON_WORDS.has(alt.toLowerCase()) && !/\s{2,}/.test(alt)) claim(draft, alt);
    }
  }
  const linguist = parseYaml(fs.readFileSync(path.join(ALIASES_DIR, 'linguist-languages.yml'), 'utf8')) as Record<
    string,
    { type?: string; aliases?: string[] }
  >;
  for (const [language, meta] of Object.entries(linguist).sort(([a], [b]) => a.localeCompare(b))) {
    const canonical = owner.get(skillKey(language));
    if (!canonical || meta.type !== 'programming') continue;
    const draft = skills.get(canonical)!;
    draft.sources.add('linguist');
    for (const alias of meta.aliases ?? []) {
      if (alias.length >= 3 && !COMMON_WORDS.has(alias.toLowerCase())) claim(draft, alias);
    }
  }

  for (const draft of skills.values()) {
    if (draft.kind !== 'technology' || draft.occupations.size > 0) continue;
    for (const code of CATEGORY_OCCUPATIONS[draft.category] ?? []) draft.occupations.set(code, 1);
  }
  const out: TaxonomySkill[] = [...skills.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => ({
      name: s.name,
      kind: s.kind,
      category: s.category,
      aliases: [...s.aliases].sort(),
      ...(s.contextual ? { contextual: true } : {}),
      ...(s.strict ? { strict: true } : {}),
      ...(s.casedAliases.size ? { casedAliases: [...s.casedAliases].sort() } : {}),
      sources: [...s.sources].sort(),
      occupations: [...s.occupations.keys()].sort(),
    }));
  const file: SkillTaxonomyFile = {
    version: 2,
    attribution:
      'Includes information from the O*NET 29.2 Database by USDOL/ETA (CC BY 4.0); aliases from devicon (MIT, (c) 2015 konpa) and GitHub linguist (MIT, (c) 2017 GitHub, Inc.). See data/hermes/ATTRIBUTION.md.',
    skills: out,
  };
  fs.mkdirSync(path.dirname(TARGET), { recursive: true });
  const bytes = zlib.gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
  bytes.writeUInt32LE(0, 4); // no timestamp: rebuilds are byte-identical
  fs.writeFileSync(TARGET, bytes);
  process.stdout.write(
    `built ${out.length} skills with ${owner.size} names into ${path.relative(ROOT, TARGET)} (${bytes.length} bytes)\n`,
  );
}

main();
