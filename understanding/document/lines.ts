/** Where the line that holds text[from, to) starts and ends (the end excludes its line break). */
export function lineBounds(text: string, from: number, to: number = from): { start: number; end: number } {
  const end = text.indexOf('\n', to);
  return { start: text.lastIndexOf('\n', from - 1) + 1, end: end < 0 ? text.length : end };
}

/** The whole line of text that holds offset `at`. */
export function lineAround(text: string, at: number): string {
  const { start, end } = lineBounds(text, at);
  return text.slice(start, end);
}
