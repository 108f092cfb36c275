// The forms of real pages the header reads: issuer names completed with the place the document
// states, party and national bodies, metadata in tables and lists, and 发文日期 / 生成日期.
import { describe, expect, it } from 'vitest';
import { findChrome } from '../src/chrome/index.js';
import { createDoc } from '../src/document.js';
import { readHeader } from '../src/header/index.js';
import { officialName } from '../src/header/orgName.js';
import { placeFor } from '../src/header/places.js';
import { parseReport } from '../src/parse.js';

function header(text: string) {
  const doc = createDoc(text);
  return readHeader(doc, findChrome(doc));
}

describe('issuer: words before a name are no part of it', () => {
  it.each([
    ['根据 … 现将 year + name', '根据中共某某市委全面依法治市委员会办公室《关于做好法治政府建设情况报告工作的通知》,现将2023年度某某市教育局法治政府建设工作情况报告如下。\n一、主要举措', '某某市教育局', '某某市教育局'],
    ['按照 … 现将《title》 予以公布', '根据按照中共某某市委全面依法治市委员会办公室《关于报送年度报告的通知》要求,现将《某某市文化和旅游局2025年度法治政府建设情况报告》予以公布。\n2025年,市文化旅游局坚持依法行政。', '某某市文化和旅游局', '某某市文化和旅游局'],
  ])('%s', (_form, text, name, mention) => {
    const { issuer } = header(text);
    expect(issuer?.name).toBe(name);
    expect(text.slice(issuer!.span.start, issuer!.span.end)).toBe(mention);
  });

  it('a programme 法治市场监管 names no place: the place of a cited regulation completes 市…局', () => {
    const text = '2023年,市市场监管局深入学习贯彻习近平法治思想。\n印发《2023年度法治政府(法治市场监管)建设工作清单》,推动出台《某某市电梯安全管理规定》。';
    expect(header(text).issuer?.name).toBe('某某市市场监督管理局');
  });
});

describe('issuer: a real place whose name holds or opens with a clause\'s or a body\'s character (将 是 府 和 全)', () => {
  it.each([
    ['将乐县司法局2023年法治政府建设年度报告\n2023年,县司法局坚持依法行政。', '将乐县司法局'],
    ['将乐县人民政府2023年法治政府建设年度报告\n2023年,县政府坚持依法行政。', '将乐县人民政府'],
    ['府谷县人民政府2023年法治政府建设年度报告\n2023年,县政府坚持依法行政。', '府谷县人民政府'],
    ['忻府区司法局2023年法治政府建设年度报告\n2023年,区司法局坚持依法行政。', '忻府区司法局'],
    ['东昌府区人民政府2023年法治政府建设年度报告\n2023年,区政府坚持依法行政。', '东昌府区人民政府'],
    ['和平区教育局2023年法治政府建设年度报告\n2023年,区教育局坚持依法行政。', '和平区教育局'],
    ['全椒县司法局2023年法治政府建设年度报告\n2023年,县司法局坚持依法行政。', '全椒县司法局'],
  ])('%s', (text, name) => {
    expect(header(text).issuer?.name).toBe(name);
  });

  it.each([
    ['府谷县', '2023年以来,县司法局在县委、县政府的坚强领导下,起草《府谷县推进法治政府建设三年行动计划》。', '府谷县司法局'],
    ['忻府区', '2023年以来,区司法局在区委、区政府的坚强领导下,起草《忻府区推进法治政府建设三年行动计划》。', '忻府区司法局'],
  ])('a bare mention is completed with %s', (_place, text, name) => {
    expect(header(text).issuer?.name).toBe(name);
  });

  it('a clause\'s character outside a division name still ends a name (某县司法局将…, 区卫健委在区…)', () => {
    expect(placeFor('区卫健委在区委的领导下,《某海区卫生健康规划》', '区', '卫生健康委员会')).toBe('某海');
    expect(header('2023年,某某县司法局将依法行政摆在突出位置,某某县司法局坚持依法行政。').issuer?.name).toBe('某某县司法局');
  });
});

describe('issuer: the place as the document states it', () => {
  it('adds the level word the document gives the place (烟台人社局 where the text says 烟台市)', () => {
    const text = '2022年以来,某台人力资源和社会保障局坚持以习近平法治思想为指导,全面贯彻落实中央、省、某台市关于法治政府建设的决策部署。';
    expect(header(text).issuer?.name).toBe('某台市人力资源和社会保障局');
  });

  it.each([
    ['生态环境局 + 国家生态市创建', '2023年,生态环境局坚持以习近平法治思想为指导,推进国家生态市创建工作。', '生态环境局'],
    ['卫生健康委员会 + 国家卫生县城', '2023年,卫生健康委员会坚持依法行政,巩固国家卫生县城创建成果。', '卫生健康委员会'],
  ])('never makes a place of a department\'s own words (%s)', (_form, text, name) => {
    expect(header(text).issuer?.name).toBe(name);
  });

  it('adds the level word of a real division the text writes inside a word (烟台人社局 + 建设烟台市…)', () => {
    const text = '2022年以来,烟台人力资源和社会保障局坚持以习近平法治思想为指导,助力建设烟台市营商环境。';
    expect(header(text).issuer?.name).toBe('烟台市人力资源和社会保障局');
  });

  it('adds no level word where the text writes the place only inside a word (某台 + 建设某台市…)', () => {
    const text = '2022年以来,某台人力资源和社会保障局坚持以习近平法治思想为指导,助力建设某台市营商环境。';
    expect(header(text).issuer?.name).toBe('某台人力资源和社会保障局');
  });

  it('adds no level word the document does not give', () => {
    const text = '2022年以来,某台人力资源和社会保障局坚持以习近平法治思想为指导,全面贯彻落实中央和省的决策部署。';
    expect(header(text).issuer?.name).toBe('某台人力资源和社会保障局');
  });

  it('does not put a level inside a name that names a place of its own (…示范区…)', () => {
    const text = '2024年以来,某源产城融合示范区卫生健康委员会坚持依法行政,落实某源市委部署。';
    expect(header(text).issuer?.name).toBe('某源产城融合示范区卫生健康委员会');
  });

  it('takes the places above a name from a line that writes it in full (site banner)', () => {
    const text = '某津市某海区人民政府 2019年12月3日星期二\n某海区2023年度法治政府建设情况报告\n来源:某海区人民政府办公室 发布时间:2024-03-28 09:18\n2023年,某海区坚持依法行政,全面推进法治政府建设。';
    const { issuer } = header(text);
    expect(issuer?.name).toBe('某津市某海区人民政府');
    expect(issuer?.source).toBe('title');
  });

  it('completes a bare 区…局 with the city and district of a cited title (〈杭州市上城区…〉)', () => {
    const text = '2024年,区教育局认真学习贯彻区政府办公室下发《关于印发〈某州市某城区2024年法治政府建设工作要点〉的通知》等要求,全面推进依法治教。';
    expect(header(text).issuer?.name).toBe('某州市某城区教育局');
  });

  it('writes an autonomous place in full where the page does (甘孜州… under 甘孜藏族自治州)', () => {
    const text = '甘孜藏族自治州人民政府\n甘孜州卫健委2021年法治政府建设工作报告\n2021年,州卫健委坚持依法行政。';
    const { issuer } = header(text);
    expect(issuer?.name).toBe('甘孜藏族自治州卫生健康委员会');
    expect(issuer?.mention).toBe('甘孜州卫健委');
    // a short form the page never writes in full stays as written
    expect(header(text.slice(text.indexOf('\n') + 1)).issuer?.name).toBe('甘孜州卫生健康委员会');
  });

  it('gives a district sharing its city\'s 市 its own 市 where the page writes both (济南市中区… under 济南市市中区)', () => {
    const text = '济南市市中区人民政府\n济南市中区司法局2022年度法治政府建设情况报告\n2022年,区司法局坚持依法行政。';
    expect(header(text).issuer?.name).toBe('济南市市中区司法局');
    expect(header(text.slice(text.indexOf('\n') + 1)).issuer?.name).toBe('济南市中区司法局');
  });

  it('placeFor names a district with the places above it, a city alone', () => {
    expect(placeFor('《某某省某州市某城区安全条例》', '区', '教育局')).toBe('某某省某州市某城');
    expect(placeFor('《某某省某州市某城区安全条例》', '市', '教育局')).toBe('某州');
  });

  it('a city is named without its province even where the text writes both', () => {
    const text = '2023年,某昌市卫生健康委员会坚持依法行政。\n印发《某西省某昌市卫生健康委员会行政规范性文件管理办法》。';
    expect(header(text).issuer?.name).toBe('某昌市卫生健康委员会');
  });

  it('placeFor counts a place at the far end of the longest row (关于, a year, 中共, three places of five characters)', () => {
    const text = '工作。\n《关于2023年度中共某甲乙丙丁省某戊己庚辛市某壬癸子丑县法治建设规划》';
    expect(placeFor(text, '县', '司法局')).toBe('某甲乙丙丁省某戊己庚辛市某壬癸子丑');
    expect(placeFor(text, '省', '司法厅')).toBe('某甲乙丙丁');
  });

  it('a place after 中共 is the place, not 中共', () => {
    expect(placeFor('中共某岛市交通运输局党组', '市', '交通运输局')).toBe('某岛');
  });
});

describe('issuer: party and national bodies', () => {
  it('a department named with its government or without is one body (某省侨务办公室, 某省人民政府侨务办公室)', () => {
    const text = '某建省侨办2017年法治政府建设工作报告\n信息来源:某建省人民政府侨务办公室 发布日期:2018-01-30\n2017年,省侨办坚持依法行政。';
    expect(header(text).issuer?.name).toBe('某建省人民政府侨务办公室');
  });

  it('综合执法 and 综合行政执法 name one body (某街道综合执法队, signed 某区某街道综合行政执法队)', () => {
    const text = '某桥街道综合执法队2020年度法治政府建设工作总结\n2020年,执法队坚持依法行政。\n一、主要工作\n全年办理案件3件。\n某某市某台区某桥街道综合行政执法队\n2021年1月10日';
    expect(header(text).issuer?.name).toBe('某某市某台区某桥街道综合行政执法队');
  });

  it('a party committee by its short name is the body its signature names in full (某区党工委, 中共某区工作委员会)', () => {
    const text = '某山经开区党工委关于2022年度法治建设工作情况的报告\n2022年,某山经开区党工委坚持依法办事。\n中共某山经济技术开发区工作委员会\n2023年2月10日';
    const h = header(text);
    expect(h.issuer?.name).toBe('中共某山经济技术开发区工作委员会');
    expect(h.issuer?.source).toBe('signature');
  });

  it('keeps the second line of work of a joint name as written (城市管理和综合执法局), expands it alone (综合执法局)', () => {
    expect(officialName('某市城市管理和综合执法局', '某市城市管理和综合执法局').view).toBe('某市城市管理和综合执法局');
    expect(officialName('某县综合执法局', '某县综合执法局').view).toBe('某县综合行政执法局');
  });

  it('names a zone\'s management committee with the zone in full, a department of it as written', () => {
    expect(officialName('某山经开区管委会', '某山经开区管委会').view).toBe('某山经济技术开发区管理委员会');
    expect(officialName('某山高新区', '某山高新区').text).toBe('某山高新技术产业开发区管理委员会');
    expect(officialName('某山经开区统计局', '某山经开区统计局').view).toBe('某山经开区统计局');
    // 经济开发区 is a zone's full name of its own
    expect(officialName('某山经济开发区管委会', '某山经济开发区管委会').view).toBe('某山经济开发区管理委员会');
  });

  it('a party group standing over its title is the issuer, and the title is joined', () => {
    const text = '\n中共某岛市交通运输局党组\n2022年度法治政府建设报告\n2022年,市交通运输局党组坚持以习近平新时代中国特色社会主义思想为指导。';
    const h = header(text);
    expect(h.title).toBe('中共某岛市交通运输局党组2022年度法治政府建设报告');
    expect(h.issuer?.name).toBe('中共某岛市交通运输局党组');
  });

  it('a name spaced out letter by letter over the title is the issuer, not a menu', () => {
    const text = '青 海 省 卫 生 健 康 委\n2023年法治政府建设工作总结\n一年来,在省委省政府的坚强领导下,按照全面推进依法治省的总体部署要求,我委深入推进法治政府建设。';
    const h = header(text);
    expect(h.title).toBe('青 海 省 卫 生 健 康 委2023年法治政府建设工作总结');
    expect(h.issuer?.name).toBe('青海省卫生健康委员会');
  });

  it('a ministry the site footer names with the state\'s name is named without it (主办单位:中华人民共和国…部 → …部)', () => {
    const text = '中华人民共和国文化和旅游部\n当前位置:首页 > 信息公开 > 法治政府建设\n[ 发布机构 ] 文化和旅游部      [ 成文日期 ] 2023年03月20日\n[ 标    题 ] 文化和旅游部2022年法治政府建设情况报告\n[ 发文字号 ]                    [ 发布日期 ] 2023年03月30日\n2022年,文化和旅游部认真贯彻落实党中央、国务院决策部署,扎实推进依法行政。\n【打印本页】 【关闭窗口】\n主办单位:中华人民共和国文化和旅游部   网站标识码:bm00000000';
    expect(header(text).issuer?.name).toBe('文化和旅游部');
  });

  it('the site\'s name over the page completes a bare 自治区 mention of the same body', () => {
    const text = '宁夏回族自治区民族宗教事务委员会\n首页 > 政务公开 > 法治建设\n自治区民宗委2022年度法治政府建设情况报告\n发布日期:2023-01-30  来源:政策法规处\n2022年,本委在自治区党委、政府的领导下,坚持依法管理民族宗教事务。';
    const h = header(text);
    expect(h.issuer?.name).toBe('宁夏回族自治区民族宗教事务委员会');
  });

  it('the site\'s name over the page names the issuer where the body calls its issuer by that kind (省厅 under …厅)', () => {
    const text = '某某省交通运输厅\n网站首页 > 政务公开 > 法治建设\n2021年度法治政府建设工作报告\n发布时间:2022-01-20\n2021年,省厅认真贯彻落实省委、省政府关于法治政府建设的部署要求。';
    expect(header(text).issuer?.name).toBe('某某省交通运输厅');
  });

  it('the site\'s name over the page never names the issuer alone (a county portal publishing a town\'s report)', () => {
    const text = '某某县人民政府\n首页 > 政务公开 > 乡镇信息\n2022年度法治政府建设工作总结\n发布时间:2023-01-12\n今年以来,我镇在县委、县政府的正确领导下,扎实推进依法行政。';
    expect(header(text).issuer).toBeNull();
  });

  it('a party commission\'s office publishing the report is the issuer whole (…委员会办公室), a bureau\'s office is not', () => {
    const office = '某某县人民政府门户网站\n发布机构:中共某某县委全面依法治县委员会办公室  发布日期:2023年1月6日\n2022年度全面依法治县工作总结\n2022年,县委依法治县办坚持统筹协调,推动全县法治建设。';
    expect(header(office).issuer?.name).toBe('中共某某县委全面依法治县委员会办公室');
    const unit = '某某县人民政府门户网站\n发布机构:某某县发展和改革委员会办公室  发布日期:2023年1月6日\n2022年度法治政府建设工作总结\n2022年,县发展改革委坚持依法行政。';
    expect(header(unit).issuer?.name).toBe('某某县发展和改革委员会');
  });

  it('a survey team of the statistics bureau signing the report is the issuer (…调查队)', () => {
    const text = '2022年度法治政府建设情况报告\n2022年,我队认真贯彻落实上级部署,扎实推进依法统计、依法治统。\n国家统计局某某调查队\n2023年1月20日';
    expect(header(text).issuer?.name).toBe('国家统计局某某调查队');
  });

  it('a wing banner in its short form (科右中旗) and in full in the body: the full name', () => {
    const text = '科右中旗司法局2022年度法治政府建设工作报告\n发布时间:2023年01月16日\n2022年,科尔沁右翼中旗司法局在旗委、旗政府的正确领导下,扎实推进法治政府建设。';
    const h = header(text);
    expect(h.issuer?.name).toBe('科尔沁右翼中旗司法局');
  });

  it.each([
    ['林草局', '肃南县林草局', '肃南县林业和草原局'],
    ['药监局', '国家药监局', '国家药品监督管理局'],
    ['民宗委', '某某省民宗委', '某某省民族宗教事务委员会'],
    ['商务委', '上海市商务委', '上海市商务委员会'],
    ['经信委', '某市经信委', '某市经济和信息化委员会'],
    ['综合执法局', '某区综合执法局', '某区综合行政执法局'],
    ['卫生计生委', '国家卫生计生委', '国家卫生和计划生育委员会'],
    ['a national body by its usual short name (质检总局)', '质检总局', '国家质量监督检验检疫总局'],
    ['the same with 国家 written (国家工商总局)', '国家工商总局', '国家工商行政管理总局'],
    ['a ministry joining two lines of work without 和', '住房城乡建设部', '住房和城乡建设部'],
    ['a department joining two lines of work without 和', '某省人力资源社会保障厅', '某省人力资源和社会保障厅'],
    ['a commission joining two lines of work without 和', '国家发展改革委', '国家发展和改革委员会'],
    ['a zone reporting on itself is issued by its committee', '某某经济技术开发区', '某某经济技术开发区管理委员会'],
    ['an industrial park too', '某某工业园区', '某某工业园区管理委员会'],
    ['a 新区 may be a district: its government', '浦东新区', '浦东新区人民政府'],
  ])('expands the standard abbreviation %s', (_abbr, written, full) => {
    expect(officialName(written, written).view).toBe(full);
  });
});

describe('metadata forms', () => {
  it('reads a markdown table of metadata: 发布机构 and 生成日期 (signedAt)', () => {
    const text = [
      '| 索引号 | 620721125/2026-00002 | 发文字号 | 某林草发〔2026〕6号 |',
      '|---|---|---|---|',
      '| 关键词 | 发布机构 | 某南县林草局 | |',
      '| 公开形式 | 责任部门 | ||',
      '| 生成日期 | 2026-01-16 18:00:00 | 是否有效 |',
      '2025年,我局法治政府建设坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政。',
    ].join('\n');
    const h = header(text);
    expect(h.issuer?.name).toBe('某南县林业和草原局');
    expect(h.signedAt).toBe('2026-01-16');
    expect(h.publishedAt).toBeNull();
  });

  it('reads a "- label: value" list (公文生成日期 → signedAt)', () => {
    const text = '\n- 索 引 号: sm09901-1800-2025-00003\n- 发布机构: 某镛镇人民政府\n- 公文生成日期: 2025-02-07\n2024年,某镛镇法治政府建设工作在县委、县政府的有力指导下,全面推进。';
    const h = header(text);
    expect(h.signedAt).toBe('2025-02-07');
    expect(h.issuer?.name).toBe('某镛镇人民政府');
  });

  it('takes the full autonomous name the signature states over the short one of the title (黔东南州 → 黔东南苗族侗族自治州)', () => {
    const text = '黔东南州机关事务管理局2021年法治政府建设情况报告\n一、主要工作\n2021年,我局推进依法行政。\n黔东南苗族侗族自治州机关事务管理局\n2022年1月10日';
    const r = parseReport(text);
    expect(r.issuer?.name).toBe('黔东南苗族侗族自治州机关事务管理局');
    expect(text.slice(r.issuer!.span.start, r.issuer!.span.end)).toBe(r.issuer!.mention);
  });

  it('takes the full name of an autonomous place named for one people over its short form (鄂伦春旗 → 鄂伦春自治旗)', () => {
    const text = '鄂伦春旗市场监督管理局2022年法治政府建设情况报告\n一、主要工作\n2022年,我局推进依法行政。\n鄂伦春自治旗市场监督管理局\n2023年1月12日';
    const r = parseReport(text);
    expect(r.issuer?.name).toBe('鄂伦春自治旗市场监督管理局');
    expect(r.issuer?.region?.code).toBe('150723');
    expect(text.slice(r.issuer!.span.start, r.issuer!.span.end)).toBe(r.issuer!.mention);
  });

  it('reads two-character labels spaced out to a four-character width (标    题:, 文    号: … 发布日期:)', () => {
    const text = '标    题:某某市人民防空办公室2019年法治政府建设工作报告\n文    号:某人防发〔2020〕6号   发布日期:2020-02-18\n一、主要工作\n2019年,我办推进依法行政。';
    const r = parseReport(text);
    expect(r.title).toBe('某某市人民防空办公室2019年法治政府建设工作报告');
    expect(text.slice(r.titleSpan!.start, r.titleSpan!.end)).toBe(r.title);
    expect(r.publishedAt).toBe('2020-02-18');
  });

  it('reads a label right after a date (日期:2022-03-29来源:区卫健委)', () => {
    const text = '日期:2022-03-29来源:区卫健委\n现将我委2021年度法治政府建设工作开展情况总结如下:\n在全系统转发了《2021年某川区法治政府建设工作要点》,确保工作有序开展。';
    const h = header(text);
    expect(h.publishedAt).toBe('2022-03-29');
    expect(h.issuer?.name).toBe('某川区卫生健康委员会');
  });

  it('reads a table row whose last cell is an empty label (成文日期 2026-02-06 废止日期)', () => {
    const text = '发布机构 某区卫生健康局 组配分类 法治政府建设年报\n成文日期 2026-02-06 废止日期\n某区卫生健康局2025年度法治政府建设情况的报告\n2025年,某区卫生健康局坚持依法行政。';
    expect(header(text).signedAt).toBe('2026-02-06');
  });

  it('reads 发布时间 after a label it does not know (栏目:)', () => {
    const text = '某市市场监管局2022年法治政府建设年度报告\n栏目:政策文件 发布时间:2023-01-12\n2022年,市市场监管局坚持以习近平法治思想为指导。';
    expect(header(text).publishedAt).toBe('2023-01-12');
  });

  it('reads a date after the source\'s name, with no label, as the publication date (来源:某某网  2021-04-02)', () => {
    const text = '住房城乡建设部2020年法治政府建设情况报告\n来源:住房城乡建设部门户网站  2021-04-02 09:30\n2020年,住房城乡建设部坚持依法行政。';
    const h = header(text);
    expect(h.publishedAt).toBe('2021-04-02');
    expect(h.issuer?.name).toBe('住房和城乡建设部');
    // a date inside a name, with no space before it, is no date of the page
    expect(header('来源:某县2021-04-02工作组\n2020年,某县司法局坚持依法行政。').publishedAt).toBeNull();
  });

  it('reads a date run on right after the name of the source (来源:某镇人民政府2025-01-07)', () => {
    const text = '某镇2024年法治政府建设年度报告\n来源:某某镇人民政府2025-01-07  字号:【大】【中】【小】\n2024年,某某镇坚持依法行政。';
    expect(header(text).publishedAt).toBe('2025-01-07');
  });

  it('reads a date after page furniture, with no label, as the publication date (【字号:大 中 小】 2021-03-02)', () => {
    const text = '某某省民政厅关于2020年法治政府建设工作情况的报告\n【字号:大 中 小】  2021-03-02 10:12:45  来源:政策法规处\n2020年,省民政厅坚持依法行政。';
    expect(header(text).publishedAt).toBe('2021-03-02');
    // a date inside another field's value is no publication date
    expect(header('某某省民政厅2020年法治政府建设情况报告\n【主题分类:民政 2021-03-02】\n2020年,省民政厅坚持依法行政。').publishedAt).toBeNull();
  });

  it.each([
    ['公开日期 is publication', '公开日期:2024-02-01\n2023年,某县司法局坚持依法行政。', '2024-02-01', null],
    ['发文日期 is publication when no other date of publication stands', '发文日期:2024-02-01\n2023年,某县司法局坚持依法行政。', '2024-02-01', null],
    ['发布日期 wins over 发文日期', '发文日期:2024-01-20 发布日期:2024-02-01\n2023年,某县司法局坚持依法行政。', '2024-02-01', null],
    ['印发日期 is the signing date', '印发日期:2024-01-20 发布日期:2024-02-01\n2023年,某县司法局坚持依法行政。', '2024-02-01', '2024-01-20'],
  ])('%s', (_form, text, published, signed) => {
    const h = header(text);
    expect([h.publishedAt, h.signedAt]).toEqual([published, signed]);
  });
});

describe('title forms', () => {
  it.each([
    ['inside 《》 after a document number', '某卫〔2024〕3号《某某省卫生健康委关于2023年度法治政府建设情况的报告》\n省委、省政府:\n根据有关部署要求,现呈送我委2023年度法治政府建设情况报告。', '某某省卫生健康委关于2023年度法治政府建设情况的报告'],
    ['after a document number and a space, no 《》', '某交法〔2023〕6号\u3000某某省交通运输厅关于2022年度法治政府建设情况的报告\n2022年,省交通运输厅坚持依法行政,全面推进交通运输法治建设。', '某某省交通运输厅关于2022年度法治政府建设情况的报告'],
    ['a site name appended after -', '某某市教育局关于2023年法治政府建设工作情况的报告-某某娱乐国际\n2023年,在市委市政府的正确领导下,市教育局认真贯彻落实部署要求。', '某某市教育局关于2023年法治政府建设工作情况的报告'],
    ['a portal appended after _', '某某县司法局2023年度法治政府建设情况报告_某某县人民政府门户\n2023年,县司法局坚持依法行政,全面推进法治建设。', '某某县司法局2023年度法治政府建设情况报告'],
    ['a site name in two parts (…报告-某某之窗-某某门户网站)', '某某市人民防空办公室2019年法治政府建设年度报告-某都之窗-某某市政务门户网站\n2019年,市人防办坚持依法行政,全面推进法治建设。', '某某市人民防空办公室2019年法治政府建设年度报告'],
    ['a full title that ends like one wins over a menu copy cut short', '当前位置: 首页 > 通知公告 > 正文\n某某省2023年度法治政府建设工作\n【来源:某某省2023年度法治政府建设工作 | 发布日期:2024-04-10 】\n某某省2023年度法治政府建设工作\n\n情况报告\n\n按照有关要求,现将全省2023年度法治政府建设情况报告如下。', '某某省2023年度法治政府建设工作情况报告'],
  ])('%s', (_form, text, title) => {
    const h = header(text);
    expect(h.title).toBe(title);
    expect(text.slice(h.titleSpan!.start, h.titleSpan!.end).replace(/\n/gu, '')).toBe(title);
  });

  it('a page scraped into one line: the title after the site name, before the prose', () => {
    const text = '某某之家—全网资源每日更新www.example.com某某省人民政府关于2023年度法治政府建设情况的报告2023年,省政府坚持以习近平新时代中国特色社会主义思想为指导,坚持依法行政,拧紧行政决策、权力运行、执法监督链条,法治政府建设取得新成效。一、坚持党的领导';
    const h = header(text);
    expect(h.title).toBe('某某省人民政府关于2023年度法治政府建设情况的报告');
    expect(h.issuer?.name).toBe('某某省人民政府');
  });

  it('a page scraped into one line that writes its title twice', () => {
    const text = '1、2023年度乡镇法治政府建设情况报告及2023年工作方案2023年度乡镇法治政府建设情况报告及2023年工作方案区政府:根据有关规定,某征镇依法全面履行政府职能,切实抓好法治政府建设各项工作。现将本镇2023年度法治政府建设工作的主要情况报告如下。';
    const h = header(text);
    expect(h.title).toBe('2023年度乡镇法治政府建设情况报告及2023年工作方案');
    expect(h.issuer?.name).not.toBe('乡镇人民政府');
  });

  it('a page scraped into one line: the title inside 《》 after the breadcrumb, before a label', () => {
    const text = '某某市统计局首页 > 信息公开 > 工作总结《某某市统计局2022年度法治政府建设工作报告》发布日期:2023-02-10 信息来源:办公室 2022年,市统计局坚持依法统计、依法治统,认真贯彻落实上级部署,现将有关情况报告如下:一、加强组织领导';
    const h = header(text);
    expect(h.title).toBe('某某市统计局2022年度法治政府建设工作报告');
    expect(text.slice(h.titleSpan!.start, h.titleSpan!.end)).toBe(h.title);
  });

  it('a page scraped into one line that opens with its breadcrumb: the report, its title after the last menu item, its signature before the buttons', () => {
    const filler = '全年组织执法人员培训4期,办理行政复议案件6件,规范性文件合法性审核率达100%。'.repeat(4);
    const text = `首页>政务公开>工作动态昌黎县统计局2021年法治政府建设工作总结  2021年,我局坚持依法统计,现总结如下。一、加强学法用法。${filler}二、规范统计执法。${filler}昌黎县统计局2022年1月10日【打印本页】【关闭窗口】`;
    const doc = createDoc(text);
    const chrome = findChrome(doc);
    expect(chrome.body.end - chrome.body.start).toBeGreaterThan(text.length / 2);
    const h = readHeader(doc, chrome);
    expect(h.title).toBe("昌黎县统计局2021年法治政府建设工作总结");
    expect(text.slice(h.titleSpan!.start, h.titleSpan!.end)).toBe(h.title);
    expect(h.signedAt).toBe('2022-01-10');
    expect(parseReport(text).sections.map((x) => x.marker + x.title)).toEqual(['一、加强学法用法', '二、规范统计执法']);
  });

  it('a news headline that the report was published gives way to the report\'s own title after 全文如下:', () => {
    const text = '首页 > 工作动态\n某某市审计局发布2022年度法治政府建设情况报告\n2023-03-02 10:00  来源:办公室\n近日,市审计局在门户网站公开了本局2022年度法治政府建设情况报告,全文如下:\n某某市审计局2022年度法治政府建设情况报告\n2022年,市审计局坚持依法审计。';
    expect(header(text).title).toBe('某某市审计局2022年度法治政府建设情况报告');
    // a headline alone is still the title
    expect(header('某某市审计局发布2022年度法治政府建设情况报告\n2022年,市审计局坚持依法审计,全面推进法治建设。').title).toBe('某某市审计局发布2022年度法治政府建设情况报告');
  });

  it('a notice that publishes the report (关于公布…报告的通知) gives way to the report\'s own title below it', () => {
    const notice = '某某市人民政府办公室关于公布某某市2022年度法治政府建设情况报告的通知\n某政办秘〔2023〕9号 发布时间:2023-03-13\n各县、市、区人民政府,市政府各部门、各直属机构:\n经市政府同意,现将《某某市人民政府关于2022年度法治政府建设情况的报告》予以公布。\n某某市人民政府办公室\n2023年3月10日\n';
    const text = notice + '某某市人民政府关于2022年度法治政府建设情况的报告\n2022年,市政府坚持依法行政。';
    const h = header(text);
    expect(h.title).toBe('某某市人民政府关于2022年度法治政府建设情况的报告');
    expect(text.slice(h.titleSpan!.start, h.titleSpan!.end)).toBe(h.title);
    expect(h.issuer?.name).toBe('某某市人民政府');
    expect(h.publishedAt).toBe('2023-03-13');
    // the notice's signature dates the notice, not the report
    expect(h.signedAt).toBeNull();
    // a notice with no report below it is still the title, signed by its own signature
    const alone = header(notice + '一、加强组织领导。');
    expect(alone.title).toBe('某某市人民政府办公室关于公布某某市2022年度法治政府建设情况报告的通知');
    expect(alone.signedAt).toBe('2023-03-10');
  });

  it('a title with no year reads its issuer before the genre\'s words (某市人民政府法治政府建设情况报告)', () => {
    const text = '某某市人民政府法治政府建设情况报告\n发布时间:2026年2月10日 来源:某某市司法局\n2025年以来,市政府深入推进法治政府建设。';
    const h = header(text);
    expect(h.issuer?.name).toBe('某某市人民政府');
    expect(h.issuer?.source).toBe('title');
    expect(text.slice(h.issuer!.span.start, h.issuer!.span.end)).toBe('某某市人民政府');
    // the 法治 inside 依法治县 is passed
    expect(header('中共某县委全面依法治县委员会办公室法治建设工作总结\n一年来,县委依法治县办坚持依法办事。').issuer?.name).toBe('中共某县委全面依法治县委员会办公室');
  });

  it('a sidebar listing the column\'s reports (· 某局2019年…总结) and the column\'s name give way to the page\'s own title', () => {
    const text = '某某市卫生健康委员会\n位置:首页 > 政务公开 > 法治建设\n法治政府建设年度报告\n· 某某市卫健委2019年法治政府建设工作总结\n· 某某市卫健委2020年法治政府建设工作总结\n某某市卫健委2020年法治政府建设工作总结\n来源:政策法规科 时间:2021/1/25 14:06:37\n2020年,市卫健委坚持依法行政。';
    const h = header(text);
    expect(h.title).toBe('某某市卫健委2020年法治政府建设工作总结');
    expect(h.year).toBe(2020);
    // a list item is still the title of a page that has no other
    expect(header('· 某某市卫健委2020年法治政府建设工作总结\n2020年,市卫健委坚持依法行政。').title).toBe('某某市卫健委2020年法治政府建设工作总结');
  });

  it('a one-line page whose breadcrumb ends in a column named for the genre, run on into the title (> 法治政府某省某委2019年…)', () => {
    const body = '2019年,省国资委紧紧围绕国有资产监管职责,推进依法治企,全面推进法治政府建设。'.repeat(6);
    const text = `当前位置:首页 > 政务公开 > 法治政府贵州省国资委2019年法治政府建设工作报告发布机构:贵州省人民政府国有资产监督管理委员会 发布日期:2020-02-27 ${body}`;
    expect(header(text).title).toBe('贵州省国资委2019年法治政府建设工作报告');
    // a title that opens with a place after the breadcrumb's space stays whole (天津市…, not 津市…)
    const whole = `当前位置:首页 > 政务公开 > 天津市河东区司法局2017年度法治政府建设工作报告发布机构:天津市河东区司法局 发布日期:2020-02-27 ${body}`;
    expect(header(whole).title).toBe('天津市河东区司法局2017年度法治政府建设工作报告');
  });

  it('a cited plan in 《》 at the start of a one-line page is no title', () => {
    const text = '2023年,某县司法局认真贯彻落实《法治政府建设实施纲要(2021-2025年)》,坚持依法行政,全面推进法治政府建设,各项工作取得新进展,现将有关情况报告如下:一、加强组织领导,压实法治建设责任。';
    expect(header(text).title).toBeNull();
  });

  it('a prose line is no run-on title (…情况报告如下)', () => {
    expect(header('2023年,某县司法局坚持依法行政,现将本县2023年度法治政府建设工作的主要情况报告如下:一、主要做法').title).toBeNull();
  });
});

describe('issuer from a news headline', () => {
  it('a ministry that 发布 its report: the ministry, not the verb', () => {
    const text = '应急管理部发布2023年法治政府建设年度报告\n\n发布时间:2024-11-27 21:34:52 来源: sp20241127\n\n  中新网 3月29日电 据应急管理部微信公众号消息,应急管理部发布2023年法治政府建设年度报告。具体内容如下:';
    const { issuer } = header(text);
    expect(issuer?.name).toBe('应急管理部');
    expect(issuer?.source).toBe('title');
    expect(text.slice(issuer!.span.start, issuer!.span.end)).toBe('应急管理部');
  });
});

describe('signature forms', () => {
  it('a covering letter signed at the top when the closing signature is lost', () => {
    const text = '某卫〔2024〕3号《某某省卫生健康委关于2023年度法治政府建设情况的报告》\n省委、省政府:\n根据有关部署要求,现呈送我委2023年度法治政府建设情况报告,请审阅。\n某某省卫生健康委\n2024年3月8日\n某某省卫生健康委2023年度法治政府建设情况报告\n一、主要情况\n全年办理案件3件。';
    expect(header(text).signedAt).toBe('2024-03-08');
  });

  it('a page scraped into one line, signed at its end', () => {
    const text = '2023年,某某县司法局坚持依法行政,全面推进法治政府建设,各项工作取得积极成效,为全县经济社会高质量发展提供了有力法治保障。下一步,我们将继续努力。某某县司法局2024年1月5日';
    const h = header(text);
    expect(h.signedAt).toBe('2024-01-05');
    expect(h.issuer?.name).toBe('某某县司法局');
  });

  it('a page scraped into one line, signed at its end with a space between name and date', () => {
    const text = '2023年,某某县司法局坚持依法行政,全面推进法治政府建设,各项工作取得积极成效,为全县经济社会高质量发展提供了有力法治保障。下一步,我们将继续努力。 某某县司法局 2024年1月5日';
    const h = header(text);
    expect(h.signedAt).toBe('2024-01-05');
    expect(h.issuer?.name).toBe('某某县司法局');
  });

  it('a page scraped into one line, signed before the buttons and the site\'s footer', () => {
    const text = '2016年,某某区司法局坚持依法行政,全面推进法治政府建设,各项工作取得积极成效,为全区经济社会发展提供了有力法治保障。全年办理法律援助案件258件。 某某市某某区司法局 2016年12月28日 【关闭】【打印】 版权所有:某某市某某区人民政府 陕ICP备05012399号';
    const h = header(text);
    expect(h.signedAt).toBe('2016-12-28');
    expect(h.issuer?.name).toBe('某某市某某区司法局');
  });

  it('a page scraped into one line with its metadata in brackets: [ 成文日期 ] and [ 发布日期 ]', () => {
    const body = '2016年,某某部坚持依法行政,全面推进法治政府建设,各项工作取得积极成效。'.repeat(8);
    const text = `某某部 当前位置:首页 > 信息公开 [ 索 引 号 ] 000014349/2017-00062 [ 发布机构 ] 某某部 [ 成文日期 ] 2017年03月24日 [ 标 题 ] 某某部2016年法治政府建设情况报告 [ 发布日期 ] 2017年03月31日 ${body}`;
    const h = header(text);
    expect(h.publishedAt).toBe('2017-03-31');
    expect(h.signedAt).toBe('2017-03-24');
  });

  it('a metadata table whose labels and values stand on lines of their own (发布机构 / 某局 / 成文日期 / …)', () => {
    const text = '某某区人民政府\n首页 > 政务公开\n索引号\n11110109000085217P/2026-00012\n发布机构\n某某区司法局\n成文日期\n2026-01-16\n发布日期\n2026-01-20\n某某区司法局2025年度法治政府建设情况报告\n2025年,区司法局坚持依法行政。';
    const h = header(text);
    expect(h.publishedAt).toBe('2026-01-20');
    expect(h.signedAt).toBe('2026-01-16');
    expect(h.title).toBe('某某区司法局2025年度法治政府建设情况报告');
  });

  it('labels in brackets alone on their lines ([ 生成日期 ] / 2026-01-16), and labels in 〔〕 on one line', () => {
    const text = '某某区人民政府\n首页 >> 政务公开\n[ 索引号 ]\n11110109000085217P/2026-00012\n[ 发布机构 ]\n某某区司法局\n[ 生成日期 ]\n2026-01-16\n[ 发布日期 ]\n2026-01-20\n某某区司法局2025年度法治政府建设情况报告\n2025年,区司法局坚持依法行政。';
    const h = header(text);
    expect(h.publishedAt).toBe('2026-01-20');
    expect(h.signedAt).toBe('2026-01-16');
    const paren = header('某某县人民政府信息公开网\n〔索引号〕K18010203/2026-000007 〔公开方式〕主动公开 〔发布时间〕2026-01-22\n县司法局2025年度法治政府建设工作报告\n2025年,县司法局坚持依法行政。');
    expect(paren.publishedAt).toBe('2026-01-22');
  });

  it("a notice handing out the report (关于印发《…总结》的通知): the title it quotes; metadata in brackets under the report", () => {
    const text = '某某市人民政府网站\n首页 > 部门动态\n关于印发《某某市农业农村局2025年度法治政府建设工作总结》的通知\n某农发〔2026〕4号\n各乡镇农业综合服务中心:\n现将《某某市农业农村局2025年度法治政府建设工作总结》印发给你们,请抓好落实。\n2025年,市农业农村局全面推进依法行政。\n某某市农业农村局\n2026年1月26日\n(发布日期:2026-01-28 浏览次数:312)';
    const h = header(text);
    expect(h.title).toBe('某某市农业农村局2025年度法治政府建设工作总结');
    expect(text.slice(h.titleSpan!.start, h.titleSpan!.end)).toBe(h.title);
    expect(h.publishedAt).toBe('2026-01-28');
    expect(h.signedAt).toBe('2026-01-26');
  });

  it('a document number glued to the title after it (某政发〔2026〕7号某某县人民政府关于…)', () => {
    const h = header('某某县人民政府 > 政府文件\n某政发〔2026〕7号某某县人民政府关于2025年度法治政府建设情况的报告\n市人民政府:\n2025年,县政府坚持依法行政。');
    expect(h.title).toBe('某某县人民政府关于2025年度法治政府建设情况的报告');
  });

  it("a post's stamp line naming the publisher after its time (2026-01-20 10:05:31 某市某街道办事处 阅读次数:96)", () => {
    const h = header('某某市人民政府 >> 街道动态 >> 东湖街道\n东湖街道2025年法治政府建设工作报告\n2026-01-20 10:05:31 某某市东湖街道办事处 阅读次数:96\n2025年,东湖街道在市委、市政府的领导下推进基层依法治理。');
    expect(h.publishedAt).toBe('2026-01-20');
    expect(h.issuer?.name).toBe('某某市东湖街道办事处');
  });

  it("another document's title on the line above (关于…的通告) is no first half of the title", () => {
    const h = header('热点推荐\n某某县2025年重点民生实事项目\n关于2026年春节期间烟花爆竹燃放管理的通告\n\n东湖街道2025年法治政府建设工作情况报告\n2026-01-15 16:20 来源:东湖街道\n2025年,东湖街道坚持依法行政。');
    expect(h.title).toBe('东湖街道2025年法治政府建设工作情况报告');
    expect(h.year).toBe(2025);
  });

  it('a title split after 关于 (某局关于 / 2017年度…的报告)', () => {
    const h = header('某某市安全生产监督管理局关于\n2017年度法治政府建设工作情况的报告\n市政府:\n现将我局2017年度法治政府建设工作情况报告如下。');
    expect(h.title).toBe('某某市安全生产监督管理局关于2017年度法治政府建设工作情况的报告');
    expect(h.issuer?.name).toBe('某某市安全生产监督管理局');
  });

  it('a short page scraped into one line: 发布时间 in it', () => {
    expect(header('某县人民政府门户网站 首页 > 政务公开 > 县公安局 2020年度法治政府建设工作报告 发布时间:2021-01-25 来源:本网 2020年,县公安局坚持依法行政。').publishedAt).toBe('2021-01-25');
  });

  it('a post copied from a social account: the date and time under the title (原创 某某发布 2025-01-23 09:30 广东)', () => {
    const text = '某某市政务服务数据管理局2024年度法治政府建设情况报告\n原创 某某政数发布 2025-01-23 09:30 广东\n2024年,我局坚持依法行政。';
    expect(header(text).publishedAt).toBe('2025-01-23');
    // a date without a time there is no stamp; nor is a labelled one
    expect(header(text.replace(' 09:30', '')).publishedAt).toBeNull();
  });

  it.each([
    ['〇', '二〇二四年一月五日'],
    ['○ (a circle)', '二○二四年一月五日'],
  ])('a Chinese-numeral date under the signature, zero written %s', (_zero, date) => {
    const text = `2023年,我局坚持依法行政,全面完成各项工作任务。\n一、主要成效\n全年办理案件3件。\n某某县住房和城乡建设局\n${date}`;
    expect(header(text).signedAt).toBe('2024-01-05');
  });

  it('a title with the date under it is no covering letter', () => {
    const text = '某某县司法局2023年度法治政府建设情况报告\n2024年1月10日\n2023年,某某县司法局坚持依法行政。\n一、主要成效\n全年办理案件3件。\n二、存在问题\n队伍建设有待加强。';
    expect(header(text).signedAt).toBeNull();
  });
});

describe('a line with title, issuer and date', () => {
  it.each([
    ['issuer and date', '某某县司法局2023年度法治政府建设情况报告 某某县司法局 2024-01-15\n2023年,县司法局坚持依法行政,全面推进法治建设。', '某某县司法局2023年度法治政府建设情况报告'],
    ['date and time', '某某县司法局2023年度法治政府建设情况报告  2024-01-15 09:30\n2023年,县司法局坚持依法行政,全面推进法治建设。', '某某县司法局2023年度法治政府建设情况报告'],
  ])('the title alone: %s', (_form, text, title) => {
    const h = header(text);
    expect(h.title).toBe(title);
    expect(text.slice(h.titleSpan!.start, h.titleSpan!.end)).toBe(title);
  });

  it('a bare 市…委 takes the place a cited plan of the genre is named for (《某海法治政府建设规划》)', () => {
    const text = '2023年,市商务委深入贯彻落实《某海法治政府建设规划(2021-2025年)》,全面推进依法行政。';
    expect(header(text).issuer?.name).toBe('某海市商务委员会');
  });

  it('《法治政府建设…》 names no place', () => {
    const text = '2025年,区财政局认真贯彻《法治政府建设与责任落实督察工作规定》,全面推进依法行政。';
    expect(header(text).issuer?.name).toBe('区财政局');
  });

  it('市场 in a cited title is no city: 《国家市场监督管理总局…》', () => {
    const text = '2023年,市市场监管局认真贯彻《国家市场监督管理总局关于加强法治建设的意见》,全面推进依法行政。';
    expect(header(text).issuer?.name).toBe('市市场监督管理局');
  });
});

describe('a page scraped into one line, its metadata run on', () => {
  const body = '2023年,某海区坚持以习近平新时代中国特色社会主义思想为指导,认真学习党的二十大精神,全面贯彻习近平法治思想,加快构建职责明确、依法行政的政府治理体系。'.repeat(5);
  const text = `某海区人民政府 无障碍 简体| 繁体 某海区2023年度法治政府建设情况报告来源:某海区人民政府办公室 发布时间:2024-03-28 09:18 ${body}`;

  it('reads 发布时间 in the opening of the line', () => {
    expect(header(text).publishedAt).toBe('2024-03-28');
  });

  it('reads the title a metadata label follows', () => {
    expect(header(text).title).toBe('某海区2023年度法治政府建设情况报告');
  });
});

describe('no clause taken for a name', () => {
  it.each([
    ['a verb before the name (推进…局)', '为深入贯彻党的二十大精神,推进某江卫生健康局法治建设,全面提升依法行政水平。'],
    ['a verb before the government (认真落实市委市政府)', '2023年,认真落实市委市人民政府决策部署,全面提升依法行政水平。'],
    ['a level and a kind only (县局)', '2023年,县局坚持依法行政,全面推进法治建设。'],
  ])('%s', (_form, text) => {
    expect(header(text).issuer).toBeNull();
  });

  it('a clause holding 在 is no place: 区卫健委在区委的领导下', () => {
    expect(placeFor('区卫健委在区委的领导下,《某海区卫生健康规划》', '区', '卫生健康委员会')).toBe('某海');
  });
});

describe('issuer: the subject of the opening sentence, read in place', () => {
  it.each([
    ['a name with a pinyin gloss after the year', '2023年,某某区(qū)司法局坚持依法行政,全面推进法治建设。'],
    ['a name after a weak comma of the second line, the first line naming none', '为深入贯彻党的二十大精神,各项工作稳步推进,取得新的成效。\n为推进依法行政,在各方支持下,某某区(qū)司法局坚持依法行政,全面推进法治建设。'],
  ])('%s', (_form, text) => {
    const issuer = header(text).issuer!;
    expect(issuer.name).toBe('某某区司法局');
    expect(issuer.mention).toBe('某某区(qū)司法局');
    expect(issuer.span.start).toBe(text.indexOf('某某区(qū)'));
    expect(text.slice(issuer.span.start, issuer.span.end)).toBe(issuer.mention);
  });
});

describe('issuer: bodies of before 2018 and party groups named short', () => {
  it.each([
    ['工商局 in the title, the full name in the body', '某某市工商局2015年依法行政工作总结\n2015年,某某市工商行政管理局坚持依法监管,各项工作取得成效。', '某某市工商行政管理局'],
    ['安监局 expanded even where the body never writes it', '某某县安监局2016年度法治政府建设工作报告\n2016年,我局坚持依法治安。', '某某县安全生产监督管理局'],
    ['a party group of a body named short (卫生计生委党组)', '中共某某县卫生计生委党组关于2017年度法治建设工作情况的报告\n2017年,委党组认真履行法治建设职责。', '中共某某县卫生和计划生育委员会党组'],
    [
      "a party group of an autonomous prefecture's body, its place written in full after 中共 in the body",
      '中共甘孜州卫生计生委党组关于2017年度法治建设工作情况的报告\n2017年,中共甘孜藏族自治州卫生和计划生育委员会党组在州委领导下推进法治建设。',
      '中共甘孜藏族自治州卫生和计划生育委员会党组',
    ],
  ])('%s', (_form, text, name) => {
    expect(header(text).issuer?.name).toBe(name);
  });

  it("a party group the body names as the subject, its name opening with 中共 (中共某局党组在…)", () => {
    const text = '某某市商务局\n首页 > 政务公开 > 工作动态\n2025年度法治政府建设工作情况报告\n发布时间:2026-02-10\n2025年,中共某某市商务局党组在市委、市政府的领导下,深入学习贯彻习近平法治思想,现将有关情况报告如下:';
    expect(header(text).issuer?.name).toBe('中共某某市商务局党组');
    // without 中共, the body is the issuer and its 党组 the predicate's subject (某局党组坚持…)
    expect(header('2025年度法治政府建设工作情况报告\n2025年,某某市商务局党组坚持依法行政,现将有关情况报告如下:').issuer?.name).toBe('某某市商务局');
  });

  it("a city bureau's branch for a district named short in the title, in full in the signature", () => {
    const text = '某某区人民政府网 > 政务公开 > 部门 > 区公安分局\n青山公安分局2025年法治政府建设年度报告\n[发布日期:2026-02-27] [来源:区公安分局]\n2025年,我分局坚持严格规范公正文明执法。\n某某市公安局青山区分局\n2026年2月25日';
    expect(header(text).issuer?.name).toBe('某某市公安局青山区分局');
  });

  it('a short name the page defines for the full one (某某总局(以下简称某总局)), and 市场监管总局', () => {
    const text = '某某省人民政府\n某某局2025年法治政府建设年度报告\n2026-03-27 15:40 来源:法规处\n2025年,某某省地方金融监督管理局(以下简称某某局)坚持依法行政,现将有关情况报告如下:';
    expect(header(text).issuer?.name).toBe('某某省地方金融监督管理局');
    expect(header('市场监管总局2025年法治政府建设年度报告\n2025年,市场监管总局坚持依法行政。').issuer?.name).toBe('国家市场监督管理总局');
  });

  it('the name in the sentence that hands the report over, later in the opening paragraph; 局党组 is no name', () => {
    const text = '某某气象 | 首页 > 政务公开 > 法治建设\n2025年度法治政府建设工作总结\n来源:本站 日期:2026-01-19\n2025年,我局在省气象局和市委、市政府的领导下,推进气象依法行政。现将某某市气象局法治政府建设工作总结如下:\n一、加强法治建设组织领导\n局党组把法治建设纳入年度重点工作,召开党组会议专题研究法治工作3次。';
    expect(header(text).issuer?.name).toBe('某某市气象局');
    expect(header('2025年度法治政府建设工作总结\n局党组把法治建设纳入年度重点工作,召开党组会议专题研究法治工作3次。').issuer).toBeNull();
  });

  it("a bare 州 mention takes the prefecture the page names, written in full where the page writes it so", () => {
    const text = '黔南州人民政府门户网站\n关于2017年度法治政府建设工作的报告\n来源:州安全生产监督管理局\n2017年,我局(黔南布依族苗族自治州安全生产监督管理局)坚持依法治安,全州安全生产形势稳定。';
    expect(header(text).issuer?.name).toBe('黔南布依族苗族自治州安全生产监督管理局');
  });
});

describe('issuer: an office the metadata names as publisher', () => {
  it("gives way to the body that hands the report over in a later sentence (…。某管理委员会现将…报告如下)", () => {
    const text = '首页 > 政务公开 > 法定主动公开内容\n2024年度法治政府建设情况报告\n发布机构:某某开发区党政办公室 发布日期:2025-03-18\n2024年,我委在市委、市政府的领导下,坚持依法行政。某某经济技术开发区管理委员会现将年度法治政府建设情况报告如下:\n一、强化组织领导\n召开法治建设工作会议1次。';
    const { issuer } = header(text);
    expect(issuer?.name).toBe('某某经济技术开发区管理委员会');
    expect(text.slice(issuer!.span.start, issuer!.span.end)).toBe('某某经济技术开发区管理委员会');
    expect(issuer?.source).toBe('body');
  });

  it("stays the issuer where the body calls it by its own short name (县委依法治县办)", () => {
    const text = '某某县人民政府门户网站\n发布机构:中共某某县委全面依法治县委员会办公室 发布日期:2023年1月5日\n2022年度全面依法治县工作总结\n2022年,在县委全面依法治县委员会的领导下,县委依法治县办坚持统筹协调,推动全县法治建设取得新成效。';
    expect(header(text).issuer?.name).toBe('中共某某县委全面依法治县委员会办公室');
  });
});

describe('issuer: a prefecture called by its first character (博州, 巴州, 锡盟)', () => {
  it('is completed with the full name another source gives', () => {
    const text = '首页>部门动态>州林业和草原局\n白州林草局2023年法治政府建设工作情况报告\n发布时间:2024-02-01 12:00:00 信息来源:白山哈萨克自治州林业和草原局\n2023年,州林业和草原局坚持以习近平法治思想为指导,依法保护林草资源。';
    const { issuer } = header(text);
    expect(issuer?.name).toBe('白山哈萨克自治州林业和草原局');
    expect(text.slice(issuer!.span.start, issuer!.span.end)).toBe(issuer!.mention);
  });

  it('is not completed with another place that opens with the same character', () => {
    const text = '白州林草局2023年法治政府建设工作情况报告\n发布时间:2024-02-01 信息来源:白河县林业和草原局\n2023年,州林业和草原局坚持依法行政。';
    expect(header(text).issuer?.name).not.toBe('白河县林业和草原局');
  });
});

describe('signedAt: a date in brackets under the title', () => {
  const TOP = '某某调查队关于2023年度法治建设工作情况的报告\n(2024年1月26日)\n发布日期:2024-01-30\n2023年,我队坚持依法履行调查统计职责。\n一、学法用法常态化\n全年学法4次。';
  it('dates a report with no signature; the publication date stays the metadata\'s', () => {
    const h = header(TOP);
    expect(h.signedAt).toBe('2024-01-26');
    expect(h.publishedAt).toBe('2024-01-30');
  });
  it('gives way to the closing signature, and a bracket holding more than a date is no date', () => {
    expect(header(`${TOP}\n某某调查队\n2024年1月25日`).signedAt).toBe('2024-01-25');
    expect(header(TOP.replace('(2024年1月26日)', '(2024年1月26日印发)')).signedAt).toBeNull();
  });
});

describe('metadata labelled in English on a site with English menus', () => {
  it.each([
    ['Release Date: … Source: … Views:', 'Release Date:2019-02-22   Source:青山市司法局   Views:1392'],
    ['Date: with a time, Source:', 'Date: 2021-01-27 14:36:52    Source: 青山市司法局'],
  ])('%s', (_form, meta) => {
    const text = `Home | About | News | Investment | 中文\n青山市人民政府\nNews > Notice\n青山市2018年度法治政府建设工作报告\n${meta}\n2018年,市政府认真贯彻落实法治政府建设实施纲要,各项工作取得新进展。\n一、政府职能依法全面履行\n梳理公布“最多跑一次”事项612项。`;
    const r = parseReport(text);
    expect(r.publishedAt).toBe(meta.includes('2019') ? '2019-02-22' : '2021-01-27');
    expect(r.title).toBe('青山市2018年度法治政府建设工作报告');
    expect(r.metrics.map((m) => m.raw)).toEqual(['612项']);
  });
});

describe("a social-media post's stamp that names its publisher first", () => {
  it('gives the publisher and the date (某街道办事处 2022-01-21 19:30 广东)', () => {
    const text = '青山街发布\n青山区青山街道办事处 2022-01-21 19:30 广东\n青山街道2021年度法治政府建设工作报告\n2021年,青山街道在区委、区政府的领导下,推动辖区依法治理。\n一、落实第一责任人职责\n街道领导班子集体学法8次。';
    const r = parseReport(text);
    expect(r.publishedAt).toBe('2022-01-21');
    expect(r.issuer?.name).toBe('青山区青山街道办事处');
    expect(text.slice(r.issuer!.span.start, r.issuer!.span.end)).toBe(r.issuer!.mention);
    expect(r.metrics.map((m) => m.raw)).toEqual(['8次']);
  });
});

describe("a date's label glued to its date with no colon", () => {
  it('发布日期2024-01-19 in a metadata line is read', () => {
    const text = '青山县卫生健康局2023年度法治政府建设情况报告\n索引号:002596123/2024-00018 发布日期2024-01-19 公开方式:主动公开\n2023年,县卫健局坚持依法行政。\n一、加强组织领导\n召开专题会议3次。';
    expect(parseReport(text).publishedAt).toBe('2024-01-19');
  });
});

describe('a title whose year stands in brackets on the line below', () => {
  it('joins the bracketed year ((二〇一八年度)) to the title', () => {
    const text = '青山街道办事处法治政府建设工作总结\n(二〇一八年度)\n2018年,街道坚持依法行政。\n一、加强组织领导\n召开专题会议3次。';
    const h = header(text);
    expect(h.title).toBe('青山街道办事处法治政府建设工作总结(二〇一八年度)');
    expect(h.year).toBe(2018);
    expect(text.slice(h.titleSpan!.start, h.titleSpan!.end)).toBe('青山街道办事处法治政府建设工作总结\n(二〇一八年度)');
  });
});
