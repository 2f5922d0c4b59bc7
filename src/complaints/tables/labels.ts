import type { RuleId } from '../../core/rules.js';
import type {
  CallbackCaller,
  CallbackOutcome,
  ComplaintChannel,
  CrisisSignal,
  EscalationGround,
  FollowUpRole,
  HandlingUnit,
  ImpasseGrounds,
  MajorGroupReading,
  NoCallbackGround,
  ReplyMilestone,
  ServiceMethod,
  SeverityLevel,
} from '../types.js';

/** A label in both languages. */
export interface Label {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** Severity level labels. */
export const SEVERITY_LEVEL_LABELS: Readonly<Record<SeverityLevel, Label>> = /* @__PURE__ */ Object.freeze({
  crisis: { 'zh-CN': '危机事件', en: 'Crisis' },
  major: { 'zh-CN': '重大投诉', en: 'Major complaint' },
  hot: { 'zh-CN': '热点投诉', en: 'Hot complaint' },
  general: { 'zh-CN': '一般投诉', en: 'General complaint' },
});

/** Crisis signal labels (`CMP-SEV-CRISIS`), with the short words exports use (read as the code by the import). */
export const CRISIS_SIGNAL_LABELS: Readonly<
  Record<CrisisSignal, Label & { readonly aliases: readonly string[] }>
> = /* @__PURE__ */ Object.freeze({
  'brand-damaging-media': {
    'zh-CN': '被媒体负面曝光，品牌信任度急剧下降',
    en: 'Negative media exposure sharply damaging the brand',
    aliases: ['媒体负面曝光', '负面曝光', '媒体曝光'],
  },
  'public-outrage': {
    'zh-CN': '被指控严重破坏环境、公共设施或违背公德，导致公众不满甚至停止经营',
    en: 'Accused of serious harm to the environment, public facilities or public morality; public anger or a halt to business',
    aliases: ['公众不满', '公众愤怒', '违背公德'],
  },
  disaster: {
    'zh-CN': '不可抗拒又无法提前多日预知的灾难（台风、洪水等）',
    en: 'A sudden disaster that could not be foreseen days ahead (typhoon, flood)',
    aliases: ['灾难', '自然灾害', '突发灾害', '台风', '洪水'],
  },
  'major-accident': {
    'zh-CN': '发生重大事故，导致人身伤亡、财产损失',
    en: 'A major accident with death, injury or property loss',
    aliases: ['重大事故', '事故', '人身伤亡'],
  },
});

/** Follow-up role labels (`CMP-ROUTE-ROLE`). */
export const FOLLOW_UP_ROLE_LABELS: Readonly<Record<FollowUpRole, Label>> = /* @__PURE__ */ Object.freeze({
  'project-leader': { 'zh-CN': '项目负责人', en: 'Project leader' },
  'marketing-leader': { 'zh-CN': '营销负责人', en: 'Marketing leader' },
  'customer-service-head': { 'zh-CN': '客服部负责人', en: 'Customer-service department head' },
});

/** Handling unit labels (`CMP-ROUTE-PHASE`). */
export const HANDLING_UNIT_LABELS: Readonly<Record<HandlingUnit, Label>> = /* @__PURE__ */ Object.freeze({
  'project-customer-service': { 'zh-CN': '项目客户服务部', en: 'Project customer-service department' },
  'property-company': { 'zh-CN': '物业公司', en: 'Property company' },
  'company-customer-service': { 'zh-CN': '公司客户服务部', en: 'Company customer-service department' },
});

/** One row of the channel table: its label and the level it belongs to. */
export interface ChannelRow extends Label {
  /**
   * Project handling, HQ supervision, members' club, public network, in person / in writing,
   * the company's own online channels (WeChat, app, web form), or the government's 12345 line.
   */
  readonly tier: 'project' | 'hq-supervision' | 'members' | 'public' | 'direct' | 'online' | 'government';
  /** Other ways exports write the channel (400热线, 电话, `hotline`): read as it by the import. */
  readonly aliases: readonly string[];
  readonly rule: RuleId;
  readonly source: string;
}

/**
 * The channels a complaint arrives by (`CMP-CHANNEL`, AOY 4.2.1; SOL 投诉管理 5): the 400
 * hotline, service lines and mailboxes per project, the HQ supervision hotline and mailbox,
 * the members' club line, the public forum, visits and letters.
 *
 * @rule CMP-CHANNEL
 */
export const COMPLAINT_CHANNEL_LABELS: Readonly<Record<ComplaintChannel, ChannelRow>> =
  /* @__PURE__ */ Object.freeze({
    'hotline-400': {
      'zh-CN': '400客服热线',
      en: '400 hotline',
      tier: 'hq-supervision',
      aliases: [
        '400热线',
        '400电话',
        '400',
        '热线',
        '客服热线',
        '电话',
        '来电',
        'hotline',
        'phone',
        '400 hotline',
      ],
      rule: 'CMP-CHANNEL',
      source: 'AOY 4.2.1',
    },
    'project-service-line': {
      'zh-CN': '项目服务专线',
      en: 'Project service line',
      tier: 'project',
      aliases: ['项目专线', '项目客服电话', '项目电话', '服务专线'],
      rule: 'CMP-CHANNEL',
      source: 'SOL 投诉管理 5',
    },
    'project-mailbox': {
      'zh-CN': '项目服务邮箱',
      en: 'Project service mailbox',
      tier: 'project',
      aliases: ['项目邮箱', '邮箱', '电子邮件', 'email', 'e-mail', 'mail'],
      rule: 'CMP-CHANNEL',
      source: 'SOL 投诉管理 5',
    },
    'hq-supervision-hotline': {
      'zh-CN': '本部服务监督热线',
      en: 'HQ supervision hotline',
      tier: 'hq-supervision',
      aliases: ['监督热线', '集团监督热线', '总部监督热线'],
      rule: 'CMP-CHANNEL',
      source: 'SOL 投诉管理 5',
    },
    'hq-supervision-mailbox': {
      'zh-CN': '本部服务监督邮箱',
      en: 'HQ supervision mailbox',
      tier: 'hq-supervision',
      aliases: ['监督邮箱', '集团监督邮箱', '总部监督邮箱'],
      rule: 'CMP-CHANNEL',
      source: 'SOL 投诉管理 5',
    },
    'members-club-line': {
      'zh-CN': '会员热线',
      en: "Members' club line",
      tier: 'members',
      aliases: ['会员俱乐部', '会员俱乐部热线', '会员电话'],
      rule: 'CMP-CHANNEL',
      source: 'SOL 投诉管理 5',
    },
    'public-forum': {
      'zh-CN': '公开论坛',
      en: 'Public forum',
      tier: 'public',
      aliases: ['论坛', '业主论坛', '网络论坛', 'forum'],
      rule: 'CMP-CHANNEL',
      source: 'SOL 投诉管理 5',
    },
    visit: {
      'zh-CN': '来访',
      en: 'Visit',
      tier: 'direct',
      aliases: ['上门', '到访', '现场', '客服中心来访', 'walk-in', 'in person'],
      rule: 'CMP-CHANNEL',
      source: 'AOY 4.2.1',
    },
    letter: {
      'zh-CN': '来信',
      en: 'Letter',
      tier: 'direct',
      aliases: ['信函', '来函', '书信', '信件'],
      rule: 'CMP-CHANNEL',
      source: 'AOY 4.2.1',
    },
    // The channels people use since the sources were written (2008, 2014): not in AOY or SOL,
    // the library's own rows, so that today's exports read as codes instead of failing.
    wechat: {
      'zh-CN': '微信',
      en: 'WeChat',
      tier: 'online',
      aliases: ['微信公众号', '微信服务号', '公众号', '微信小程序', '小程序', 'weixin'],
      rule: 'CMP-CHANNEL',
      source: "library's own (channel in use after the sources)",
    },
    app: {
      'zh-CN': '手机App',
      en: 'App',
      tier: 'online',
      aliases: ['App', 'APP', '业主App', '客户端', '手机应用', 'mobile app'],
      rule: 'CMP-CHANNEL',
      source: "library's own (channel in use after the sources)",
    },
    'web-form': {
      'zh-CN': '网页表单',
      en: 'Web form',
      tier: 'online',
      aliases: ['官网', '网站', '在线表单', '网上留言', '在线留言', 'website', 'web'],
      rule: 'CMP-CHANNEL',
      source: "library's own (channel in use after the sources)",
    },
    'gov-hotline-12345': {
      'zh-CN': '12345政务服务便民热线',
      en: '12345 government service hotline',
      tier: 'government',
      aliases: [
        '12345',
        '12345热线',
        '12345市民热线',
        '市民热线',
        '市长热线',
        '政府热线',
        '政务热线',
        '12345 hotline',
      ],
      rule: 'CMP-CHANNEL',
      source: "library's own (channel in use after the sources)",
    },
  });

/** Callback outcome labels, with the other ways exports write them (read as the code by the import). */
export const CALLBACK_OUTCOME_LABELS: Readonly<
  Record<CallbackOutcome, Label & { readonly aliases: readonly string[] }>
> = /* @__PURE__ */ Object.freeze({
  satisfied: {
    'zh-CN': '客户认可处理结果',
    en: 'Customer accepts the result',
    aliases: ['满意', '认可', '非常满意'],
  },
  'not-satisfied': {
    'zh-CN': '客户不满意',
    en: 'Customer not satisfied',
    aliases: ['不满意', '不认可', '非常不满意'],
  },
  'no-answer': { 'zh-CN': '无人接听', en: 'No answer', aliases: ['未接通', '无法接通', '未接听'] },
  refused: { 'zh-CN': '拒绝回访', en: 'Customer refused the callback', aliases: ['拒访', '拒绝'] },
});

/** Callback caller labels (`CMP-CALLBACK-BY`, `CMP-DL-CALLBACK`). */
export const CALLBACK_CALLER_LABELS: Readonly<Record<CallbackCaller, Label>> = /* @__PURE__ */ Object.freeze({
  'project-customer-service': { 'zh-CN': '客服部', en: 'Customer-service department' },
  'designated-staff': { 'zh-CN': '指定专人', en: 'Staff named for it' },
  'property-assistant': { 'zh-CN': '物业助理', en: 'Property assistant' },
  'department-supervisor': { 'zh-CN': '部门主管', en: 'Department supervisor' },
  'company-manager': { 'zh-CN': '公司经理', en: 'Company manager' },
});

/**
 * The two readings of the major group complaint rule (`CMP-SEV-GROUP`); `{threshold}` is
 * the policy's group threshold in words, `{window}` its window in hours.
 */
export const MAJOR_GROUP_READING_LABELS: Readonly<Record<MajorGroupReading, Label>> =
  /* @__PURE__ */ Object.freeze({
    'simultaneous-open-major': {
      'zh-CN': '读法（甲）“同时重大”：同时有{threshold}的投诉各自为重大投诉且未解决',
      en: 'reading (a), simultaneous major complaints: {threshold} each with an open major complaint at the same time',
    },
    'complaining-together': {
      'zh-CN':
        '读法（乙）“共同投诉”：{window}小时内有{threshold}就同一问题共同投诉，不论各户投诉本身是否重大',
      en: "reading (b), complaining together: {threshold} complaining about the same issue within {window} hours, whatever each complaint's own facts",
    },
  });

/** What meets the reply deadline (`CMP-DL-REPLY`). */
export const REPLY_MILESTONE_LABELS: Readonly<Record<ReplyMilestone, Label>> = /* @__PURE__ */ Object.freeze({
  opinion: { 'zh-CN': '回复处理意见', en: 'the handling opinion given to the customer' },
  result: { 'zh-CN': '将解决成果及意见回复客户', en: 'the result and its opinion given to the customer' },
});

/** How the written handling opinion was served (`CMP-CLOSE`). */
export const SERVICE_METHOD_LABELS: Readonly<Record<ServiceMethod, Label>> = /* @__PURE__ */ Object.freeze({
  'registered-mail': { 'zh-CN': '挂号信函', en: 'registered mail' },
  ems: { 'zh-CN': 'EMS（邮政特快专递）', en: 'EMS (China Post express mail)' },
  'other-traceable': { 'zh-CN': '其他可追踪的方式', en: 'another traceable way' },
});

/** Why no callback is owed (`CMP-CLOSE`). */
export const NO_CALLBACK_GROUND_LABELS: Readonly<Record<NoCallbackGround, Label>> =
  /* @__PURE__ */ Object.freeze({
    'no-contact': { 'zh-CN': '投诉人未留联系方式', en: 'the complainant left no contact information' },
    anonymous: { 'zh-CN': '投诉人未留姓名', en: 'the complainant left no name' },
    'reply-letter-only': {
      'zh-CN': '上级部门只要求复函',
      en: 'a higher authority asks only for a reply letter',
    },
  });

/** The grounds of an impasse (`CMP-CLOSE`). */
export const IMPASSE_GROUND_LABELS: Readonly<Record<ImpasseGrounds, Label>> = /* @__PURE__ */ Object.freeze({
  'customer-never-accepts': {
    'zh-CN': '经长期沟通客户始终不认可处理意见或结果',
    en: 'after long communication the customer never accepts the opinion or the result',
  },
  'beyond-authority-or-capacity': {
    'zh-CN': '客户投诉超出公司管理权限或能力范围',
    en: "the demand is beyond the company's authority or capacity",
  },
});

/** What shows a risk of a major group complaint or a crisis (`CMP-WARN`); `{share}` is the count in words, `{ratio}` the policy's share. */
export const ESCALATION_GROUND_LABELS: Readonly<Record<EscalationGround, Label>> =
  /* @__PURE__ */ Object.freeze({
    'risk-reported': {
      'zh-CN': '经判断有重大群诉或危机隐患',
      en: 'judged to carry a risk of a major group complaint or a crisis',
    },
    'group-share': {
      'zh-CN': '同一问题已有{share}（达到重大群诉门槛的{ratio}）',
      en: 'the issue reached {share} ({ratio} of the major group threshold)',
    },
    'hot-risk': {
      'zh-CN': '热点投诉可能引发法律诉讼或被媒体曝光',
      en: 'a hot complaint that may lead to a lawsuit or media exposure',
    },
  });
