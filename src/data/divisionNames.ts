// Words that division names are built of, for reading a place out of an issuer's name.

/** The 56 peoples of China, as autonomous places name them (酉阳土家族苗族自治县 is 酉阳县 for short), longest first where one starts another. */
export const ETHNIC_GROUPS: readonly string[] = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
  '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克',
  '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
].sort((a, b) => b.length - a.length);

/** How an autonomous place names all its peoples at once: 隆林各族自治县, 龙胜各族自治县. */
export const ALL_PEOPLES = '各';

/** How a name says it is autonomous: 自治县, 自治州, 自治旗, 自治区. */
export const AUTONOMOUS = '自治';

/** Suffixes of the official names that a short name drops (湖北省 → 湖北, 伊犁哈萨克自治州 → 伊犁州). */
export const DIVISION_SUFFIXES: readonly string[] = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '省', '市', '县', '区', '州', '盟', '旗'];

/** Development zones and the like, named after the place they belong to (武汉经开区, 济源产城融合示范区). */
export const ZONE_WORDS: readonly string[] = [
  '经济技术开发区', '高新技术产业开发区', '高新技术开发区', '经济开发区', '经开区', '高新区', '开发区',
  '新区', '示范区', '实验区', '试验区', '产业园区', '工业园区', '园区', '管理区', '保税区', '自贸区', '新城',
  '风景名胜区', '风景区',
].sort((a, b) => b.length - a.length);

/** A bare level at the start of a name (县教育局) and the level it stands for. */
export const BARE_LEVEL_OF: Readonly<Record<string, 'provincial' | 'prefectural' | 'county' | 'township'>> = {
  省: 'provincial',
  市: 'prefectural',
  州: 'prefectural',
  盟: 'prefectural',
  县: 'county',
  区: 'county',
  旗: 'county',
  镇: 'township',
  乡: 'township',
};

/** Township names end so. */
export const TOWNSHIP_ENDS: readonly string[] = ['街道', '镇', '乡'];

/** Names the national government's bodies start with (国家税务总局, 国务院办公厅). */
export const NATIONAL_STARTS: readonly string[] = ['国务院', '国家', '中华人民共和国', '中央', '全国', '最高人民'];
/** How a national body's name ends when it names no place (司法部, 审计署, 海关总署, 国家统计局 …). */
export const NATIONAL_ENDS: readonly string[] = ['部', '署', '总局', '总署'];

/** The state's name before a national body's (中华人民共和国水利部): analysts name the body without it. */
export const STATE_NAME = '中华人民共和国';

/**
 * A banner named for a people's wing (科尔沁右翼中旗, 察哈尔右翼后旗) and its short form (科右中旗,
 * 察右后旗): the people's first character, the wing, the position. Both peoples' names are three
 * characters long.
 */
export const WING_BANNER = /[\u4e00-\u9fff]{3}[左右]翼[前中后]旗/gu;
/** The short form of a WING_BANNER match: 科尔沁右翼中旗 → 科右中旗. */
export const shortWingBanner = (full: string): string => `${full[0]!}${full[3]!}${full[5]!}旗`;
