import { expectBoolean, expectPlainObject } from '../core/checks.js';
import { createReason, type Decision } from '../core/reason.js';

/** Whether a defect must be reported to HQ customer relations at once (`DEF-FLOW`). */
export type DefectHqReportDecision = Decision<{
  /** True for a major defect (重大缺陷). */
  readonly required: boolean;
  /** To whom: 本部客户关系部 (HQ customer relations), when required. */
  readonly reportTo: 'hq-customer-relations' | null;
}>;

/**
 * Whether a defect is reported to HQ customer relations at once, when its contact form is
 * generated (`DEF-FLOW`, SOL 缺陷生成: "重大缺陷问题项目客户服务部应及时向本部客户关系部
 * 上报"): a major defect is; another is not. The machine records the report in context at the
 * generate step, at the instant of generation (SOL says 及时, at once, and sets no number of
 * days).
 *
 * @rule DEF-FLOW
 * @example
 * ```ts
 * needsDefectHqReport({ major: true }).required; // true
 * needsDefectHqReport({ major: false }).reportTo; // null
 * ```
 */
export function needsDefectHqReport(defect: { readonly major: boolean }): DefectHqReportDecision {
  const major = expectBoolean(expectPlainObject(defect, ['defect']).major, ['major']);
  return {
    required: major,
    reportTo: major ? 'hq-customer-relations' : null,
    reasons: [
      createReason(
        'DEF-FLOW',
        { major, reportTo: major ? 'hq-customer-relations' : null },
        major
          ? {
              'zh-CN': '重大缺陷：生成《缺陷反馈联系单》时，项目客户服务部应及时上报本部客户关系部',
              en: 'A major defect: when its contact form is generated, project customer service reports it to HQ customer relations at once',
            }
          : {
              'zh-CN': '非重大缺陷：无需上报本部客户关系部，随月度缺陷信息汇总上报',
              en: 'Not a major defect: no report to HQ at once; it goes in the monthly defect report',
            },
      ),
    ],
  };
}
