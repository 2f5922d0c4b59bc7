/**
 * The site's offline search (docs/.vitepress/site/search.ts): CJK text indexed as
 * overlapping pairs of characters, so 期限, 回访 and 重大群诉 find the sections that hold
 * them; the same functions survive VitePress's trip to the page as source text.
 * (scripts/checkDocsSite.mjs searches the built site in Chromium.)
 */

import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { boostSearchDocument, MINI_SEARCH, tokenizeForSearch } from '../../docs/.vitepress/site/search.js';

/** What VitePress does with a function of the theme config: its source, evaluated in the page. */
function shipped<F extends (...args: never[]) => unknown>(fn: F): F {
  return new Function(`return ${fn.toString()}`)() as F;
}

const SECTIONS = [
  { id: 'complaints.html#期限', title: '期限（CMP-DL-*）', text: '答复期限按工作日计算，国庆节不计入。' },
  { id: 'complaints.html#回访', title: '由谁回访', text: '处理完毕后2日内回访客户。' },
  { id: 'complaints.html#群诉', title: '群诉', text: '同时有10户以上的重大投诉，即为重大群诉。' },
  { id: 'complaints.html#重要性', title: '投诉重要性', text: '重大投诉；群诉另见下节。' },
  { id: 'try.html#期限计算', title: '期限计算', text: '输入时间，得到期限。' },
];

function index() {
  const search = new MiniSearch({
    fields: ['title', 'titles', 'text'],
    storeFields: ['title'],
    ...MINI_SEARCH.options,
    searchOptions: { ...MINI_SEARCH.searchOptions },
  });
  search.addAll(SECTIONS);
  return search;
}

describe('Chinese search', () => {
  it('cuts CJK runs into overlapping pairs and other text into words', () => {
    expect(tokenizeForSearch('重大群诉')).toEqual(['重大', '大群', '群诉']);
    expect(tokenizeForSearch('期限，回访。')).toEqual(['期限', '回访']);
    expect(tokenizeForSearch('2026年国庆节 LAW-WORKDAY')).toEqual([
      '2026',
      '年国',
      '国庆',
      '庆节',
      'LAW',
      'WORKDAY',
    ]);
    expect(tokenizeForSearch('诉')).toEqual(['诉']);
    expect(tokenizeForSearch('addWorkingDays(start, 5)')).toEqual(['addWorkingDays', 'start', '5']);
  });

  it('finds 期限, 回访 and 重大群诉 in the sections that hold them, the explaining page before the try-it page', () => {
    const search = index();
    const ids = (q: string) => search.search(q).map((r) => r.id);
    expect(ids('期限')[0]).toBe('complaints.html#期限');
    expect(ids('期限')).toContain('try.html#期限计算');
    expect(ids('回访')).toEqual(['complaints.html#回访']);
    // Every pair must match: 重大投诉 and 群诉 apart do not make 重大群诉.
    expect(ids('重大群诉')).toEqual(['complaints.html#群诉']);
    expect(ids('国庆节')).toEqual(['complaints.html#期限']);
  });

  it('the tokenizer and the ranking are self-contained, as VitePress ships them to the page', () => {
    const tokenize = shipped(tokenizeForSearch);
    for (const text of ['重大群诉', '期限，回访。', '2026年国庆节 LAW-WORKDAY'])
      expect(tokenize(text)).toEqual(tokenizeForSearch(text));
    const boost = shipped(boostSearchDocument);
    expect([boost('/try.html#期限计算'), boost('/en/try.html'), boost('/complaints.html#期限')]).toEqual([
      0.5, 0.5, 1,
    ]);
  });
});
