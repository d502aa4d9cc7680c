import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { loadOnet } from '../../understanding/onet/load';
import { skillKey } from '../../understanding/skills/skill-tokens';
import type { SkillTaxonomyFile, TaxonomySkill } from '../../understanding/skills/taxonomy';
import { COMMON_WORDS, ONET_EXCLUDED, SKILL_GAPS } from './skill-gaps';

/**
 * Builds Hermes' skill taxonomy (data/hermes/skills.json.gz) from, in order of precedence:
 * 1. the hand-kept list (scripts/hermes/skill-gaps.ts),
 * 2. O*NET 29.2 technology skills (the shipped extract, data/onet/),
 * 3. aliases from devicon and GitHub linguist (MIT, ../shared/data/tech-skill-aliases), attached only
 *    to skills that already exist: those lists have no display names, and linguist's 800 languages
 *    include many names that are ordinary words.
 * An alias already taken keeps its first owner. Deterministic: same inputs, same bytes.
 * Run with `npm run data:skills`.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const ALIASES_DIR = path.resolve(ROOT, process.env.SKILL_ALIASES_DIR ?? '../shared/data/tech-skill-aliases');
const TARGET = path.join(ROOT, 'data', 'hermes', 'skills.json.gz');

const VENDORS = [
  'Adobe',
  'Amazon',
  'Apache',
  'Apple',
  'Atlassian',
  'Autodesk',
  'Cisco',
  'Dassault Systemes',
  'ESRI',
  'Google',
  'Hewlett Packard',
  'IBM',
  'Intuit',
  'MathWorks',
  'Microsoft',
  'Oracle',
  'Salesforce',
  'SAP',
  'The MathWorks',
];
const GENERIC_SUFFIX = / (software|systems?|applications?|programs?|tools?|platforms?)$/;

/** A name no sentence uses by accident: an inner capital or a digit ("QuickBooks", "Civil 3D", "iOS"). */
const distinctive = (name: string): boolean =>
  name.split(' ').some((w) => /\d/.test(w) || (/.[A-Z]/.test(w) && /[a-z]/.test(w)));

interface Draft {
  name: string;
  category: string;
  aliases: Set<string>;
  contextual: boolean;
  strict: boolean;
  sources: Set<string>;
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
  const create = (name: string, category: string, contextual: boolean, source: string): Draft => {
    const draft: Draft = { name, category, aliases: new Set(), contextual, strict: false, sources: new Set([source]) };
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

  // O*NET: every distinct technology name with the commodity it is filed under.
  const onet = loadOnet();
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
    const known = onetOwner.get(name) ?? owner.get(skillKey(name));
    if (known) {
      const draft = skills.get(known)!;
      draft.sources.add('onet');
      claim(draft, name);
      continue;
    }
    // The long tail of O*NET products named with ordinary words ("Front Desk", "REDUCE", "IMPACT")
    // matches prose far more often than the product; keep a product when O*NET marks it hot or in
    // demand, when several occupations use it, or when its name cannot be an ordinary phrase.
    if (!meta.hot && meta.occupations < 2 && !distinctive(name) && !inDevicon(name)) continue;
    if (/^[A-Z]{4,}$/.test(name) && !inDevicon(name)) continue;
    let display = name;
    const generic = GENERIC_SUFFIX.exec(name);
    if (generic) {
      const stem = name.slice(0, generic.index);
      const words = stem.split(' ');
      // "Accounting software" is a category; "Ansible software" and "Microsoft Azure software" are products.
      const proper = words.length > 1 ? /^[A-Z0-9]/.test(words[1]!) : distinctive(stem) || inDevicon(stem);
      if (!proper) continue;
      display = stem;
    }
    const acronym = /^([A-Z][a-z]+(?: [a-z]+)+) ([A-Z][A-Z0-9]{1,5})$/.exec(display);
    if (acronym) {
      // "Customer relationship management CRM": people write the acronym; keep the phrase as alias.
      const draft = skills.get(acronym[2]!) ?? create(acronym[2]!, meta.commodity, false, 'onet');
      draft.sources.add('onet');
      claim(draft, acronym[1]!);
      claim(draft, name);
      continue;
    }
    const single = !display.includes(' ');
    const draft = create(display, meta.commodity, single && !/[A-Z0-9].*[A-Z0-9]/.test(display.slice(1)), 'onet');
    if (display !== name) claim(draft, name);
    const vendor = VENDORS.find((v) => display.startsWith(`${v} `));
    if (vendor) {
      const rest = display.slice(vendor.length + 1);
      // Without its vendor, "Oracle Reports" is just "Reports": only distinctive names stand alone.
      if (rest.length >= 3 && !COMMON_WORDS.has(rest.toLowerCase()) && (distinctive(rest) || inDevicon(rest)))
        claim(draft, rest);
    }
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

  const out: TaxonomySkill[] = [...skills.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => ({
      name: s.name,
      category: s.category,
      aliases: [...s.aliases].sort(),
      ...(s.contextual ? { contextual: true } : {}),
      ...(s.strict ? { strict: true } : {}),
      sources: [...s.sources].sort(),
    }));
  const file: SkillTaxonomyFile = {
    version: 1,
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
