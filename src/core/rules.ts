/**
 * The rule catalog in code: every rule id of `RULES.md`, its text and the source it cites.
 * `RuleId` is derived from this table, so a misspelt id is a compile error; a test checks
 * the table against `RULES.md` row by row.
 *
 * @module
 */

/** The part of the rulebook a rule belongs to. */
export type RuleArea = 'law' | 'complaints' | 'delivery' | 'warranty' | 'defects' | 'customers';

/** One row of the rule catalog. */
export interface RuleEntry {
  /** The rule's area. */
  readonly area: RuleArea;
  /** The rule as `RULES.md` states it (English). */
  readonly text: string;
  /** The source it cites: AOY, SOL, WUH, GEN (see `seeds/README.md`) or a law. */
  readonly source: string;
}

/** Every rule of the catalog, by id. */
export const RULES = Object.freeze({
  'LAW-THRESHOLD': {
    area: 'law',
    text: '以上 / 以下 / 以内 / 届满 include the number itself; 不满 / 超过 / 以外 exclude it. So "20户以上" is `>= 20`, "超过2万元" is `> 20000`, "3个月内" includes the last day.',
    source: 'Civil Code art. 1259',
  },
  'LAW-PERIOD-START': {
    area: 'law',
    text: 'A period counted in days, weeks, months or years does not count the day on which it starts; it starts the next day. A period in hours starts at the exact time.',
    source: 'Civil Code art. 201',
  },
  'LAW-PERIOD-MONTH': {
    area: 'law',
    text: 'A period in months or years ends on the corresponding day of the last month; where that month has no such day, on its last day (Jan 31 + 1 month = Feb 28/29).',
    source: 'Civil Code art. 202',
  },
  'LAW-PERIOD-REST': {
    area: 'law',
    text: 'Where the last day of a period is a rest day (a weekend day that is not a makeup working day, or a statutory holiday), the period ends on the first working day after it.',
    source: 'Civil Code art. 203 para. 1',
  },
  'LAW-PERIOD-END': {
    area: 'law',
    text: 'The last day of a period ends at 24:00 (exclusive end: 00:00 of the next day), Asia/Shanghai.',
    source: 'Civil Code art. 203 para. 2',
  },
  'LAW-WORKDAY': {
    area: 'law',
    text: "A working day is Monday–Friday, minus the statutory holidays, plus the makeup working days (调休上班) on weekends, as set each year by the State Council General Office's notice on holiday arrangements (国务院办公厅关于某年部分节假日安排的通知). Days are Asia/Shanghai calendar days whatever the host's time zone.",
    source: 'State Council holiday notices',
  },
  'LAW-WORKDAY-PERIOD': {
    area: 'law',
    text: '"N 个工作日" counts N working days after the start day (the start day is not counted even if it is a working day) and ends at 24:00 of the N-th working day.',
    source: 'art. 201 + LAW-WORKDAY',
  },
  'LAW-ELAPSED': {
    area: 'law',
    text: 'An escalation by age ("一周以后仍未解决", "一个月内累计") is elapsed time: the instant `start + 7 days`, or a sliding window of the last N days, with no rest-day extension. Deadlines owed to a customer follow the period rules above; ages used to escalate do not.',
    source: 'reading of SOL 投诉管理 3(2)',
  },
  'LAW-WINDOW': {
    area: 'law',
    text: 'A window that only divides responsibility or phase ("3 months after the centralized delivery", the 1-year break-in period, a warranty period) runs from the day after its start through the corresponding last day, inclusive (art. 201-202), and is never extended over rest days.',
    source: 'reading of art. 201-203',
  },
  'LAW-COVERAGE': {
    area: 'law',
    text: 'Holiday data exist only for the years whose notice has been published. A computation that needs a year the calendar does not cover fails with a clear error naming the year, unless the caller asks for weekends-only fallback; a fallback result says so.',
    source: 'data honesty',
  },
  'LAW-WARRANTY-MIN': {
    area: 'law',
    text: "Statutory minimum warranty periods: foundation and main structure, the design service life; waterproofing of roofs, of rooms that need it, and exterior walls' anti-leak, 5 years; heating and cooling systems, 2 heating or cooling seasons; electrical pipes and lines, water supply and drainage pipes, equipment installation and decoration, 2 years. For a sold home the periods run from the day of delivery to the buyer. A developer's own warranty may be longer, never shorter.",
    source:
      'Regulation on the Quality Management of Construction Projects art. 40; Measures for the Administration of Sales of Commercial Housing art. 33',
  },
  'CMP-CATEGORY': {
    area: 'complaints',
    text: 'Six content categories: engineering quality 工程质量 (the physical quality of the home); planning and design 规划设计 (site plan, public facilities, building body, unit design, living performance); sales management 销售管理 (sales promises, the sales process, title-certificate handling after sale); property management 物业管理 (property services); customer service 客户服务 (staff attitude and quality of work); other 其他 (partners, social environment). Suggestions (建议) and enquiries (咨询) are recorded on the same form.',
    source: 'AOY 4.2.2; SOL 投诉管理 3(1)',
  },
  'CMP-ROUTE-ROLE': {
    area: 'complaints',
    text: "Who follows up, by category: engineering quality and planning-design → the company's project leader (项目负责人); sales management → the project's marketing leader (营销负责人); property management, customer service and other → the company customer-service department head (客服部负责人). Role ids: `project-leader`, `marketing-leader`, `customer-service-head`.",
    source: 'AOY 4.2.2',
  },
  'CMP-ROUTE-PHASE': {
    area: 'complaints',
    text: "Which unit handles, by phase: before delivery, and up to 3 months (inclusive) after the centralized delivery 集中交付 → project customer-service department (`project-customer-service`); after that, and every complaint after formal delivery outside that window → property company (`property-company`). Whatever the date, engineering-quality complaints within the warranty period that involve compensation by the developer, and complaints about the developer's legacy issues (开发遗留问题), go to `project-customer-service`. Engineering and design departments give technical support on request.",
    source: 'SOL 投诉管理 2',
  },
  'CMP-TWO-LEVEL': {
    area: 'complaints',
    text: 'Two levels: the project level (project customer service, sales centre, property company service desk) handles; the company level (HQ customer relations, sales and property HQs) supervises. Major and crisis complaints are reported up.',
    source: 'SOL 投诉管理 1',
  },
  'CMP-CHANNEL': {
    area: 'complaints',
    text: "Channels: the 400 hotline, service lines and mailboxes per project, the HQ supervision hotline and mailbox, the members' club line, the public forum, visits, letters. Each complaint records its channel.",
    source: 'AOY 4.2.1; SOL 投诉管理 5',
  },
  'CMP-SEV-CRISIS': {
    area: 'complaints',
    text: "Crisis: negative media exposure that sharply damages the brand's trust or standing; accusations of seriously damaging the environment, public facilities or basic public morality, bringing public anger or a halt to business; a sudden disaster that could not be foreseen days ahead (typhoon, flood); a major accident with death, injury or property loss harming the company or owners.",
    source: 'SOL 投诉管理 3(2); SOL 危机事件',
  },
  'CMP-SEV-MAJOR-COMP': {
    area: 'complaints',
    text: 'Major: compensation claimed is over (`>`) 20,000 yuan per household.',
    source: 'SOL 投诉管理 3(2)',
  },
  'CMP-SEV-MAJOR-LEGAL': {
    area: 'complaints',
    text: 'Major: a lawsuit has been filed, or the complaint has been exposed by the media.',
    source: 'SOL 投诉管理 3(2)',
  },
  'CMP-SEV-MAJOR-COUNT': {
    area: 'complaints',
    text: 'Major: the same issue has been complained about by 20 or more (`>=`) households in total.',
    source: 'SOL 投诉管理 3(2)',
  },
  'CMP-SEV-MAJOR-CLAIM': {
    area: 'complaints',
    text: 'Major: a dispute over engineering quality, design or service quality, or about false sales information or a product that does not match the contract, in which the customer claims serious loss and demands to return the home or a very large compensation.',
    source: 'SOL 投诉管理 3(2)',
  },
  'CMP-SEV-GROUP': {
    area: 'complaints',
    text: 'Major group complaint 重大群诉: 10 or more (`>=`) households at the same time with a major complaint on the same issue. It is handled as a crisis is (crisis procedure, warning form).',
    source: 'SOL 投诉管理 3(2); SOL 危机事件',
  },
  'CMP-SEV-HOT-RISK': {
    area: 'complaints',
    text: 'Hot: may lead to a lawsuit or to media exposure.',
    source: 'SOL 投诉管理 3(2)',
  },
  'CMP-SEV-HOT-REPEAT': {
    area: 'complaints',
    text: 'Hot: the same complaint from 3 or more (`>=`) different complainants within one month (sliding 30 days, LAW-ELAPSED).',
    source: 'SOL 投诉管理 3(2)',
  },
  'CMP-SEV-HOT-COLLECTIVE': {
    area: 'complaints',
    text: 'Hot: a collective complaint by 3 or more people.',
    source: 'SOL 投诉管理 3(2)',
  },
  'CMP-SEV-HOT-STALE': {
    area: 'complaints',
    text: "Hot: still unresolved one week (7 × 24 h elapsed) after it was registered, for reasons on the company's side.",
    source: 'SOL 投诉管理 3(2)',
  },
  'CMP-SEV-GENERAL': {
    area: 'complaints',
    text: 'General: everything else.',
    source: 'SOL 投诉管理 3(2)',
  },
  'CMP-SEV-DETECT': {
    area: 'complaints',
    text: 'Counts that no single record holds (households with the same issue, distinct complainants in a month, simultaneous major households) are computed over a batch or stream of complaints, grouped by project and issue.',
    source: 'from the rules above',
  },
  'CMP-FLOW': {
    area: 'complaints',
    text: 'Seven steps: (1) fill the complaint registration form 投诉登记表; (2) verify and fill the handling form 投诉处理单; (3) assign the responsible department; (4) the department issues a handling plan; (5) communicate the plan with the customer; (6) carry it out; (7) call back and close.',
    source: 'SOL 投诉管理 6',
  },
  'CMP-DL-FORM': {
    area: 'complaints',
    text: 'The handling form is created on the day the complaint is received and sent to the responsible company (copy to brand management).',
    source: 'AOY 4.2.1',
  },
  'CMP-DL-REPLY': {
    area: 'complaints',
    text: 'Reply to the customer with a handling opinion: within 2 working days (SOL preset); within 5 working days of receipt, with the result filed at HQ (AOY preset).',
    source: 'SOL 投诉管理 6; AOY 4.2.1',
  },
  'CMP-DL-CALLBACK': {
    area: 'complaints',
    text: 'Call back after handling is complete: within 2 days (SOL preset); within one week, by staff named for it, for every complaint that left a phone number, at a callback rate of at least 95% (AOY preset).',
    source: 'SOL 投诉管理 6-7; AOY 4.2.1, 4.2.3',
  },
  'CMP-DL-CLOSE': {
    area: 'complaints',
    text: 'Close within 7 days of receipt (GEN preset, general retail rules).',
    source: 'GEN 客户管理制度 第二十六条',
  },
  'CMP-REOPEN': {
    area: 'complaints',
    text: 'A customer not satisfied at the callback goes back to the responsible department, which keeps handling.',
    source: 'AOY 4.2.1',
  },
  'CMP-CLOSE': {
    area: 'complaints',
    text: "A complaint closes when: the customer accepts the result at the callback; or, where the customer never accepts or the demand is beyond the company's authority, either (a) the handling complied with law and the customer filed a lawsuit or arbitration within 3 months, or (b) the written handling opinion was served by registered mail and the proof kept. A complaint with no contact information needs no callback; the reply is attached to the record.",
    source: 'SOL 投诉管理 7; GEN 回访 1.13',
  },
  'CMP-WARN': {
    area: 'complaints',
    text: 'Where a complaint shows a risk of a major group complaint or a crisis, an escalation warning form 投诉升级预警单 goes to the direct superior and the crisis procedure applies. Once a major or crisis event has happened, the project files a major (crisis) event report to HQ.',
    source: 'SOL 投诉管理 8',
  },
  'CMP-CALLBACK-BY': {
    area: 'complaints',
    text: 'Who calls back (GEN property preset): general complaints, the property assistant; important ones, the department supervisor; major ones, the company manager; within 3 days of completion; callback rate at least 50%.',
    source: 'GEN 回访 1.3',
  },
  'CMP-RPT-WEEKLY': {
    area: 'complaints',
    text: 'Every Monday, a weekly report of major complaints covering the previous week (Monday–Sunday).',
    source: 'SOL 投诉管理 8',
  },
  'CMP-RPT-MONTHLY': {
    area: 'complaints',
    text: 'A monthly complaint report before the 25th, counted by the six categories (SOL); a monthly resolution report with typical cases (AOY); a monthly statistics table within the first 10 days of the month (GEN).',
    source: 'SOL 投诉管理 8; AOY 4.2.6; GEN 第二十七条',
  },
  'CMP-RPT-SURVEY': {
    area: 'complaints',
    text: 'Half-yearly and yearly satisfaction surveys of complainants.',
    source: 'AOY 4.2.6',
  },
  'DLV-STEPS': {
    area: 'delivery',
    text: "Six steps: (1) delivery plan; (2) pre-delivery risk check; (3) owners' pre-inspection (Beijing projects only); (4) handover to the property company; (5) delivery; (6) summary and evaluation.",
    source: 'SOL 房屋交付管理 3',
  },
  'DLV-PLAN': {
    area: 'delivery',
    text: 'The project customer-service department drafts the delivery plan 2 months before delivery and HQ customer relations reviews it. The plan covers: scope and overview, organisation (leading group), schedule, pre-inspection arrangements, delivery process, responsibilities, work plan, site preparation, fee and discount policies for customers (heating fee, penalties), risk analysis and controls, contingency plan, touch-point service improvements.',
    source: 'SOL 房屋交付管理 3',
  },
  'DLV-RISK-TEAM': {
    area: 'delivery',
    text: "A delivery risk-check team is formed 1.5 months before the first batch's delivery, led by project customer service.",
    source: 'SOL 房屋交付风险检查 2(1)',
  },
  'DLV-RISK-SCOPE': {
    area: 'delivery',
    text: 'The check covers four classes: contracts and regulations (delivery certificates, single-item acceptances); design changes (change ledgers, customer notices, omissions); sales promises (including changes customers asked for); engineering quality (look and detail of homes and common areas).',
    source: 'SOL 房屋交付风险检查 2(2)',
  },
  'DLV-RISK-REPORT': {
    area: 'delivery',
    text: 'The self-assessment report and the follow-up plan reach HQ customer relations at least 30 days before delivery; the self-check is complete 1 month before.',
    source: 'SOL 房屋交付风险检查 2(3)',
  },
  'DLV-RISK-HQ': {
    area: 'delivery',
    text: "HQ spot-checks no later than 1 month before delivery; a subsidiary's first delivery is checked jointly by HQ customer relations, quality, contracts and the project. Failures are rectified; major risks (such as late delivery) get a contingency plan filed with HQ; what cannot be fixed gets a prepared explanation for customers.",
    source: 'SOL 房屋交付风险检查 1, 3',
  },
  'DLV-PREP': {
    area: 'delivery',
    text: "Before delivery: area measurement done 1 month before; pioneer cleaning; the title-agency partner contracted 1 month before; documents drafted and approved 1 month before; the fee list prepared; the notice pack (delivery notice, delivery guide, property service manual, temporary management rules, decoration manual) mailed 7 days before, then every eligible owner phoned on the 2nd–3rd day after mailing; site activity and dressing plan approved; staff trained, with at least 2 rehearsals for a project's first delivery; the property company finishes cleaning, key count and material packs 3 days before; site dressing done 3 days before.",
    source: 'SOL 房屋交付管理 第一部分',
  },
  'DLV-MODE': {
    area: 'delivery',
    text: 'Centralized delivery 集中交付 (identity check, agreements, fees, the two housing documents, inspection, records) or sporadic delivery 零星交付 for owners who could not come.',
    source: 'SOL 房屋交付管理 第二部分',
  },
  'DLV-SUMMARY': {
    area: 'delivery',
    text: 'Within 5 working days after the centralized delivery ends, the summary reaches HQ with: one-time delivery success rate; centralized take-over rate; average repair items per household (items/household); overall and per-discipline repair rate; inspection quality satisfaction rate (share of households whose inspection found no repair item); complaint counts and measures; problems and improvements.',
    source: 'SOL 房屋交付管理 Step 6',
  },
  'DLV-HANDOVER': {
    area: 'delivery',
    text: 'The engineering department leads the handover to the property company: plan, preparation, documents, inspection, handover, shared information and common-area patrols; the general contractor fixes what the inspection finds by the set date.',
    source: 'SOL 物业移交',
  },
  'DLV-OPENING': {
    area: 'delivery',
    text: "A sales-opening risk check (five aspects: sales contracts; advertising; on-site display; product technical documents; physical quality of show units and delivery standard) is required for the first opening of a new company's new project; the preparation meeting is 2 weeks before opening; findings are reported weekly or daily until closed.",
    source: 'SOL 风险预防管理 项目开盘风险检查',
  },
  'WAR-PHASE': {
    area: 'warranty',
    text: 'Phases after delivery: centralized-delivery period, the first 3 months after the centralized delivery; break-in period 磨合期, within 1 year of delivery (rainy season, heating season); routine, after 3 months; after the warranty expires.',
    source: 'SOL 工程维保修 术语',
  },
  'WAR-TEAM': {
    area: 'warranty',
    text: "Who leads: centralized-delivery period, a joint team led by the project's engineering executive; break-in quick repairs, a joint team led by the project engineering manager; routine, the property company's engineering department; after expiry, the property company.",
    source: 'SOL 分阶段的维保修责任划分',
  },
  'WAR-ONSITE': {
    area: 'warranty',
    text: 'The property engineering department must go on site with the contractor and set the repair plan for: leaks; structural cracks; large areas of hollow or cracked plaster indoors; repeated repairs; unclear responsibility; an owner refusing to take the home.',
    source: 'SOL 保修期满前的处理流程 2',
  },
  'WAR-FLOW': {
    area: 'warranty',
    text: 'Repair order: intake and record (维修任务记录表); classify; survey on site; plan, confirmed with the customer; repair (hidden works: leaks, cracks, pipes, lines, anti-rust are inspected before they are covered); acceptance with the customer, reworked until satisfied; callback within 5 working days of completion; closed.',
    source: 'SOL 保修期满前的处理流程 1-8',
  },
  'WAR-COMP': {
    area: 'warranty',
    text: 'Compensation caused by engineering quality: a plan agreed with the customer and the project customer service, approved, then an engineering deduction notice to the contractor.',
    source: 'SOL 保修期满前的处理流程 9',
  },
  'WAR-CONTRACTOR': {
    area: 'warranty',
    text: "A contractor who refuses the repair or does not arrive in normal time is replaced by a third party at the original contractor's cost, with a penalty notice and on-site evidence kept.",
    source: 'SOL 保修期满前的处理流程 10-11',
  },
  'WAR-EXPIRY': {
    area: 'warranty',
    text: "One month before the warranty expires, owners are told (SMS, notices in the estate, mailbox) the expiry date and how to report repairs afterwards; 30 days before, the contractor is told in writing of the pre-expiry repair campaign; 3 months before any item's warranty expires, a full inspection of the estate is organised and the handover reviewed.",
    source: 'SOL 保修期满前集中维保修 1-2; SOL 物管中心职责',
  },
  'WAR-STORM': {
    area: 'warranty',
    text: 'On a rainstorm or snow forecast, within 2 hours project customer service warns the engineering department and owners; a 24-hour duty roster holds during the storm.',
    source: 'SOL 磨合期快速维修 1',
  },
  'WAR-RPT-MONTHLY': {
    area: 'warranty',
    text: 'Monthly repair statistics before the 25th.',
    source: 'SOL 保修期满前的处理流程 13',
  },
  'WAR-REWARD': {
    area: 'warranty',
    text: 'A customer-service instant-reward fund of 20,000 yuan a year per project for supplier repair staff.',
    source: 'SOL 供方维修人员即时奖励',
  },
  'WAR-APPOINT': {
    area: 'warranty',
    text: 'A repair visit is not later than 10 minutes after the time agreed, unless the customer agreed otherwise; charges are stated before work starts.',
    source: 'GEN 报修服务规程 3.2-3.4',
  },
  'WAR-CALLBACK-GEN': {
    area: 'warranty',
    text: 'Repairs are called back within a month of completion, at a rate of at least 30% (GEN property preset).',
    source: 'GEN 回访 1.4',
  },
  'DEF-WHAT': {
    area: 'defects',
    text: "A defect is any problem, anywhere in the product's life, that affects customers' use or quality of life: flaws in the physical product and in service.",
    source: 'SOL 缺陷管理 术语',
  },
  'DEF-SOURCE': {
    area: 'defects',
    text: 'Sources: sales-opening checks, patrols and delivery risk checks; delivery and rectification; warranty repairs; complaints; satisfaction surveys.',
    source: 'SOL 缺陷收集',
  },
  'DEF-FLOW': {
    area: 'defects',
    text: 'Six stages: collect → generate (缺陷反馈联系单; a major defect is reported to HQ at once) → decide (缺陷决策单) → rectify → track (缺陷反馈确认单) → summarise.',
    source: 'SOL 缺陷的管理流程',
  },
  'DEF-GRADE': {
    area: 'defects',
    text: 'At the decision, after weighing feasibility (construction capacity, technical feasibility, schedule): grade A, must be rectified; grade B, needs no rectification or cannot be rectified.',
    source: 'SOL 缺陷决策',
  },
  'DEF-RECTIFY': {
    area: 'defects',
    text: 'Grade A: the responsible department plans and carries out the rectification and its acceptance, and project customer service verifies it. Grade B: the department sets preventive measures so the defect does not recur, filed with project customer service.',
    source: 'SOL 缺陷整改',
  },
  'DEF-TRACK': {
    area: 'defects',
    text: "A defect solved on plan is confirmed on the confirmation form and filed; one that misses its plan needs the department's stated reason and an evaluation by the reviewing department.",
    source: 'SOL 缺陷跟踪',
  },
  'DEF-HANDBOOK': {
    area: 'defects',
    text: "After each phase's centralized delivery plus 3 months, the project submits its product-and-service defect handbook with at least 30 (`>=`) cases; HQ merges them into the company handbook. Monthly, at month end, the project reports its defects to HQ.",
    source: 'SOL 缺陷信息上报',
  },
  'DEF-RECUR': {
    area: 'defects',
    text: 'The handbook exists to stop "old problems" recurring (air-conditioner louvres, cramped outdoor units, valves in homes, pump-room noise): a new defect that matches a handbook case is a recurrence and says which.',
    source: 'SOL 缺陷管理 目的',
  },
  'CUS-FIELDS': {
    area: 'customers',
    text: 'A customer record holds at least: name, phone, address, native place, occupation, product need, purpose, intended area, budget range, ID card, family structure, whether decision maker, number of purchases.',
    source: 'AOY 4.1.2',
  },
  'CUS-REVIEW': {
    area: 'customers',
    text: 'Each customer file is reviewed and updated at least every 6 months.',
    source: 'AOY 4.1.4',
  },
  'CUS-PRIVACY': {
    area: 'customers',
    text: 'Customer data are confidential: access across projects needs an approved request; nothing is read in public places; a leak is reported at once.',
    source: 'AOY 4.1.5; GEN 第17-27条',
  },
  'CUS-RETENTION': {
    area: 'customers',
    text: 'Customer files are kept 10 years, then destroyed only with approval and a destruction record.',
    source: 'GEN 3.2.8',
  },
} as const satisfies Record<string, RuleEntry>);

/** A rule id of the catalog, such as `'CMP-SEV-MAJOR-COMP'` or `'LAW-WORKDAY'`. */
export type RuleId = keyof typeof RULES;

/** Every rule id, in catalog order. */
export const RULE_IDS: readonly RuleId[] = Object.freeze(Object.keys(RULES) as RuleId[]);

/** True when `id` is a rule id of the catalog. */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}
