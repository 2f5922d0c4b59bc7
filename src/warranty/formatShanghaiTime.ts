/**
 * An instant as a reader in China writes it: `2026-03-02 09:00` in Asia/Shanghai time, for
 * the messages of reasons (the facts keep the ISO instant).
 *
 * @internal
 * @module
 */

import { formatDayNumber, shanghaiDayNumberOfInstant, shanghaiTimeOfDayMs } from '../calendar/days.js';

/** `YYYY-MM-DD HH:mm` (Asia/Shanghai) of an instant. @internal */
export function formatShanghaiTime(ms: number): string {
  const day = formatDayNumber(shanghaiDayNumberOfInstant(ms));
  const minutes = Math.floor(shanghaiTimeOfDayMs(ms) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${day} ${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}
