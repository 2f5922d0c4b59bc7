/**
 * The year files, each transcribed from its State Council notice: the reviewed source of the
 * built-in calendar. The package does not ship these objects: `scripts/generateHolidayData.ts`
 * encodes them into `builtInData.ts`, which the calendar decodes (a test checks the round
 * trip). A new year is added here, as a file of its own, from its published notice.
 *
 * @internal
 * @module
 */

import { holidays2008 } from './2008.js';
import { holidays2009 } from './2009.js';
import { holidays2010 } from './2010.js';
import { holidays2011 } from './2011.js';
import { holidays2012 } from './2012.js';
import { holidays2013 } from './2013.js';
import { holidays2014 } from './2014.js';
import { holidays2015 } from './2015.js';
import { holidays2016 } from './2016.js';
import { holidays2017 } from './2017.js';
import { holidays2018 } from './2018.js';
import { holidays2019 } from './2019.js';
import { holidays2020 } from './2020.js';
import { holidays2021 } from './2021.js';
import { holidays2022 } from './2022.js';
import { holidays2023 } from './2023.js';
import { holidays2024 } from './2024.js';
import { holidays2025 } from './2025.js';
import { holidays2026 } from './2026.js';
import type { HolidayYear } from './types.js';

/** Every year file, oldest first. */
export const HOLIDAY_YEAR_SOURCES: readonly HolidayYear[] = [
  holidays2008,
  holidays2009,
  holidays2010,
  holidays2011,
  holidays2012,
  holidays2013,
  holidays2014,
  holidays2015,
  holidays2016,
  holidays2017,
  holidays2018,
  holidays2019,
  holidays2020,
  holidays2021,
  holidays2022,
  holidays2023,
  holidays2024,
  holidays2025,
  holidays2026,
];
