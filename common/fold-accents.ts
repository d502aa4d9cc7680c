/**
 * Text without its accents and other combining marks ("Expérience" → "Experience", "März" →
 * "Marz"): how titles, headings and shingles are compared across spellings and languages.
 */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}
