// The year as the genre writes it: four Arabic digits (2023) or four Chinese digits (二〇二三),
// then 年. One source for every pass that looks for a year (header, chrome, lists, sections).

/** The Chinese digits a year is written with, 〇 to 九. */
export const CN_YEAR_DIGITS = '〇零一二三四五六七八九';

/** The four digits of a year, as a regex source (no 年): 2023, 二〇二三. */
export const YEAR_SOURCE = `(?:\\d{4}|[${CN_YEAR_DIGITS}]{4})`;

/** A year with its 年, perhaps spaced out: 2021年, 2021 年, 二〇二一年. */
export const YEAR_NIAN_SOURCE = `${YEAR_SOURCE} {0,2}年`;

/** A year with its 年, anywhere in a string (not global). */
export const YEAR_NIAN = new RegExp(YEAR_NIAN_SOURCE, 'u');
