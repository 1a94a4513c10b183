/**
 * Distributes a flow of boxes (lines, table rows, blocks) over pages. A box may ask to stay on
 * the same page as the next one (keepWithNext): headings keep with the first lines after them,
 * the first and last lines of a paragraph keep with their neighbours (no orphans, no widows),
 * the end of the body keeps with the signature. When a box does not fit, the page ends at the
 * last place where a break is allowed, and everything after it moves to the next page.
 * Only a chain that is longer than a whole page is ever broken against its wish.
 */
export interface Flowable {
  height: number;
  /** Space above the box; dropped at the top of a page. */
  spaceBefore: number;
  keepWithNext: boolean;
  /** Boxes to repeat at the top of a page this box starts (a table's header row). */
  repeatHeader?: readonly Flowable[];
}

export interface Placed<T> {
  item: T;
  /** From the top of the page's text area. */
  top: number;
  /** True for a repeated header, which is not part of the flow itself. */
  repeated: boolean;
}

const EPSILON = 0.01;

export function paginate<T extends Flowable>(items: readonly T[], pageHeight: (pageIndex: number) => number): Placed<T>[][] {
  const pages: Placed<T>[][] = [];
  let page: (Placed<T> & { index: number })[] = [];
  let used = 0;
  const closePage = () => {
    pages.push(page.map(({ item, top, repeated }) => ({ item, top, repeated })));
    page = [];
    used = 0;
  };

  let i = 0;
  while (i < items.length) {
    const item = items[i];
    const available = pageHeight(pages.length);
    if (page.length === 0 && item.repeatHeader) {
      for (const header of item.repeatHeader) {
        page.push({ item: header as T, top: used, repeated: true, index: -1 });
        used += header.height;
      }
    }
    const gap = page.length === 0 ? 0 : item.spaceBefore;
    const flowOnPage = page.filter((p) => !p.repeated);
    if (used + gap + item.height <= available + EPSILON || flowOnPage.length === 0) {
      // An empty page takes the box even when it is too tall: it cannot fit anywhere else.
      page.push({ item, top: used + gap, repeated: false, index: i });
      used += gap + item.height;
      i++;
      continue;
    }
    let breakAfter = -1;
    for (let k = flowOnPage.length - 1; k >= 0; k--) {
      if (!flowOnPage[k].item.keepWithNext) {
        breakAfter = k;
        break;
      }
    }
    if (breakAfter >= 0) {
      i = flowOnPage[breakAfter].index + 1;
      const keep = new Set(flowOnPage.slice(0, breakAfter + 1));
      page = page.filter((p) => p.repeated || keep.has(p));
    }
    // breakAfter < 0: the whole page is one chain; break it here rather than loop forever.
    closePage();
  }
  if (page.length > 0 || pages.length === 0) closePage();
  return pages;
}
