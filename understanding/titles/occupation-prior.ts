import { loadOnet } from '../onet/load';
import { isHeldOutTitle, normalizeTitle } from './title-features';

/**
 * How likely an occupation is before reading the title. O*NET publishes no employment counts, so
 * the proxy is how many distinct job titles O*NET records for the occupation (alternate and
 * reported): common occupations are held under many names (Software Developers: several hundred),
 * rare ones under few. "All Other" residual occupations and the military ones are held back: a
 * title rarely means them when a named occupation fits. Centred log counts, one per class.
 */
export function occupationPrior(classes: readonly string[]): Float64Array {
  const onet = loadOnet();
  const prior = new Float64Array(classes.length);
  let sum = 0;
  classes.forEach((code, i) => {
    const titles = onet.titles(code);
    const named = new Set([...titles.alternate, ...titles.reported].map(normalizeTitle));
    let value = Math.log(1 + [...named].filter((t) => t && !isHeldOutTitle(t)).length);
    if (/99\.00$/.test(code)) value -= 1;
    if (code.startsWith('55-')) value -= 2;
    prior[i] = value;
    sum += value;
  });
  const mean = sum / Math.max(1, classes.length);
  for (let i = 0; i < prior.length; i++) prior[i]! -= mean;
  return prior;
}
