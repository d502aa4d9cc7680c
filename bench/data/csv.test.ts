import { parseCsv, parseCsvRecords } from './csv';

describe('parseCsv', () => {
  it('handles quoted commas, newlines and doubled quotes', () => {
    expect(parseCsv('a,b\n"x, y","line 1\nline ""2"""\r\nlast,\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'line 1\nline "2"'],
      ['last', ''],
    ]);
    expect(parseCsvRecords('id,text\n1,"hello, world"\n')).toEqual([{ id: '1', text: 'hello, world' }]);
  });
});
