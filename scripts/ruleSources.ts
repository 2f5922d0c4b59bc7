/**
 * A rule's source in the reader's language, for the rules reference. The catalog cites its
 * sources in a mix of both (`SOL 投诉管理 3(2)`, `Civil Code art. 201`,
 * `GEN 客户管理制度 第二十六条`); the Chinese pages show 远洋地产（2008）·投诉管理 3(2) and
 * 《民法典》第201条, the English pages Sino-Ocean Land (2008), Complaint management
 * (投诉管理) 3(2) and Civil Code art. 201.
 *
 * The words come from the tables below. A source with a section name or a phrase they do not
 * hold fails the generation (`describeRuleSource` throws, naming the words to add), so no
 * page shows an English source to a Chinese reader or the reverse.
 */

import type { Locale } from '../src/core/reason.js';

type Both = { readonly 'zh-CN': string; readonly en: string };

/** The source documents (seeds/README.md), by their short name in RULES.md. */
export const SOURCE_DOCUMENTS: Readonly<Record<string, Both>> = {
  SOL: { 'zh-CN': '远洋地产（2008）', en: 'Sino-Ocean Land (2008)' },
  AOY: { 'zh-CN': '奥园集团（2014）', en: 'Aoyuan Group (2014)' },
  GEN: { 'zh-CN': '通用客户管理制度', en: 'Generic customer-management rules' },
  WUH: { 'zh-CN': '北京物华地产', en: 'Beijing Wuhua' },
};

/** Section names of the source documents: Chinese as published, and in English. */
const SECTIONS: Readonly<Record<string, string>> = {
  投诉管理: 'Complaint management',
  危机事件: 'Crisis events',
  房屋交付管理: 'House delivery management',
  房屋交付风险检查: 'Delivery risk check',
  风险预防管理: 'Risk prevention',
  项目开盘风险检查: 'Project launch risk check',
  缺陷跟踪: 'Defect tracking',
  缺陷管理: 'Defect management',
  缺陷的管理流程: 'Defect management process',
  缺陷整改: 'Defect rectification',
  缺陷收集: 'Defect collection',
  缺陷决策: 'Defect decisions',
  缺陷信息上报: 'Defect reporting',
  目的: 'Purpose',
  术语: 'Terms',
  磨合期快速维修: 'Quick repairs in the running-in period',
  物业移交: 'Handover to the property company',
  工程维保修: 'Construction warranty and repairs',
  分阶段的维保修责任划分: 'Warranty duties by phase',
  保修期满前集中维保修: 'Collective repairs before warranty expiry',
  物管中心职责: "Property centre's duties",
  保修期满前的处理流程: 'Procedure before warranty expiry',
  供方维修人员即时奖励: "Instant rewards for suppliers' repair staff",
  客户管理制度: 'Customer management rules',
  回访: 'Callbacks',
  报修服务规程: 'Repair service procedure',
  第一部分: 'Part 1',
  第二部分: 'Part 2',
};

/** Laws and standards: English name -> Chinese title (the catalog may give both). */
const LAWS: readonly { readonly en: string; readonly zh: string }[] = [
  { en: 'Civil Code', zh: '民法典' },
  { en: 'Regulation on the Quality Management of Construction Projects', zh: '建设工程质量管理条例' },
  { en: 'Personal Information Protection Law', zh: '个人信息保护法' },
  { en: 'Measures on Housing Construction Quality Warranty', zh: '房屋建筑工程质量保修办法' },
  { en: 'Measures on Property Takeover Inspection', zh: '物业承接查验办法' },
  { en: 'Measures for the Administration of Sales of Commercial Housing', zh: '商品房销售管理办法' },
];

/** Government documents by their number: their title in English (the Chinese is in the source). */
const NOTICES: Readonly<Record<string, string>> = {
  '建房〔1998〕102号':
    'Provisions on the Residential Quality Guarantee and the Residential User Manual for Commercial Housing',
};

/** Whole sources that are a phrase rather than a citation. */
const PHRASES: Readonly<Record<string, Both>> = {
  'State Council holiday notices': {
    'zh-CN': '国务院办公厅关于部分节假日安排的通知',
    en: 'State Council General Office holiday notices',
  },
  'art. 201 + LAW-WORKDAY': {
    'zh-CN': '《民法典》第201条 + LAW-WORKDAY',
    en: 'Civil Code art. 201 + LAW-WORKDAY',
  },
  'reading of arts. 201-203 for internal duties': {
    'zh-CN': '对《民法典》第201-203条的解读（用于内部义务）',
    en: 'a reading of Civil Code arts. 201-203 for internal duties',
  },
  'reading of art. 201-203': {
    'zh-CN': '对《民法典》第201-203条的解读',
    en: 'a reading of Civil Code arts. 201-203',
  },
  'reading of art. 40 and local heating regulations': {
    'zh-CN': '对《建设工程质量管理条例》第40条和地方供暖规定的解读',
    en: 'a reading of art. 40 of the Regulation on the Quality Management of Construction Projects and local heating regulations',
  },
  'from the rules above': { 'zh-CN': '由以上各条规则推出', en: 'follows from the rules above' },
  'data honesty': { 'zh-CN': '数据如实（本库的原则）', en: "data honesty (the library's own principle)" },
  'MIIT numbering plan': {
    'zh-CN': '工业和信息化部电信网码号规划',
    en: 'MIIT telecommunications numbering plan',
  },
  'GB 11643-1999': {
    'zh-CN': 'GB 11643-1999《公民身份号码》',
    en: 'GB 11643-1999 (citizen identity number)',
  },
};

const CN_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二十七 -> 27 (up to 99). */
function chineseNumber(text: string): number | null {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (m === null || text === '') return null;
  const [, tens = '', ten = '', ones = ''] = m;
  if (ten === '') return tens === '' ? null : (CN_DIGITS[tens] ?? 0);
  return (tens === '' ? 1 : (CN_DIGITS[tens] ?? 0)) * 10 + (ones === '' ? 0 : (CN_DIGITS[ones] ?? 0));
}

/** `arts. 19, 47, 51` / `art. 203 para. 2` in Chinese: 第19、47、51条 / 第203条第2款. */
function articlesZh(text: string): string {
  const m = /^arts?\. ([\d,\s-]+?)(?: para\. (\d+))?$/.exec(text.trim());
  if (m === null) throw new Error(`an article reference not understood: '${text}'`);
  return `第${(m[1] ?? '').split(/,\s*/).join('、')}条${m[2] === undefined ? '' : `第${m[2]}款`}`;
}

/** A section of a source document in English, its Chinese kept for finding it in the source. */
function sectionEn(section: string, missing: string[]): string {
  return section
    .split(' ')
    .map((part) => {
      if (!/\p{Script=Han}/u.test(part)) return part.replace(/^Step (\d+)$/, 'step $1');
      const article = /^第([一二三四五六七八九十]+|\d+(?:-\d+)?)条$/.exec(part);
      if (article !== null) {
        const n = chineseNumber(article[1] ?? '') ?? article[1];
        return `${String(n).includes('-') ? 'arts.' : 'art.'} ${n} (${part})`;
      }
      const en = SECTIONS[part];
      if (en === undefined) missing.push(part);
      return `${en} (${part})`;
    })
    .join(' ')
    .replace(/\bStep (\d+)/, 'step $1');
}

/** A section of a source document in Chinese. */
function sectionZh(section: string): string {
  return section.replace(/\bStep (\d+)\b/g, '第$1步');
}

function citation(text: string, locale: Locale, missing: string[]): string {
  const doc = /^(SOL|AOY|GEN|WUH)(?: (.+))?$/.exec(text);
  if (doc !== null) {
    const [, short = '', section] = doc;
    const name = SOURCE_DOCUMENTS[short]?.[locale] ?? short;
    if (section === undefined) return name;
    if (locale === 'en') return `${name}, ${sectionEn(section, missing)}`;
    return `${name}·${sectionZh(section)}`;
  }
  for (const law of LAWS) {
    const m = new RegExp(
      `^(?:${law.en}|${law.zh})(?: \\(${law.zh}\\))?(?: \\((\\d{4})\\))?(?: (arts?\\..*))?$`,
    ).exec(text);
    if (m === null) continue;
    const [, year, articles] = m;
    if (locale === 'zh-CN')
      return `《${law.zh}》${year === undefined ? '' : `（${year}）`}${articles === undefined ? '' : articlesZh(articles)}`;
    return `${law.en} (${law.zh}${year === undefined ? '' : `, ${year}`})${articles === undefined ? '' : ` ${articles}`}`;
  }
  const notice = /^(\S+〔\d{4}〕\d+号) \((.+)\)$/.exec(text);
  if (notice !== null) {
    const [, number = '', title = ''] = notice;
    if (locale === 'zh-CN') return `《${title}》（${number}）`;
    const en = NOTICES[number];
    if (en === undefined) missing.push(number);
    return `${en} (${title}, ${number})`;
  }
  const reading = /^reading of (.+)$/.exec(text);
  if (reading !== null && PHRASES[text] === undefined) {
    const inner = citation(reading[1] ?? '', locale, missing);
    return locale === 'en' ? `a reading of ${inner}` : `对${inner}的解读`;
  }
  const phrase = PHRASES[text];
  if (phrase !== undefined) return phrase[locale];
  missing.push(text);
  return text;
}

/**
 * A rule's source (`RULES[id].source`) in a language. Throws when the tables above lack a
 * word the source uses, naming it.
 */
export function describeRuleSource(source: string, locale: Locale): string {
  const missing: string[] = [];
  const out = source
    .split(/;\s*/)
    .map((c) => citation(c.trim(), locale, missing))
    .join(locale === 'en' ? '; ' : '；');
  if (locale === 'zh-CN' && /[A-Za-z]{3,}/.test(out.replace(/LAW-[A-Z-]+|GB \d+/g, '')))
    missing.push(`(English words in '${out}')`);
  if (missing.length > 0)
    throw new Error(
      `the rule source '${source}' cannot be given in ${locale}: add ${missing.map((m) => `'${m}'`).join(', ')} ` +
        'to the tables of scripts/ruleSources.ts',
    );
  return out;
}
