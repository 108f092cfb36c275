// The key two names of one body share (市发展改革委 and 某市发展和改革委员会), for telling that a
// longer name completes a shorter one.
import { INNER_ABBREVIATIONS, NAME_FILLERS } from '../data/issuerNames.js';
import { shortWingBanner, WING_BANNER } from '../data/divisionNames.js';
import { autonomousRoot } from '../identity/divisions.js';

const INNER_ABBREVIATION_ENTRIES = Object.entries(INNER_ABBREVIATIONS);
const GOVERNMENT_WORD = '人民政府';

/**
 * What the short and the full form of one body's name share, for telling that two names name the
 * same body: 市发展改革委 and 某市发展和改革委员会 both give …发展改革委 (fillers such as 和
 * dropped, 委员会 at the end shortened to 委, autonomous places and wing banners in their short
 * form: 科尔沁右翼中旗司法局 and 科右中旗司法局 give 科右中旗司法局).
 */
export function sameBodyKey(view: string): string {
  let key = shortAutonomous(view);
  if (key.endsWith(BRANCH)) key = branchKey(key);
  if (key.includes('翼')) key = key.replace(WING_BANNER, shortWingBanner);
  for (const [short, full] of INNER_ABBREVIATION_ENTRIES) if (key.includes(short)) key = key.split(short).join(full);
  for (const f of NAME_FILLERS) if (key.includes(f)) key = key.split(f).join('');
  // a government's own department named with it or without (某省人民政府侨务办公室, 某省侨务办公室)
  const government = key.indexOf(GOVERNMENT_WORD);
  if (government > 0 && government + GOVERNMENT_WORD.length < key.length) key = key.slice(0, government) + key.slice(government + GOVERNMENT_WORD.length);
  if (key.endsWith('管委会')) key = `${key.slice(0, -3)}管理委员会`;
  // a party committee by its short name: 某区党工委 = 中共某区工作委员会, 某局党委 = 中共某局委员会
  if (key.endsWith('党工委')) return `${key.slice(0, -3)}工作委`;
  if (key.endsWith('党委')) return `${key.slice(0, -2)}委`;
  return key.endsWith('委员会') ? `${key.slice(0, -3)}委` : key;
}

const AUTONOMOUS = '自治';

const BRANCH = '分局';
/** A city's bureau and its branch for a district or county: 重庆市公安局綦江区分局, 六安市生态环境局金寨分局. */
const CITY_BUREAU_BRANCH = /^[\u4e00-\u9fff]{2,8}?[市州盟]([\u4e00-\u9fff]{2,12}?)局([\u4e00-\u9fff]{2,6}?)[区县市旗]?分局$/u;
/** The branch named for its district first: 綦江区公安分局, 金寨县生态环境分局. */
const PLACE_BRANCH = /^([\u4e00-\u9fff]{2,6}?)[区县市旗]([\u4e00-\u9fff]{2,12}?)分局$/u;

/**
 * A branch by its district's name without the level and the line of work (綦江公安分局): the city's
 * bureau's branch (重庆市公安局綦江区分局), the branch named for its district (綦江区公安分局) and the
 * short form share it.
 */
function branchKey(key: string): string {
  const city = CITY_BUREAU_BRANCH.exec(key);
  if (city) return `${city[2]!}${city[1]!}${BRANCH}`;
  const place = PLACE_BRANCH.exec(key);
  return place ? `${place[1]!}${place[2]!}${BRANCH}` : key;
}

/** An autonomous place in a name said as its short form: 黔东南苗族侗族自治州机关事务管理局 → 黔东南州…. */
function shortAutonomous(name: string): string {
  const at = name.indexOf(AUTONOMOUS);
  if (at <= 0 || at + AUTONOMOUS.length >= name.length) return name;
  const placeEnd = at + AUTONOMOUS.length + 1;
  const stem = autonomousRoot(name.slice(0, placeEnd));
  return stem ? `${stem}${name.charAt(placeEnd - 1)}${name.slice(placeEnd)}` : name;
}
