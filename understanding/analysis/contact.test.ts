import { findLocation } from './contact';

describe('the location in a resume header', () => {
  it.each([
    ['Jane Doe\nTucson, AZ 85701 · jane@example.com', 'Tucson, AZ'],
    ['Marie Dupont\nParis, France', 'Paris, France'],
    ['Location: Portland, Oregon', 'Portland, Oregon'],
    // Other languages: the label, accents in the city, the country by its English name so that it
    // meets a job's "Munich, Germany".
    ['Jonas Becker\nMünchen, Deutschland · jonas@example.de', 'München, Germany'],
    ['Sanne de Vries\nUtrecht, Nederland', 'Utrecht, Netherlands'],
    ['Lucía Fernández\nSevilla, España', 'Sevilla, Spain'],
    ['Wohnort: Köln', 'Köln'],
    ['Dirección: Calle Mayor 5, Madrid', 'Calle Mayor 5, Madrid'],
  ])('%j is in %j', (header, location) => {
    expect(findLocation(header)).toBe(location);
  });

  it("ignores LiveCareer's anonymised placeholder", () => {
    expect(findLocation('Company Name City , State')).toBeNull();
    expect(findLocation('City , State')).toBeNull();
  });
});
