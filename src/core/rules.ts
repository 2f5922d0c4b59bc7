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
export const RULES = /* @__PURE__ */ Object.freeze({
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
    text: "Statutory minimum warranty periods of a construction project (the contractor's warranty to the developer): foundation and main structure, the design service life; waterproofing of roofs, of rooms that need it, and exterior walls' anti-leak, 5 years; heating and cooling systems, 2 heating or cooling seasons; electrical pipes and lines, water supply and drainage pipes, equipment installation and decoration, 2 years. They run from the day the completion acceptance is passed (竣工验收合格之日). A contract may agree longer, never shorter. (Corrected: an earlier version of this row said they run from delivery; that is the buyer's clock, LAW-WARRANTY-BUYER.)",
    source: 'Regulation on the Quality Management of Construction Projects (建设工程质量管理条例) art. 40',
  },
  'LAW-WARRANTY-BUYER': {
    area: 'law',
    text: "The developer's warranty to the buyer of a sold home runs from the day of delivery. For a residential home it is not shorter than what remains, at delivery, of the contractor's period for the same item (保修期存续期); where that remainder is shorter than the 1998 minimums, not shorter than those: roof waterproofing 3 years; leaks of walls, kitchen and bathroom floors, basements and pipes 1 year; plaster of walls and ceilings falling off 1 year; floors hollow, cracked or sanding over a large area 1 year; doors and windows warped, hardware broken 1 year; pipes blocked 2 months; heating and cooling systems and equipment 1 heating or cooling season; sanitary fittings 1 year; lamps and electrical switches 6 months; other parts as agreed. The developer's own promise (住宅质量保证书) may be longer. So the buyer's expiry of an item is the latest of: the contractor's end, delivery plus the 1998 minimum, delivery plus the developer's promise.",
    source:
      'Measures for the Administration of Sales of Commercial Housing (商品房销售管理办法) art. 33; 建房〔1998〕102号 (商品住宅实行住宅质量保证书和住宅使用说明书制度的规定)',
  },
  'LAW-WARRANTY-SEASON': {
    area: 'law',
    text: 'A warranty counted in heating (or cooling) seasons counts whole seasons that begin after the day its clock starts; a season in progress on that day does not count; the warranty ends on the last day of the last season counted. Season dates are those of the local heating regulation (Beijing: 11-15 to 03-15 of the next year, 北京市供热采暖管理办法); where no regulation is known the dates must be supplied, never guessed.',
    source: 'reading of art. 40 and local heating regulations',
  },
  'LAW-WARRANTY-REPLACE': {
    area: 'law',
    text: 'During the warranty the contractor, on notice, inspects on site and repairs within the agreed time, and comes at once for an emergency touching structural safety or use; a defect touching structural safety is reported to the local construction authority at once, with safety measures; after the repair the developer or owner organises acceptance; a contractor that does not repair as agreed may be replaced by another the developer engages, the original contractor bearing the responsibility; the repair costs are borne by the party responsible for the defect.',
    source: '房屋建筑工程质量保修办法 (2000) arts. 9-13; SOL 保修期满前的处理流程 10-11',
  },
  'LAW-BEFORE': {
    area: 'law',
    text: 'A duty due a period before an event ("交付前2个月", "保修期满前一个月") falls on the corresponding earlier day (art. 202 read backwards: 06-30 minus 2 months is 04-30; 03-31 minus 1 month is the last day of February; "1.5 months" is 1 month back, then 15 days back); where that day is a rest day, on the last working day before it, so that the duty is never done late. "At least N days before" gives the latest day allowed.',
    source: 'reading of arts. 201-203 for internal duties',
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
    text: "Which unit handles, by phase (SOL): before delivery to the owner, and up to 3 months (inclusive) after the centralized delivery 集中交付 → project customer-service department (`project-customer-service`); after that → property company (`property-company`), which also receives every complaint after formal delivery. Whatever the date, complaints within the warranty period that involve compensation by the developer for engineering quality or similar causes (工程质量等原因), and complaints about the developer's legacy issues (开发遗留问题), go to `project-customer-service`. Engineering and design departments give technical support on request. AOY splits differently: each company's customer service handles complaints before and during the sale; after handover, the property company's customer service (AOY 3.2-3.3).",
    source: 'SOL 投诉管理 2; AOY 3.2-3.3',
  },
  'CMP-TWO-LEVEL': {
    area: 'complaints',
    text: "Two levels: the project level (project customer service, sales centre, property company service desk) handles; the company level (HQ customer relations, the sales and property HQs, the hotel-property management department) supervises. The project reports every complaint's statistics and cases up (section 2); a major or crisis event is reported to HQ customer relations at once on the major (crisis) event report (section 8, see CMP-WARN).",
    source: 'SOL 投诉管理 1, 2, 8',
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
    text: 'Major group complaint 重大群诉: "同时有10户以上的重大投诉事件", 10 or more (`>=`) households with a major complaint at the same time. Two readings, both kept as a policy setting: (a) 10 or more households whose complaints on the matter are each major and open at the same moment; (b) 10 or more households complaining together about the same matter (received within a short window the policy sets), which the source lists among the kinds of major complaint. The crisis handling method applies to it (SOL 危机事件: 本流程所有针对危机事件的处理方法同样适用于重大群诉). ("The same issue" is the library\'s grouping key; the source does not say it.)',
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
    text: "Hot: still unresolved one week (7 × 24 h elapsed) after the complaint was made (投诉一周以后; the receipt, not a later registration), for reasons on the company's side.",
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
    text: 'The handling form is created on the day the complaint is received and sent to the responsible company (copy to brand management). AOY only: SOL and GEN set no such day.',
    source: 'AOY 4.2.1',
  },
  'CMP-DL-REPLY': {
    area: 'complaints',
    text: 'Reply to the customer with a handling opinion: within 2 working days (SOL preset); within 5 working days of receipt the responsible department gives the customer the result and its opinion (解决成果及意见), and files the result at HQ (AOY preset).',
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
    text: "A complaint closes when: the customer accepts the result at the callback; or, where after long communication the customer never accepts, or the demand is beyond the company's authority or capacity (管理权限或能力范围), either (a) the handling complied with law and the customer filed a lawsuit or arbitration within 3 months, or (b) the written handling opinion was served by registered mail or a similar traceable way (EMS) and the proof kept. A complaint whose complainant left no name or no contact, or for which a higher authority asks only for a reply letter (上级部门只要求复函), needs no callback; the reply is attached to the record.",
    source: 'SOL 投诉管理 7; GEN 回访 1.13',
  },
  'CMP-WARN': {
    area: 'complaints',
    text: 'Two different forms. While a complaint shows a risk (隐患) of a major group complaint or a crisis, judged from its content, severity, complexity and influence, an escalation warning form 投诉升级预警单 goes to the direct superior, handled per the crisis procedure: the warning comes before the event. Once a major or crisis event has happened, project customer service fills the major (crisis) customer event report 项目重大(危机)客户事件报表 and sends it to HQ customer relations.',
    source: 'SOL 投诉管理 8',
  },
  'CMP-CALLBACK-BY': {
    area: 'complaints',
    text: 'Who calls back (GEN property preset): general complaints, the property assistant; important ones, the department supervisor; major ones, the company manager; within 3 days of completion; callback rate at least 50%.',
    source: 'GEN 回访 1.3',
  },
  'CMP-RPT-WEEKLY': {
    area: 'complaints',
    text: "Every Monday, the weekly report of major complaints and of complaints through the HQ supervision channels (重大客户投诉/服务监督系统投诉周报) covering the previous week (Monday–Sunday), summarising each one's handling and result.",
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
  'DLV-HANDOVER-LAW': {
    area: 'delivery',
    text: 'The developer and the property-service company it selected complete the handover inspection (承接查验) of the common parts and common facilities at least 15 days before the property is delivered for use.',
    source: '物业承接查验办法 (2010)',
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
    text: "One month before the warranty expires, owners are told (SMS, notices in the estate, mailbox) the expiry date and how to report repairs afterwards; 30 days before, the contractor is told in writing of the pre-expiry repair campaign; 3 months before any item's warranty expires, a full inspection of the estate is organised and the handover reviewed, and where many problems remain a supplementary repair agreement is signed. Days counted back per LAW-BEFORE.",
    source: 'SOL 保修期满前集中维保修 1-2; SOL 物管中心职责',
  },
  'WAR-STORM': {
    area: 'warranty',
    text: 'On a rainstorm or snow forecast, within 2 hours project customer service issues a warning to the head of the engineering department; following the warning, owners and the estate office are told (drains of roofs, terraces and balconies clear, windows closed), with no fixed time; a 24-hour duty roster holds during the storm.',
    source: 'SOL 磨合期快速维修 1',
  },
  'WAR-RPT-MONTHLY': {
    area: 'warranty',
    text: 'Monthly repair statistics before the 25th.',
    source: 'SOL 保修期满前的处理流程 13',
  },
  'WAR-REWARD': {
    area: 'warranty',
    text: 'A customer-service instant-reward fund of 20,000 yuan a year per project for supplier repair staff, topped up by the fines charged to partners whose conduct caused strong complaints or late repairs.',
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
    text: 'Each customer file is reviewed and updated, in principle every 6 months (原则上6个月增补或调节一次).',
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
  'CUS-ID': {
    area: 'customers',
    text: "A resident identity number has 18 characters: 6 region digits, 8 birth-date digits, 3 sequence digits (odd for men), and a check character by ISO 7064 MOD 11-2 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; remainder 0-10 maps to 1 0 X 9 8 7 6 5 4 3 2). The residence permits of Hong Kong, Macao and Taiwan residents (region 810000, 820000, 830000) and the 2023 foreigners' permanent residence ID card (first digit 9) use the same algorithm. A 15-digit first-generation number has no check character (2-digit year). Region codes that were later revoked still appear on valid cards.",
    source: 'GB 11643-1999',
  },
  'CUS-PHONE': {
    area: 'customers',
    text: 'A mainland mobile number has 11 digits beginning with 1 (optionally written with +86 or 0086); the network prefixes grow over time, so a strict check needs a current prefix table.',
    source: 'MIIT numbering plan',
  },
  'CUS-PIPL': {
    area: 'customers',
    text: "Personal information is kept no longer than its purpose needs and is deleted (or anonymised) when the purpose is achieved, the retention period ends, or consent is withdrawn; the handler takes measures such as encryption and de-identification. A company rule such as CUS-RETENTION's 10 years is a retention period in this sense.",
    source: 'Personal Information Protection Law (个人信息保护法) arts. 19, 47, 51',
  },
} as const satisfies Record<string, RuleEntry>);

/** A rule id of the catalog, such as `'CMP-SEV-MAJOR-COMP'` or `'LAW-WORKDAY'`. */
export type RuleId = keyof typeof RULES;

/** Every rule id, in catalog order. */
export const RULE_IDS: readonly RuleId[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(RULES) as RuleId[],
);

/** True when `id` is a rule id of the catalog. */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}
