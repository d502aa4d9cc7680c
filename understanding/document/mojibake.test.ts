import { tidyText } from './plain-text';
import { repairMojibake } from './mojibake';

describe('mis-decoded UTF-8', () => {
  it.each([
    ['Excellent telephone Ã©tiquette', 'Excellent telephone étiquette'],
    ['01/2010 â€“ 05/2012', '01/2010 – 05/2012'],
    ['â€¢ Food safety', '• Food safety'],
    ['SÃ£o Paulo', 'São Paulo'],
    ['itâ€™s', 'it’s'],
  ])('%j → %j', (broken, repaired) => {
    expect(repairMojibake(broken)).toBe(repaired);
  });

  it('leaves real text alone, a lone Ã included', () => {
    for (const text of ['café Ã la carte', 'Ã', 'naïve façade — “quoted”', 'Müller, Zoë'])
      expect(repairMojibake(text)).toBe(text);
  });

  it('is part of reading every text upload', () => {
    expect(tidyText('Chef de cuisine â€“ CafÃ© Rouge\r\n')).toBe('Chef de cuisine – Café Rouge');
  });
});
