/** `text` as a regular expression that matches it literally: "C++ (senior)" → "C\+\+ \(senior\)". */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
