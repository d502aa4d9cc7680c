import { findEducation, highestEducation } from './education';

const levelOf = (text: string) => highestEducation(findEducation(text));

describe('education', () => {
  it.each([
    ["Bachelor's degree in Computer Science", 'bachelor'],
    ['Grado en Informática, Telecomunicaciones o Electrónica', 'bachelor'],
    ['Licenciatura em Administração', 'bachelor'],
    ['Máster en Dirección de Empresas', 'master'],
    ['Mestrado em Engenharia', 'master'],
    ['Doctorat en chimie', 'doctorate'],
    ['eine Ausbildung zum Fachinformatiker (m/w/d)', 'certificate'],
    ['Abitur, Gymnasium München', 'high_school'],
  ] as const)('%j is %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  // Words other languages use for degrees that English postings use for other things.
  it.each([
    'Trusted by brands including HBO, The Oscars, ESPN',
    'A/B test tools such as Google Optimize, Optimizely, VWO, or similar',
    'A solid understanding of micro-service architectures and CAP theorem',
    'Attach the probe to the DUT and the BTS',
  ])('%j names no degree', (text) => {
    expect(levelOf(text)).toBeNull();
  });
});
