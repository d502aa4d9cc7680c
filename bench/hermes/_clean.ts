import { loadLabelledTitles } from './real-titles';
import { cleanTitle } from '../../understanding/titles/clean-title';
for (const l of loadLabelledTitles()) { const c = cleanTitle(l.title); console.log(`${l.title}  =>  ${c.text}`); }
