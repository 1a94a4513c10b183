/**
 * The editor's sanitised HTML as the layout sees it: a short list of blocks (paragraphs,
 * headings, lists, tables) holding runs of styled text. htmlparser2 does the parsing (implied end
 * tags, entities, void elements); this file only decides what each element means on paper.
 * Unknown elements keep their text, so nothing the clerk wrote silently disappears.
 */
import { Parser } from 'htmlparser2';

export interface InlineStyle {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  href: string | null;
}

export type Inline = { kind: 'text'; text: string; style: InlineStyle } | { kind: 'break' };

export interface TableCell {
  header: boolean;
  colspan: number;
  blocks: Block[];
}

export interface TableRow {
  header: boolean;
  cells: TableCell[];
}

export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'heading'; level: 2 | 3; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'table'; rows: TableRow[] }
  | { kind: 'rule' };

interface ElementNode {
  name: string;
  attribs: Record<string, string>;
  children: Node[];
}
type Node = ElementNode | string;

const PLAIN: InlineStyle = Object.freeze({ bold: false, italic: false, underline: false, strike: false, href: null });

/** Elements whose content (and the elements themselves) never reach paper. */
const SKIPPED = new Set(['script', 'style', 'template', 'head', 'title', 'img', 'colgroup', 'col', 'iframe', 'object', 'svg']);
const BLOCK_CONTAINERS = new Set(['div', 'section', 'article', 'blockquote', 'body', 'html', 'main', 'header', 'footer', 'figure']);
const BLOCK_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'hr', 'pre', ...BLOCK_CONTAINERS]);

function parseTree(html: string): ElementNode {
  const root: ElementNode = { name: '#root', attribs: {}, children: [] };
  const stack: ElementNode[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element: ElementNode = { name, attribs, children: [] };
        stack[stack.length - 1].children.push(element);
        stack.push(element);
      },
      ontext(text) {
        const siblings = stack[stack.length - 1].children;
        const last = siblings[siblings.length - 1];
        if (typeof last === 'string') siblings[siblings.length - 1] = last + text;
        else siblings.push(text);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

/** Only links a reader can follow safely: the sanitiser should already guarantee it; paper double-checks. */
function safeHref(value: string | undefined): string | null {
  if (!value) return null;
  const href = value.trim();
  return /^(https?:|mailto:)/i.test(href) ? href : null;
}

function styled(style: InlineStyle, element: ElementNode): InlineStyle {
  switch (element.name) {
    case 'strong':
    case 'b':
      return { ...style, bold: true };
    case 'em':
    case 'i':
      return { ...style, italic: true };
    case 'u':
      return { ...style, underline: true };
    case 's':
    case 'strike':
    case 'del':
      return { ...style, strike: true };
    case 'a':
      return { ...style, href: safeHref(element.attribs.href) ?? style.href };
    default:
      return style;
  }
}

function collectInlines(nodes: Node[], style: InlineStyle, out: Inline[]): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      // NFC: the fonts map precomposed letters (ė, not e + combining dot), see fonts.adapter.ts.
      const text = node.replace(/[ \t\n\r\f]+/g, ' ').normalize('NFC');
      if (text) out.push({ kind: 'text', text, style });
    } else if (node.name === 'br') {
      out.push({ kind: 'break' });
    } else if (!SKIPPED.has(node.name)) {
      collectInlines(node.children, styled(style, node), out);
    }
  }
}

function hasText(inlines: Inline[]): boolean {
  return inlines.some((i) => i.kind === 'break' || i.text.trim() !== '');
}

function tableRows(table: ElementNode): TableRow[] {
  const rows: TableRow[] = [];
  const visit = (element: ElementNode, inHead: boolean) => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child, child.name === 'thead');
      else if (child.name === 'tr') {
        const cells: TableCell[] = [];
        for (const cell of child.children) {
          if (typeof cell === 'string' || (cell.name !== 'td' && cell.name !== 'th')) continue;
          const colspan = Math.min(Math.max(Number.parseInt(cell.attribs.colspan ?? '1', 10) || 1, 1), 20);
          cells.push({ header: cell.name === 'th', colspan, blocks: toBlocks(cell.children, PLAIN) });
        }
        if (cells.length > 0) rows.push({ header: inHead || cells.every((c) => c.header), cells });
      }
    }
  };
  visit(table, false);
  return rows;
}

function toBlocks(nodes: Node[], style: InlineStyle): Block[] {
  const blocks: Block[] = [];
  let pending: Inline[] = [];
  const flush = () => {
    if (hasText(pending)) blocks.push({ kind: 'paragraph', inlines: pending });
    pending = [];
  };
  for (const node of nodes) {
    if (typeof node === 'string' || !BLOCK_ELEMENTS.has(node.name)) {
      collectInlines([node], style, pending);
      continue;
    }
    flush();
    switch (node.name) {
      case 'p':
      case 'pre': {
        // A paragraph may still hold block elements when the HTML was not well formed.
        if (node.children.some((c) => typeof c !== 'string' && BLOCK_ELEMENTS.has(c.name))) {
          blocks.push(...toBlocks(node.children, style));
          break;
        }
        const inlines: Inline[] = [];
        collectInlines(node.children, style, inlines);
        // An empty paragraph is a blank line the clerk typed on purpose.
        blocks.push({ kind: 'paragraph', inlines: hasText(inlines) ? inlines : [] });
        break;
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const inlines: Inline[] = [];
        collectInlines(node.children, style, inlines);
        if (hasText(inlines)) blocks.push({ kind: 'heading', level: node.name === 'h1' || node.name === 'h2' ? 2 : 3, inlines });
        break;
      }
      case 'ul':
      case 'ol': {
        const items: Block[][] = [];
        for (const child of node.children) {
          if (typeof child === 'string') {
            if (child.trim()) items.push(toBlocks([child], style));
          } else if (child.name === 'li') items.push(toBlocks(child.children, style));
          else items.push(toBlocks([child], style));
        }
        const start = Number.parseInt(node.attribs.start ?? '1', 10);
        if (items.length > 0) blocks.push({ kind: 'list', ordered: node.name === 'ol', start: Number.isFinite(start) ? start : 1, items });
        break;
      }
      case 'li':
        // A list item outside a list: still a list of one.
        blocks.push({ kind: 'list', ordered: false, start: 1, items: [toBlocks(node.children, style)] });
        break;
      case 'table': {
        const rows = tableRows(node);
        if (rows.length > 0) blocks.push({ kind: 'table', rows });
        break;
      }
      case 'hr':
        blocks.push({ kind: 'rule' });
        break;
      default:
        blocks.push(...toBlocks(node.children, style));
    }
  }
  flush();
  return blocks;
}

export function parseLetterHtml(html: string): Block[] {
  return toBlocks(parseTree(html).children, PLAIN);
}
