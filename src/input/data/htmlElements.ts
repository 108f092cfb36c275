// How the HTML extractor treats elements (lower-case tag names).

/** Dropped with everything inside: code, styling, navigation, embedded objects, the <head>. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'map',
  'select',
  'button',
]);

/** ARIA roles that mark navigation chrome; an element with one is dropped like <nav>. */
export const DROPPED_ROLES: ReadonlySet<string> = new Set(['navigation', 'menubar', 'menu', 'search']);

/** Paragraph-like blocks: a blank line before and after, as in the text files of the genre. */
export const PARAGRAPH_ELEMENTS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'pre']);

/** Other blocks: they start and end a line. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'ol',
  'option',
  'section',
  'summary',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Table cells: separated by a tab within their row. */
export const CELL_ELEMENTS: ReadonlySet<string> = new Set(['td', 'th']);

/** Elements whose whitespace is kept as written. */
export const PREFORMATTED_ELEMENTS: ReadonlySet<string> = new Set(['pre', 'textarea', 'listing', 'plaintext']);
