import { describe, expect, it } from 'vitest';
import {
  atLeast,
  atMost,
  describeThreshold,
  InvalidArgumentError,
  lessThan,
  meetsThreshold,
  moreThan,
  readThresholdWord,
  THRESHOLD_WORDS,
} from '../../src/index.js';

describe('thresholds', () => {
  it('LAW-THRESHOLD: 以上 includes the number: 20 households or more holds at 20, not at 19', () => {
    expect(meetsThreshold(atLeast(20), 19)).toBe(false);
    expect(meetsThreshold(atLeast(20), 20)).toBe(true);
    expect(meetsThreshold(atLeast(20), 21)).toBe(true);
  });

  it('LAW-THRESHOLD: 超过 excludes the number: more than 20,000 yuan fails at 20,000 and holds at 20,000.01', () => {
    expect(meetsThreshold(moreThan(20_000), 20_000)).toBe(false);
    expect(meetsThreshold(moreThan(20_000), 20_000.01)).toBe(true);
  });

  it('LAW-THRESHOLD: 以下/以内 include and 不满 excludes', () => {
    expect(meetsThreshold(atMost(3), 3)).toBe(true);
    expect(meetsThreshold(atMost(3), 3.5)).toBe(false);
    expect(meetsThreshold(lessThan(10), 9)).toBe(true);
    expect(meetsThreshold(lessThan(10), 10)).toBe(false);
  });

  it('LAW-THRESHOLD: thresholds are frozen data and describe themselves the law’s way', () => {
    const t = atLeast(20);
    expect(Object.isFrozen(t)).toBe(true);
    expect(JSON.parse(JSON.stringify(t))).toEqual({ kind: 'at-least', value: 20 });
    expect(describeThreshold(t, { 'zh-CN': '户', en: 'households' })).toEqual({
      'zh-CN': '20户以上',
      en: '20 households or more',
    });
    expect(describeThreshold(moreThan(20000), { 'zh-CN': '元', en: 'yuan' })).toEqual({
      'zh-CN': '超过20000元',
      en: 'more than 20000 yuan',
    });
    expect(() => atLeast(Number.NaN)).toThrow(InvalidArgumentError);
    expect(() => atLeast(Number.NaN)).toThrow('value: a threshold needs a finite number, got NaN');
  });

  it('LAW-THRESHOLD: the words of the law: 以上/以下/以内/届满 include the number, 不满/超过/以外 exclude it', () => {
    expect(meetsThreshold(readThresholdWord('以上', 20), 20)).toBe(true);
    expect(meetsThreshold(readThresholdWord('届满', 7), 7)).toBe(true);
    expect(meetsThreshold(readThresholdWord('以内', 3), 3)).toBe(true);
    expect(meetsThreshold(readThresholdWord('以下', 3), 3)).toBe(true);
    expect(meetsThreshold(readThresholdWord('超过', 20_000), 20_000)).toBe(false);
    expect(meetsThreshold(readThresholdWord('不满', 10), 10)).toBe(false);
    expect(meetsThreshold(readThresholdWord('以外', 3), 3)).toBe(false);
    for (const [word, entry] of Object.entries(THRESHOLD_WORDS)) {
      expect(meetsThreshold(readThresholdWord(word as keyof typeof THRESHOLD_WORDS, 5), 5), word).toBe(
        entry.includesNumber,
      );
    }
    expect(() => readThresholdWord('大约' as never, 5)).toThrow(InvalidArgumentError);
    expect(() => readThresholdWord('大约' as never, 5)).toThrow(/^word: unknown threshold word/);
  });
});
