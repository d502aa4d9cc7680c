import { sanitizeFileName } from './file-name';

describe('sanitizeFileName', () => {
  it.each([
    ['cv.pdf', 'cv.pdf'],
    ['José Núñez.docx', 'José Núñez.docx'],
    // Decomposed accents (macOS) become the composed form.
    ['Jose\u0301.pdf', 'José.pdf'],
    ['cv\u202efdp.exe', 'cvfdp.exe'],
    ['a\u2066b\u2069c\u200f.txt', 'abc.txt'],
    ['bell\u0007\u0085\u009b[31m.md', 'bell[31m.md'],
    ['../../etc/passwd', '.._.._etc_passwd'],
    ['C:\\Users\\me\\cv.pdf', 'C:_Users_me_cv.pdf'],
    ['  spaced\t\tname .txt ', 'spaced name .txt'],
    ['\u202e\u0000', 'resume'],
    ['Резюме 简历 👩‍💻.pdf', 'Резюме 简历 👩‍💻.pdf'],
  ])('%j → %j', (name, expected) => {
    expect(sanitizeFileName(name)).toBe(expected);
  });
});
