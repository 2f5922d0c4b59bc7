/**
 * China's working-day calendar and the Civil Code's periods: working days from the State
 * Council holiday notices (2008-2026 built in), deadlines counted in working days or in
 * calendar periods, responsibility windows and elapsed ages, all in Asia/Shanghai days
 * whatever the host's time zone.
 *
 * @module calendar
 */

export { addPeriod } from './addPeriod.js';
export { addWindow, type CalendarWindow, isWithinWindow } from './addWindow.js';
export { addWorkingDays } from './addWorkingDays.js';
export {
  type CalendarCoverage,
  type CalendarCoverageOptions,
  COVERAGE_WARNING_DAYS,
  computeCalendarCoverage,
} from './computeCalendarCoverage.js';
export { computeDayKind, type DayKind, type DayKindName } from './computeDayKind.js';
export { countWorkingDays } from './countWorkingDays.js';
export { createWorkCalendar } from './createWorkCalendar.js';
export type { DayInput, DayString, InstantInput } from './days.js';
export { type Deadline, isDeadlinePassed } from './deadline.js';
export { addElapsed, type ElapsedLength, hasElapsed, isWithinLast } from './elapsed.js';
export {
  BUILT_IN_HOLIDAY_YEARS,
  HOLIDAY_NAMES,
  type HolidayDay,
  type HolidayName,
  type HolidayNotice,
  type HolidayYear,
} from './holidays/index.js';
export { isWorkingDay } from './isWorkingDay.js';
export type { CalendarOptions, CoverageFallback, DailyCutoff, ReceiptOptions } from './options.js';
export { type ParseHolidayYearOptions, parseHolidayYear } from './parseHolidayYear.js';
export type { PeriodLength } from './periodLength.js';
export {
  DayOrInstantStringSchema,
  DayStringSchema,
  HolidayDaySchema,
  HolidayNoticeSchema,
  HolidayYearSchema,
  InstantStringSchema,
  WorkCalendarOptionsSchema,
} from './schemas.js';
export { computeWorkingDayOnOrBefore, type DayBefore, subtractPeriod } from './subtractPeriod.js';
export {
  defaultWorkCalendar,
  type HolidayLabel,
  WorkCalendar,
  type WorkCalendarOptions,
} from './workCalendar.js';
export { createZodErrorMap } from './zodErrorMap.js';
