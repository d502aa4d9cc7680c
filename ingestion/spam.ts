import { FREE_MAIL_DOMAINS, registrableDomain } from './company-names';
import { scoreOf, type PostingForScoring, type Score, type ScoreReason } from './scores';

/**
 * Scam and spam signals, 0–100: rules, each with its points, summed and capped. No labelled set
 * of fake postings is reachable from these machines (EMSCAD has no registry copy and an unclear
 * licence), so the rules come from what fraud warnings describe and are checked against postings
 * the project owns (tests, the simulator's scams). A single weak signal (a Gmail address, one
 * "urgent") never holds a posting; two strong ones (a messenger contact and a fee) always do.
 */

/** What the rest of the cache says about the posting: filled by the clustering step. */
export interface SpamContext {
  /** Other employers posting the same text (same content hash or near-identical). */
  readonly otherCompaniesWithSameText: number;
}

export const SPAM_POINTS = {
  messengerContact: 35,
  freeMailContact: 25,
  feeAsked: 45,
  personalData: 40,
  implausiblePay: 30,
  massRepost: 30,
  missingCompany: 15,
  urgencyBait: 10,
  urgencyBaitEach: 5,
  urgencyBaitMax: 20,
  easyMoney: 15,
  shoutedTitle: 10,
} as const;

const MESSENGER =
  /\b(?:whats\s?app|telegram|wechat|viber|kik|signal (?:app|messenger)|skype|hangouts?)\b|\b(?:wa\.me|t\.me|telegram\.me)\//i;
const CONTACT_VERB = /\b(?:contact|message|text|reach|chat|add|write|send|dm|apply|interview|number|via|on)\b/i;
const PHONE = /\+?\d[\d ().-]{7,}\d/;
const EMAIL = /\b[a-z0-9._%+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b/gi;

const FEES: readonly RegExp[] = [
  /\b(?:registration|application|training|processing|onboarding|placement|background[- ]check|starter[- ]kit|equipment|certification|admin(?:istrative)?|security|refundable)\s+(?:fee|fees|deposit|charge)\b/i,
  /\b(?:pay|send|deposit|wire|transfer)\s+(?:us\s+|a\s+|the\s+|an?\s+)?(?:small\s+|one-time\s+|refundable\s+)?(?:\$\s?\d[\d,]*|money|fee|deposit|payment)\b/i,
  /\b(?:purchase|buy)\s+(?:your\s+own\s+|the\s+)?(?:starter kit|training (?:materials|course|package)|gift cards?)\b/i,
  /\bgift cards?\b/i,
  /\b(?:cheque|check)\b[^.]{0,60}\b(?:deposit)\b[^.]{0,80}\b(?:send|wire|return|transfer)\b/i,
];
const NEGATED = /\b(?:no|never|not|without|free of|zero|don't|do not|won't|will not)\b[^.]{0,25}$/i;

const PERSONAL_DATA =
  /\b(?:send|provide|submit|email|share)\b[^.]{0,60}\b(?:social security(?: number)?|ssn|bank account(?: number| details)?|routing number|credit card|passport (?:copy|number|scan)|copy of your (?:id|passport|driver'?s licen[cs]e))\b/i;

const URGENCY: readonly RegExp[] = [
  /\burgent(?:ly)?\s+(?:hiring|needed|required|opening|position)\b/i,
  /\bhiring\s+(?:immediately|urgently|now!)/i,
  /\bimmediate(?:ly)?\s+(?:start|hire|hiring|joining)\b/i,
  /\bstart\s+(?:today|tomorrow|immediately)\b/i,
  /\blimited\s+(?:spots|positions|slots|openings|seats)\b/i,
  /\bonly\s+\d+\s+(?:spots|positions|slots|openings|seats)\b/i,
  /\bact\s+(?:now|fast|quickly)\b/i,
  /\bno\s+interview\b/i,
  /\bapply\s+(?:now|today|immediately)\s*!/i,
  /!!+/,
];

const EASY_MONEY: readonly RegExp[] = [
  /\b(?:be your own boss|easy money|guaranteed (?:income|pay|earnings)|unlimited (?:earning|income)|financial freedom|get paid to|make \$\s?\d[\d,]*\s*(?:\/|per|a)\s*(?:day|week))\b/i,
];
const NO_EXPERIENCE = /\bno (?:prior )?experience (?:needed|required|necessary)\b/i;
const FROM_HOME = /\b(?:work(?:ing)? from home|from the comfort of your home|from home)\b/i;
const MONEY = /\b(?:earn|income|paid|pay)\b|\$\s?\d/i;

/**
 * Yearly pay above which a posting of the SOC major group is implausible (USD): roughly twice the
 * highest percentile US pay of the group, so only bait ("$250,000 a year, data entry, no
 * experience") crosses it. Hand-kept; groups not listed have no ceiling.
 */
const PAY_CEILING_USD: Readonly<Record<string, number>> = {
  '13': 450_000,
  '15': 600_000,
  '17': 450_000,
  '19': 400_000,
  '21': 200_000,
  '25': 300_000,
  '27': 400_000,
  '31': 120_000,
  '33': 250_000,
  '35': 120_000,
  '37': 110_000,
  '39': 130_000,
  '41': 600_000,
  '43': 160_000,
  '45': 130_000,
  '47': 250_000,
  '49': 220_000,
  '51': 180_000,
  '53': 400_000,
};
/** Without experience or education asked for, pay above this is bait in any occupation. */
const ENTRY_LEVEL_CEILING_USD = 200_000;

function fullText(p: PostingForScoring): string {
  return [p.title, p.description ?? p.snippet ?? ''].join('\n');
}

function firstUnnegated(patterns: readonly RegExp[], text: string): RegExpExecArray | null {
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const m of text.matchAll(global)) {
      if (!NEGATED.test(text.slice(Math.max(0, m.index - 40), m.index))) return m;
    }
  }
  return null;
}

function messengerContact(text: string): string | null {
  const global = new RegExp(MESSENGER.source, 'gi');
  for (const m of text.matchAll(global)) {
    const around = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80);
    if (/\//.test(m[0]) || PHONE.test(around) || CONTACT_VERB.test(around)) return m[0];
  }
  return null;
}

function freeMailAddress(text: string): string | null {
  for (const m of text.matchAll(EMAIL)) {
    if (FREE_MAIL_DOMAINS.has(registrableDomain(m[1] as string))) return m[0];
  }
  return null;
}

function implausiblePay(p: PostingForScoring): string | null {
  const top = p.salary ? (p.salary.annualMax ?? p.salary.annualMin) : null;
  if (!p.salary || top === null || p.salary.currency.toUpperCase() !== 'USD') return null;
  const ceiling = p.onetCode ? PAY_CEILING_USD[p.onetCode.slice(0, 2)] : undefined;
  if (ceiling !== undefined && top > ceiling) {
    return `${Math.round(top).toLocaleString('en-US')} USD a year is above ${ceiling.toLocaleString('en-US')} for this occupation`;
  }
  const entryLevel =
    (p.yearsRequired === null || p.yearsRequired === 0) &&
    (p.educationRequired === null || p.educationRequired === 'none' || p.educationRequired === 'high_school');
  if (
    entryLevel &&
    top > ENTRY_LEVEL_CEILING_USD &&
    !/\b(?:chief|president|director|vp|head of|partner)\b/i.test(p.title)
  ) {
    return `${Math.round(top).toLocaleString('en-US')} USD a year with no experience or education asked for`;
  }
  return null;
}

export function spamScore(p: PostingForScoring, context: SpamContext): Score {
  const reasons: ScoreReason[] = [];
  const add = (code: string, points: number, detail: string): void => void reasons.push({ code, points, detail });
  const text = fullText(p);

  const messenger = messengerContact(text);
  if (messenger)
    add('messenger_contact', SPAM_POINTS.messengerContact, `contact through a personal messenger (${messenger})`);
  const freeMail = freeMailAddress(text);
  if (freeMail) add('free_mail_contact', SPAM_POINTS.freeMailContact, `contact at a free e-mail address (${freeMail})`);
  const fee = firstUnnegated(FEES, text);
  if (fee) add('fee_asked', SPAM_POINTS.feeAsked, `asks the applicant to pay ("${fee[0].trim()}")`);
  const personal = PERSONAL_DATA.exec(text);
  if (personal)
    add('personal_data_asked', SPAM_POINTS.personalData, `asks for personal or bank data ("${personal[0].trim()}")`);
  const pay = implausiblePay(p);
  if (pay) add('implausible_pay', SPAM_POINTS.implausiblePay, pay);
  if (context.otherCompaniesWithSameText >= 2) {
    add(
      'mass_repost',
      SPAM_POINTS.massRepost,
      `the same text is posted by ${context.otherCompaniesWithSameText} other employers`,
    );
  }
  if (!p.companyName) add('missing_company', SPAM_POINTS.missingCompany, 'no employer named');
  const urgent = URGENCY.map((pattern) => pattern.exec(text)?.[0]).filter((m): m is string => Boolean(m));
  if (urgent.length > 0) {
    const points = Math.min(
      SPAM_POINTS.urgencyBaitMax,
      SPAM_POINTS.urgencyBait + SPAM_POINTS.urgencyBaitEach * (urgent.length - 1),
    );
    add('urgency_bait', points, `pressure to apply at once (${urgent.map((u) => `"${u.trim()}"`).join(', ')})`);
  }
  const easy = EASY_MONEY.map((pattern) => pattern.exec(text)?.[0]).find(Boolean);
  if (easy || (NO_EXPERIENCE.test(text) && FROM_HOME.test(text) && MONEY.test(text))) {
    add(
      'easy_money',
      SPAM_POINTS.easyMoney,
      easy ? `promises easy money ("${easy}")` : 'no experience, from home, and pay in one pitch',
    );
  }
  const letters = p.title.replace(/[^\p{L}]/gu, '');
  const shouted = letters.length > 10 && p.title.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
  if (shouted || /!|\$\s?\d/.test(p.title))
    add('shouted_title', SPAM_POINTS.shoutedTitle, 'title in capitals, with prices or exclamation marks');
  return scoreOf(reasons);
}
