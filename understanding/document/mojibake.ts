/**
 * UTF-8 text that was once read as Windows-1252 and saved again ("rÃ©sumÃ©", "â€“", "â€¢"): each
 * character of such a run is one byte of the real character. Runs that decode as UTF-8 exactly are
 * put back; anything else is left as it is (a real "Ã" stays).
 */

/** The Windows-1252 characters of bytes 0x80–0x9F (the rest of 0x80–0xFF are Latin-1 itself). */
const CP1252: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** A lead byte of a multi-byte UTF-8 character, then what can render its continuation bytes. */
const RUN =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/g;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? code : CP1252[ch];
}

export function repairMojibake(text: string): string {
  return text.replace(RUN, (run) => {
    const lead = run.charCodeAt(0);
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    if (run.length < length) return run;
    const bytes = [...run.slice(0, length)].map(byteOf);
    if (bytes.some((b) => b === undefined)) return run;
    try {
      return utf8.decode(new Uint8Array(bytes as number[])) + run.slice(length);
    } catch {
      return run;
    }
  });
}
