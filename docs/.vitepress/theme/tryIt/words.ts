/**
 * The try-it page's own words (its buttons and form captions) in both languages. What the
 * package says (rule texts, reasons, levels, crisis signals, preset names) comes from the
 * package's own tables and results, never from here.
 */

/** The page's language, from VitePress's `lang`. */
export type PageLocale = 'zh-CN' | 'en';

/** The page locale of a VitePress `lang` value. */
export function pageLocale(lang: string): PageLocale {
  return lang.startsWith('zh') ? 'zh-CN' : 'en';
}

export const DEADLINE_WORDS = {
  'zh-CN': {
    receivedAt: '收到投诉的时间（北京时间）',
    handlingCompletedAt: '处理完毕的时间（北京时间）',
    preset: '适用的制度（预设）',
    which: '哪一个期限',
    kinds: { form: '填写投诉处理单', reply: '答复客户', callback: '回访', close: '封闭' },
    compute: '计算',
    lastDay: '最后一日',
    endsAt: '届满时刻',
    endsAtValue: (day: string) => `${day} 24:00（北京时间）`,
    fallback: '超出内置日历的年份，按仅双休日估算',
    noClose: '该预设没有规定封闭期限。',
    reasons: '理由',
    error: '输入有误',
  },
  en: {
    receivedAt: 'Complaint received at (Beijing time)',
    handlingCompletedAt: 'Handling completed at (Beijing time)',
    preset: 'Policy preset',
    which: 'Which deadline',
    kinds: { form: 'Handling form', reply: 'Reply to the customer', callback: 'Callback', close: 'Closure' },
    compute: 'Compute',
    lastDay: 'Last day',
    endsAt: 'Ends at',
    endsAtValue: (day: string) => `${day} 24:00 (Beijing time)`,
    fallback: 'A year the built-in calendar does not cover: estimated with weekends only',
    noClose: 'This preset sets no closure deadline.',
    reasons: 'Reasons',
    error: 'Invalid input',
  },
} as const;

export const SEVERITY_WORDS = {
  'zh-CN': {
    preset: '适用的制度（预设）',
    money: '每户索赔金额（元）',
    lawsuitFiled: '已经引发法律诉讼',
    mediaExposed: '已经被媒体曝光',
    householdsWithSameIssue: '同一问题累计投诉户数',
    simultaneousMajorHouseholds: '同一问题同时提出重大投诉的户数',
    demandsReturnOrLargeCompensation: '客户声称损失严重，要求退房或巨额赔偿',
    mayLeadToLawsuitOrMedia: '可能引发法律诉讼或媒体曝光',
    distinctComplainantsWithin30Days: '30日内就同一问题投诉的不同客户数',
    collectiveComplainants: '集体投诉的人数',
    registeredAt: '登记时间（北京时间）',
    now: '判断时刻（北京时间）',
    resolved: '已解决',
    resolvedAt: '解决时间（北京时间）',
    delayOnCompanySide: '拖延是我方原因造成的',
    crisisSignals: '危机信号',
    groups: { major: '重大投诉的条件', hot: '热点投诉的条件', stale: '久拖未决', crisis: '危机事件' },
    level: '重要性',
    majorGroup: '重大群诉：按危机事件程序处理',
    reasons: '理由',
    error: '输入有误',
  },
  en: {
    preset: 'Policy preset',
    money: 'Compensation claimed per household (yuan)',
    lawsuitFiled: 'A lawsuit has been filed',
    mediaExposed: 'The media have exposed it',
    householdsWithSameIssue: 'Households that complained about the same issue',
    simultaneousMajorHouseholds: 'Households with a major complaint on the same issue at the same time',
    demandsReturnOrLargeCompensation:
      'The customer claims serious loss and demands to return the home or a large compensation',
    mayLeadToLawsuitOrMedia: 'It may lead to a lawsuit or media exposure',
    distinctComplainantsWithin30Days: 'Different complainants on the same issue within 30 days',
    collectiveComplainants: 'People in a collective complaint',
    registeredAt: 'Registered at (Beijing time)',
    now: 'Judged at (Beijing time)',
    resolved: 'Resolved',
    resolvedAt: 'Resolved at (Beijing time)',
    delayOnCompanySide: "The delay is on the company's side",
    crisisSignals: 'Crisis signals',
    groups: {
      major: 'Major complaint conditions',
      hot: 'Hot complaint conditions',
      stale: 'Unresolved too long',
      crisis: 'Crisis',
    },
    level: 'Severity',
    majorGroup: 'Major group complaint: handled with the crisis procedure',
    reasons: 'Reasons',
    error: 'Invalid input',
  },
} as const;

/** A `datetime-local` value (`2026-09-30T16:20`) as an instant in Beijing time. */
export function beijingInstant(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+08:00`;
}

/** What a thrown error says, with its stable code when the package threw it. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
