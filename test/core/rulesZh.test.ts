import { describe, expect, it } from 'vitest';
import { isRuleId, RULE_IDS, RULES, type RuleId } from '../../src/core/rules.js';
import { RULE_TEXT_ZH } from '../../src/core/rulesZh.js';

const HAN = /\p{Script=Han}/u;

/** A number in digits: thousands separators stripped, decimals kept, `%` kept. */
const DIGITS = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*[%％])?(万)?/g;

function canonical(digits: string): string {
  return String(Number(digits.replaceAll(',', '')));
}

/** The numbers an English text writes in digits (`20,000` → `20000`, `95%` → `95%`). */
function englishNumbers(text: string): string[] {
  return [...text.matchAll(DIGITS)].map((m) => canonical(m[1] as string) + (m[2] ? '%' : ''));
}

const CN_DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral below 10,000 (`一千二百五十九` → 1259, `二百零一` → 201, `十` → 10). */
function parseChineseNumeral(numeral: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of numeral) {
    const d = CN_DIGIT[ch];
    const unit = CN_UNIT[ch];
    if (d !== undefined) digit = d;
    else if (unit !== undefined) {
      total += (digit === 0 ? 1 : digit) * unit;
      digit = 0;
    } else throw new Error(`not a Chinese numeral: ${numeral}`);
  }
  return total + digit;
}

/**
 * The numbers a Chinese text holds: digits (also `2万` → 20000, and a `%` kept both ways),
 * and the Chinese numerals of law citations only (`第二百零一条`, `第一款`). Small numbers
 * written as words elsewhere (一周, 三个月) are not read, so a rule must write them in digits.
 */
function chineseNumbers(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(DIGITS)) {
    const value = canonical(m[1] as string);
    found.add(value);
    if (m[2]) found.add(`${value}%`);
    if (m[3]) found.add(String(Number(value) * 10000));
  }
  for (const m of text.matchAll(/第([零〇一二两三四五六七八九十百千]+)[条款]/gu)) {
    found.add(String(parseChineseNumeral(m[1] as string)));
  }
  return found;
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

describe('RULE_TEXT_ZH', () => {
  it('LAW-THRESHOLD: every rule has a Chinese text that keeps its numbers', () => {
    expect(Object.keys(RULE_TEXT_ZH).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.isFrozen(RULE_TEXT_ZH)).toBe(true);
    for (const id of RULE_IDS) {
      const zh = RULE_TEXT_ZH[id];
      expect(zh.trim().length, id).toBeGreaterThan(0);
      expect(HAN.test(zh), id).toBe(true);
      const numbers = chineseNumbers(zh);
      for (const n of englishNumbers(RULES[id].text)) expect(numbers.has(n), `${id}: ${n}`).toBe(true);
    }
  });

  it('LAW-THRESHOLD: the number normaliser reads separators, 万, decimals, percentages and articles', () => {
    expect(englishNumbers('over (`>`) 20,000 yuan; 1.5 months; 95%; at 24:00')).toEqual([
      '20000',
      '1.5',
      '95%',
      '24',
      '0',
    ]);
    const zh = chineseNumbers(
      '超过2万元；1.5个月；回访率达95%以上；《民法典》第二百零一条第一款、第一千二百五十九条',
    );
    for (const n of ['2', '20000', '1.5', '95', '95%', '201', '1', '1259']) expect(zh.has(n), n).toBe(true);
    expect(chineseNumbers('一周以后、三个月内').size).toBe(0);
    expect(parseChineseNumeral('四十')).toBe(40);
    expect(parseChineseNumeral('三十三')).toBe(33);
    expect(parseChineseNumeral('十')).toBe(10);
    expect(() => parseChineseNumeral('二十x')).toThrow();
  });

  it.each(RULE_IDS)('%s: has a non-empty Chinese text with its numbers', (id) => {
    const zh = RULE_TEXT_ZH[id];
    expect(HAN.test(zh)).toBe(true);
    const numbers = chineseNumbers(zh);
    const missing = englishNumbers(RULES[id].text).filter((n) => !numbers.has(n));
    expect(missing).toEqual([]);
  });

  it.each(RULE_IDS)(
    '%s: keeps code identifiers, rule ids and the Chinese terms the English text quotes',
    (id) => {
      const en = RULES[id].text;
      const zh = compact(RULE_TEXT_ZH[id]);
      for (const code of en.match(/`[^`]+`/g) ?? []) expect(zh, code).toContain(compact(code));
      for (const ref of (en.match(/\b[A-Z]{3}-[A-Z0-9-]*[A-Z0-9]\b/g) ?? []).filter(isRuleId)) {
        expect(zh, ref).toContain(ref);
      }
      for (const term of en.match(/\p{Script=Han}+/gu) ?? []) expect(zh, term).toContain(term);
    },
  );

  const thresholdRules = RULE_IDS.filter((id) => /`>=?[` ]/.test(RULES[id].text));

  it.each(thresholdRules)('%s: says 以上 / 不少于 for `>=` and 超过 for `>`', (id) => {
    const en = RULES[id].text;
    const zh = RULE_TEXT_ZH[id];
    if (/`>=/.test(en)) expect(zh).toMatch(/以上|不应少于|不少于/);
    if (/`> /.test(en) || en.includes('`>`')) expect(zh).toContain('超过');
    // The exclusive words of LAW-THRESHOLD would turn an inclusive threshold around.
    if (id !== 'LAW-THRESHOLD') expect(zh).not.toMatch(/不满|以外/);
  });

  /** Where the source document words the rule, the Chinese text uses its words. */
  const SOURCE_WORDING: ReadonlyArray<readonly [RuleId, readonly string[]]> = [
    ['LAW-THRESHOLD', ['《民法典》第一千二百五十九条', '包括本数', '不包括本数']],
    ['LAW-PERIOD-START', ['《民法典》第二百零一条', '开始的当日不计入，自下一日开始计算']],
    ['LAW-PERIOD-MONTH', ['《民法典》第二百零二条', '到期月的对应日为期间的最后一日']],
    ['LAW-PERIOD-REST', ['《民法典》第二百零三条第一款']],
    ['LAW-PERIOD-END', ['《民法典》第二百零三条第二款']],
    ['LAW-WORKDAY', ['国务院办公厅关于某年部分节假日安排的通知']],
    ['LAW-WINDOW', ['《民法典》第二百零一条、第二百零二条']],
    ['LAW-WARRANTY-MIN', ['《建设工程质量管理条例》第四十条', '竣工验收合格之日']],
    ['LAW-WARRANTY-BUYER', ['《商品房销售管理办法》第三十三条', '建房〔1998〕102号', '保修期存续期']],
    ['CMP-SEV-HOT-STALE', ['投诉一周以后']],
    ['CMP-WARN', ['有重大群诉或危机隐患', '投诉升级预警单', '项目重大(危机)客户事件报表']],
    ['CMP-CLOSE', ['挂号信函等', '管理权限或能力范围', '上级部门只要求复函']],
    ['WAR-STORM', ['2小时内']],
    ['CUS-REVIEW', ['原则上6个月增补或调节一次']],
    ['CMP-ROUTE-PHASE', ['集中交付业主起3个月内', '开发遗留问题']],
    ['CMP-SEV-MAJOR-COMP', ['赔偿金额超过2万元/每户']],
    ['CMP-SEV-MAJOR-COUNT', ['就同一问题提起投诉累计数量达20户以上']],
    ['CMP-SEV-GROUP', ['同时有10户以上的重大投诉事件', '定义为重大群诉']],
    ['CMP-SEV-HOT-STALE', ['由于我方原因仍未解决']],
    ['CMP-DL-REPLY', ['回复处理意见<=2个工作日', '5个工作日内']],
    ['CMP-DL-CALLBACK', ['处理完毕后2日内进行回访确认', '回访率达95%以上']],
    ['CMP-CLOSE', ['挂号信函']],
    ['CMP-RPT-MONTHLY', ['每月25日前', '每月初10日内']],
    ['DLV-RISK-TEAM', ['首批交付时间前1.5个月']],
    ['DLV-SUMMARY', ['集中交付结束后5个工作日内', '户均返修数（条/户）']],
    ['WAR-FLOW', ['维保修结束后5个工作日内']],
    ['WAR-EXPIRY', ['保修期满前一个月', '保修期满前30天', '保修期满前3个月']],
    ['WAR-REWARD', ['2万元/年']],
    ['WAR-APPOINT', ['不得超过预约时间10分钟']],
    ['DEF-FLOW', ['缺陷反馈联系单', '缺陷决策单', '缺陷反馈确认单']],
    ['DEF-GRADE', ['A级属于必须整改的缺陷', 'B级属于无需整改或者无法整改的缺陷']],
    ['DEF-HANDBOOK', ['集中交付3个月以后', '不应少于30个']],
    ['CUS-RETENTION', ['保管期限为10年']],
  ];

  it.each(SOURCE_WORDING)('%s: uses the source wording', (id, phrases) => {
    for (const phrase of phrases) expect(RULE_TEXT_ZH[id]).toContain(phrase);
  });
});
