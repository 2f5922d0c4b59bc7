/**
 * The severity texts live apart from the rest of the condition table (issue 14: a severity
 * bundle carries the texts it writes, not the table's ids, levels and sources); the public
 * table is composed from them, row for row.
 *
 * @rule CMP-SEV-GENERAL
 */

import { describe, expect, it } from 'vitest';
import { assessComplaintSeverity } from '../../src/complaints/index.js';
import {
  SEVERITY_CONDITION_TABLE,
  SEVERITY_CONDITION_TEXT,
  SEVERITY_CONDITIONS,
} from '../../src/complaints/tables/severityConditions.js';

describe('severity condition texts', () => {
  it('CMP-SEV-GENERAL: the table has one row per condition, in order, each with its own text', () => {
    expect(Object.keys(SEVERITY_CONDITION_TABLE)).toEqual([...SEVERITY_CONDITIONS]);
    expect(Object.keys(SEVERITY_CONDITION_TEXT)).toEqual([...SEVERITY_CONDITIONS]);
    for (const c of SEVERITY_CONDITIONS) {
      expect(Object.keys(SEVERITY_CONDITION_TABLE[c])).toEqual([
        'condition',
        'level',
        'rule',
        'text',
        'source',
      ]);
      expect(SEVERITY_CONDITION_TABLE[c].condition).toBe(c);
      expect(SEVERITY_CONDITION_TABLE[c].text).toBe(SEVERITY_CONDITION_TEXT[c]);
    }
    expect(Object.isFrozen(SEVERITY_CONDITION_TABLE)).toBe(true);
    expect(SEVERITY_CONDITION_TABLE['major-group']).toEqual({
      condition: 'major-group',
      level: 'major',
      rule: 'CMP-SEV-GROUP',
      text: {
        'zh-CN': '{reading}：重大群诉，按危机事件程序处理',
        en: '{reading}: major group complaint, handled with the crisis procedure',
      },
      source: 'SOL 投诉管理 3(2); SOL 危机事件',
    });
  });

  it('CMP-SEV-GENERAL: the general reason is the general text (19 households with the same issue: not major)', () => {
    const s = assessComplaintSeverity({ householdsWithSameIssue: 19 });
    expect(s.level).toBe('general');
    expect(s.reasons[0]?.message).toEqual(SEVERITY_CONDITION_TEXT.general);
    expect(assessComplaintSeverity({ householdsWithSameIssue: 20 }).level).toBe('major');
  });
});
