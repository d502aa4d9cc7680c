import { Parser } from 'htmlparser2';

/** Elements whose content is never visible text; scripts and styles above all. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'iframe',
  'object',
  'embed',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);

/**
 * Visible text of an HTML document: scripts, styles and other non-rendered content dropped (their
 * text never reaches the analysis), blocks on their own lines, list items bulleted, link targets
 * kept beside their text when they differ. htmlparser2 is forgiving: malformed markup never throws.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  const hrefs: (string | undefined)[] = [];
  const anchorText: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        if (BLOCK.has(name)) out.push('\n');
        if (name === 'li') out.push('• ');
        if (name === 'td' || name === 'th') out.push(' ');
        if (name === 'a') {
          hrefs.push(attributes.href);
          anchorText.push('');
        }
      },
      ontext(text) {
        if (skipDepth > 0) return;
        out.push(text);
        if (anchorText.length > 0) anchorText[anchorText.length - 1] += text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'a') {
          const href = hrefs.pop();
          const text = anchorText.pop()?.trim() ?? '';
          if (href && /^(https?:|mailto:)/i.test(href) && !text.includes(href.replace(/^mailto:/i, '')))
            out.push(` (${href.replace(/^mailto:/i, '')})`);
        }
        if (BLOCK.has(name)) out.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n');
}
