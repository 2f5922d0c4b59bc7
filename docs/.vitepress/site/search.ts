/**
 * Offline search in Chinese and English: VitePress's local search (MiniSearch, an index per
 * locale built at build time and loaded by the page) with a tokenizer that indexes CJK text.
 *
 * MiniSearch's own tokenizer splits on spaces and punctuation, so a Chinese sentence is one
 * long token and 期限 finds nothing inside it. This one cuts every run of CJK characters
 * into overlapping pairs (期限投诉 -> 期限, 限投, 投诉), as Lucene's CJK analyzer does, and
 * other text as MiniSearch does. A query is cut the same way and every pair must match
 * (`combineWith: 'AND'`), so 重大群诉 finds the sections holding 重大, 大群 and 群诉: the
 * phrase itself, in practice. Pairs need no dictionary, so the index built by Node and the
 * query cut in the browser always agree (a word segmenter such as Intl.Segmenter depends on
 * the ICU data of each runtime).
 *
 * VitePress passes the tokenizer to the page as source text (it serialises functions in
 * the theme config), so it must be one self-contained function expression: no imports, no
 * outer variables. test/site/search.test.ts checks that.
 */

/** Splits text into search terms: CJK runs into overlapping pairs, other text into words. */
export const tokenizeForSearch = (text: string): string[] => {
  const tokens: string[] = [];
  // Hiragana, Katakana, CJK Extension A, CJK Unified Ideographs, Compatibility Ideographs, Hangul.
  const parts = text.split(/([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+)/u);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 1) {
      if (part.length === 1) tokens.push(part);
      else for (let j = 0; j + 1 < part.length; j++) tokens.push(part.slice(j, j + 2));
    } else {
      for (const word of part.split(/[\n\r\p{Z}\p{P}]+/u)) if (word !== '') tokens.push(word);
    }
  }
  return tokens;
};

/**
 * Ranks a section of the try-it page at half its score: the page computes rules but does
 * not explain them, so a reader searching a rule's word (期限) reaches the guide that
 * explains it first, and the calculator next. Self-contained for the same reason as the
 * tokenizer.
 */
export const boostSearchDocument = (id: string): number => (/(^|\/)try\.html(#|$)/.test(id) ? 0.5 : 1);

/** MiniSearch options for the index (built by Node) and the queries (in the page). */
export const MINI_SEARCH = {
  options: { tokenize: tokenizeForSearch },
  searchOptions: {
    tokenize: tokenizeForSearch,
    combineWith: 'AND',
    fuzzy: 0.2,
    prefix: true,
    boost: { title: 4, text: 2, titles: 1 },
    boostDocument: boostSearchDocument,
  },
} as const;

/** The search box's words in each locale (VitePress's local search translations). */
export const SEARCH_TRANSLATIONS = {
  'zh-CN': {
    button: { buttonText: '搜索', buttonAriaLabel: '搜索文档' },
    modal: {
      displayDetails: '显示详细列表',
      resetButtonTitle: '清除查询',
      backButtonTitle: '关闭搜索',
      noResultsText: '没有找到相关结果',
      footer: {
        selectText: '选择',
        selectKeyAriaLabel: '回车',
        navigateText: '切换',
        navigateUpKeyAriaLabel: '上箭头',
        navigateDownKeyAriaLabel: '下箭头',
        closeText: '关闭',
        closeKeyAriaLabel: 'Esc',
      },
    },
  },
  en: {
    button: { buttonText: 'Search', buttonAriaLabel: 'Search the docs' },
    modal: { noResultsText: 'No results for' },
  },
} as const;
