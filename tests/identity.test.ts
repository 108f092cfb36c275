// The identity pass: level, kind, department and region of the issuer, from its name and the
// places the document names. Table tests name the form each row stands for.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/index.js';
import { readDepartment } from '../src/identity/department.js';
import { readKind } from '../src/identity/kind.js';
import { readLevel } from '../src/identity/level.js';
import { lazyEvidence, readRegion } from '../src/identity/region.js';

/** Everything the pass says of an issuer named `name` in a document whose text is `body`. */
function identify(name: string, body = '') {
  const reading = readRegion(name, name, lazyEvidence(body));
  return { reading, level: readLevel(name, reading), kind: readKind(name, reading.township) };
}

/** A report whose title names the issuer. */
function report(issuer: string, body: string) {
  const text = `${issuer}2023年法治政府建设工作报告\n${body}\n`;
  return { text, report: parseReport(text) };
}

describe('level', () => {
  it.each([
    ['a ministry (…部)', '司法部', 'national'],
    ['an audit office (…署)', '审计署', 'national'],
    ['a national bureau (国家…局)', '国家统计局', 'national'],
    ['a province', '湖北省人民政府', 'provincial'],
    ['a provincial department', '江苏省应急管理厅', 'provincial'],
    ['a municipality (直辖市) is provincial', '重庆市生态环境局', 'provincial'],
    ['a prefecture-level city', '枣庄市教育局', 'prefectural'],
    ['an autonomous prefecture by its short name (伊犁州)', '伊犁州水利局', 'prefectural'],
    ['a prefecture without counties (东莞市)', '东莞市人力资源局', 'prefectural'],
    ['a county', '赵县人民政府', 'county'],
    ['a district of a municipality', '天津市静海区人民政府', 'county'],
    ['a county-level city', '公主岭市文化广播电视和旅游局', 'county'],
    ['an autonomous county by its short name (肃南县)', '肃南县林业和草原局', 'county'],
    ['a district branch of a city bureau (…公安局增城区分局)', '广州市公安局增城区分局', 'county'],
    ['a town', '奉节县青龙镇人民政府', 'township'],
    ['a street office named alone', '留下街道办事处', 'township'],
    ['a 苏木 (a township of the pastures) of a banner', '四子王旗查干补力格苏木人民政府', 'township'],
    ['a bare county (县…局)', '县教育局', 'county'],
    ['a bare province (省…厅)', '省教育厅', 'provincial'],
    ['a zone named after its prefecture (武汉经开区)', '武汉经开区统计局', 'prefectural'],
    ['a zone named for a city and a county of that city (长沙: 长沙市, 长沙县): the city', '长沙经开区管委会', 'prefectural'],
    ['a zone named after a county-level city (济源…示范区)', '济源产城融合示范区卫生健康委员会', 'county'],
    ['a zone the data lists takes its prefecture (郑州高新技术产业开发区)', '郑州高新技术产业开发区管理委员会', 'prefectural'],
    ['a name shared by several counties is still a county', '鼓楼区人民政府', 'county'],
  ])('%s: %s → %s', (_form, name, level) => {
    expect(identify(name).level).toBe(level);
  });

  it('is null for a zone of no known place and for a name without a level', () => {
    expect(identify('高新区管委会').level).toBeNull();
    expect(identify('法治建设领导小组').level).toBeNull();
  });
});

describe('kind', () => {
  it.each([
    ['人民政府', '南昌县人民政府', 'government'],
    ['街道办事处', '东城街道办事处', 'government'],
    ['管委会', '高新区管委会', 'government'],
    ['a supervising commission, no zone\'s committee', '贵州省人民政府国有资产监督管理委员会', 'department'],
    ['a 地区\'s 行政公署', '塔城地区行政公署', 'government'],
    ['a town named alone (发布机构: 澧浦镇)', '澧浦镇', 'government'],
    ['局', '泾源县公安局', 'department'],
    ['委员会 of a government', '北京市教育委员会', 'department'],
    ['厅', '辽宁省文化和旅游厅', 'department'],
    ['部', '农业农村部', 'department'],
    ['a customs district (海关)', '黄埔海关', 'department'],
    ['a survey team of the statistics bureau (调查队)', '国家统计局某某调查队', 'department'],
    ['a government office (人民政府办公室)', '城口县人民政府办公室', 'department'],
    ['a party group (中共…党组)', '中共青岛市交通运输局党组', 'party'],
    ['a party committee (…县委)', '中共蒙城县委', 'party'],
    ['a party committee’s office (…区委全面依法治区委员会办公室)', '蒙城县委全面依法治县委员会办公室', 'party'],
    ['a party committee’s office (依法治市办)', '六安市依法治市办', 'party'],
    ['a party working committee (…党工委)', '某某开发区党工委', 'party'],
    ['a county committee named alone (…县委)', '蒙城县委', 'party'],
    ['a committee’s political-legal commission (…县委政法委员会)', '蒙城县委政法委员会', 'party'],
    ['an arm of a department (…支队)', '某某市公安局交通警察支队', 'department'],
    ['a general office (办公厅)', '某某省人民政府办公厅', 'department'],
    ['a committee that is no level’s (…学会委) is no party body', '某某学会委', 'department'],
    ['anything else', '某某县法学会', 'other'],
  ])('%s: %s → %s', (_form, name, kind) => {
    expect(identify(name).kind).toBe(kind);
  });
});

describe('department', () => {
  it.each([
    ['卫生健康委员会', '卫生健康委员会', '卫生健康'],
    ['卫健局', '卫健局', '卫生健康'],
    ['卫生和计划生育委员会 (the old name)', '卫生和计划生育委员会', '卫生健康'],
    ['司法局', '司法局', '司法行政'],
    ['人力资源局 (Shenzhen’s short name)', '人力资源局', '人力资源社会保障'],
    ['水务局', '水务局', '水利'],
    ['文化广电和旅游局 (merged, read as culture and tourism)', '文化广电和旅游局', '文化旅游'],
    ['文体和旅游局', '文体和旅游局', '文化旅游'],
    ['住房和城市建设局', '住房和城市建设局', '住房城乡建设'],
    ['住房和城市建设局 after its district', '莲湖区住房和城市建设局', '住房城乡建设'],
    ['市场监督管理局', '市场监督管理局', '市场监管'],
    ['a police branch (公安局…分局)', '公安局 分局', '公安'],
    ['教育和体育局 (read as education)', '教育和体育局', '教育'],
    ['林业和草原局', '林业和草原局', '林业草原'],
    ['a party group of a bureau', '交通运输局党组', '交通运输'],
  ])('%s → %s', (_form, organ, line) => {
    expect(readDepartment(organ, 'department')).toBe(line);
  });

  it('is null for a government, for a government office and for a body outside the list', () => {
    expect(readDepartment('人民政府', 'government')).toBeNull();
    expect(readDepartment(' 办公室', 'department')).toBeNull();
    expect(readDepartment('法学会', 'other')).toBeNull();
  });

  it('reads a government office without taking 人民政府 for 民政', () => {
    const { text, report: r } = report('城口县人民政府办公室', '2023年,我办推进法治建设。');
    expect(r.issuer?.name, text).toBe('城口县人民政府办公室');
    expect(r.issuer?.department).toBeNull();
    expect(r.issuer?.kind).toBe('department');
  });
});

describe('region', () => {
  it('gives the code and official names of the smallest place the name states', () => {
    expect(identify('杭州市上城区教育局').reading.region).toEqual({
      code: '330102',
      province: '浙江省',
      prefecture: '杭州市',
      county: '上城区',
      township: null,
    });
    expect(identify('湖北省人民政府').reading.region?.code).toBe('420000');
    expect(identify('酉阳土家族苗族自治县林业局').reading.region?.code).toBe('500242');
    expect(identify('伊犁州水利局').reading.region?.prefecture).toBe('伊犁哈萨克自治州');
  });

  it('reads a district whose name opens with 市 after its city with one 市 for both (济南市中区 = 济南市 + 市中区)', () => {
    const { reading, level } = identify('济南市中区教育局');
    expect(reading.region).toMatchObject({ prefecture: '济南市', county: '市中区' });
    expect(reading.region?.code?.startsWith('3701')).toBe(true);
    expect(level).toBe('county');
    // a city's own bureau is the city's
    expect(identify('济南市教育局').reading.region?.county).toBeNull();
  });

  it('reads the place of a national body\'s branch after the body (国家统计局宜昌调查队)', () => {
    const team = identify('国家统计局宜昌调查队');
    expect(team.reading.region?.code).toBe('420500');
    expect(team.level).toBe('prefectural');
    expect(team.kind).toBe('department');
    expect(readDepartment('国家统计局宜昌调查队', 'department')).toBe('统计');
    // the national body itself stays national, with no place
    expect(identify('国家统计局').level).toBe('national');
    expect(identify('国家统计局').reading.region).toBeNull();
  });

  it('reads the short form of an autonomous place named for one people only (鄂伦春自治旗 → 鄂伦春旗)', () => {
    const region = identify('鄂伦春旗市场监督管理局').reading.region;
    expect(region?.code).toBe('150723');
    expect(region?.county).toBe('鄂伦春自治旗');
    expect(identify('鄂伦春自治旗市场监督管理局').reading.region?.code).toBe('150723');
    // the people's name alone is no place
    expect(identify('鄂伦春族文化研究会').reading.region).toBeNull();
  });

  it('keeps a township as written and its county from the name', () => {
    expect(identify('长沙市天心区坡子街街道办事处').reading.region).toEqual({
      code: '430103',
      province: '湖南省',
      prefecture: '长沙市',
      county: '天心区',
      township: '坡子街街道',
    });
  });

  it('reads a township or an unknown place named with characters outside the BMP (two code units each)', () => {
    const far = '𠀋'.repeat(8);
    expect(identify(`长沙市天心区人民政府${far}镇人民政府`).reading.township).toBe(`${far}镇`);
    expect(identify(`𠀋𠀋𠀋𠀋𠀋𠀋自治县司法局`).reading.unknown).toEqual({ name: '𠀋𠀋𠀋𠀋𠀋𠀋自治县', suffix: '自治县' });
  });

  it('folds traditional characters for reading and keeps the township as written', () => {
    const { report: r } = report('辰溪縣小龍門鄉人民政府', '2023年,我乡推进法治建设。');
    expect(r.issuer?.region).toMatchObject({ code: '431223', county: '辰溪县', township: '小龍門鄉' });
    expect(r.issuer?.level).toBe('township');
  });

  describe('a name shared by several places', () => {
    it.each([
      ['鼓楼区', '2023年,在福州市委、福州市人民政府的领导下,我区推进法治建设。', '350102'],
      ['鼓楼区', '2023年,在南京市委的领导下,我区推进法治建设。', '320106'],
      ['朝阳区', '发布机构:北京市朝阳区人民政府\n2023年,我区推进法治建设。', '110105'],
      ['通州区', '江苏省南通市 2023年,我区推进法治建设。', '320612'],
      ['铁西区', '2023年,沈阳市铁西区坚持依法行政。', '210106'],
    ])('%s is settled by the place the document states', (name, body, code) => {
      const { report: r } = report(`${name}人民政府`, body);
      expect(r.issuer?.region?.code).toBe(code);
      expect(r.warnings.some((w) => w.startsWith('issuer region'))).toBe(false);
    });

    it('a stem shared by a city and districts is settled by the city named in full (西安 → 西安市, not 西安区)', () => {
      const { report: r } = report('西安高新区管委会', '2022年,在西安市委、市政府的坚强领导下,高新区推进法治建设。');
      expect(r.issuer?.region?.code).toBe('610100');
      expect(r.issuer?.level).toBe('prefectural');
      expect(r.warnings.some((w) => w.startsWith('issuer region'))).toBe(false);
    });

    it('is null with a warning naming the candidates when the document settles nothing', () => {
      const { report: r } = report('朝阳区人民政府', '2023年,在区委的领导下,我区推进法治建设。');
      expect(r.issuer?.region).toBeNull();
      const warning = r.warnings.find((w) => w.startsWith('issuer region'));
      expect(warning).toContain('北京市朝阳区 (110105)');
      expect(warning).toContain('吉林省长春市朝阳区 (220104)');
    });

    it('is settled by a credit code in the index number (信息索引号)', () => {
      const { report: r } = report('鼓楼区人民政府', '索引号:11350102003600000X/2024-00001\n2023年,我区推进法治建设。');
      expect(r.issuer?.region?.code).toBe('350102');
    });
  });

  describe('renamed and merged places resolve to today’s code and keep the name as written', () => {
    it.each([
      ['江干区 (→ 上城区, 2021)', '江干区司法局', '330102', 'county', '江干区'],
      ['襄樊市 (→ 襄阳市, 2010)', '襄樊市人民政府', '420600', 'prefecture', '襄樊市'],
      ['a district merged into a new one under its city (伊春市伊春区 → 伊美区, 2019)', '伊春市伊春区人民政府', '230717', 'county', '伊春区'],
      ['a county made a district (长寿县 → 长寿区)', '重庆市长寿县交通局', '500115', 'county', '长寿县'],
      ['a prefecture made a city (铜仁地区 → 铜仁市)', '铜仁地区行政公署', '520600', 'prefecture', '铜仁地区'],
    ])('%s', (_form, name, code, field, written) => {
      const region = identify(name).reading.region;
      expect(region?.code).toBe(code);
      expect(region?.[field as 'county' | 'prefecture']).toBe(written);
    });
  });

  it('a commission of a line of work named 管理委员会 is a department, a zone\'s is a government', () => {
    const city = report('北京市西城区城市管理委员会', '2018年,区城市管理委员会坚持依法行政。').report.issuer;
    expect([city?.kind, city?.department]).toEqual(['department', '城市管理']);
    const zone = report('郑州高新技术产业开发区管理委员会', '2023年,管委会坚持依法行政。').report.issuer;
    expect([zone?.kind, zone?.department]).toEqual(['government', null]);
  });

  it('gives national bodies no region', () => {
    const { report: r } = report('司法部', '2023年,司法部坚持以习近平法治思想为指导,北京市东城区。');
    expect(r.issuer?.level).toBe('national');
    expect(r.issuer?.region).toBeNull();
  });

  describe('a district\'s branch of a city bureau, named by the district\'s stem (…局某某分局)', () => {
    it.each([
      ['佛山市生态环境局顺德分局', '440606', 'county'],
      ['北京市公安局朝阳分局', '110105', 'county'],
    ])('%s', (name, code, level) => {
      const { reading, level: read } = identify(name);
      expect(reading.region?.code).toBe(code);
      expect(read).toBe(level);
    });

    it('a national regulator\'s branch named by its place\'s stem (国家金融监督管理总局伊犁监管分局)', () => {
      const { reading, level } = identify('国家金融监督管理总局伊犁监管分局');
      expect(reading.region?.code).toBe('654000');
      expect(level).toBe('prefectural');
    });

    it('a branch named for no district of the city is the city\'s (某某市公安局交警分局)', () => {
      expect(identify('佛山市公安局交警分局').reading.region?.code).toBe('440600');
    });
  });

  describe('development zones resolve to the place they belong to', () => {
    it.each([
      ['named after a prefecture (武汉经开区)', '武汉经开区统计局', '420100'],
      ['listed in the data (郑州高新技术产业开发区)', '郑州高新技术产业开发区管理委员会', '410100'],
      ['after a county (…县经济开发区)', '蒙城县经济开发区管委会', '341622'],
      ['a scenic area named for a city and a district of it (黄山风景区)', '黄山风景区管委会', '341000'],
    ])('%s', (_form, name, code) => {
      expect(identify(name).reading.region?.code).toBe(code);
    });

    it('named for a stem that names a district of another city, takes the place the document writes before the stem', () => {
      // 东湖 is also the stem of 南昌's 东湖区; the page names the zone 武汉东湖新技术开发区
      const body = '武汉东湖新技术开发区管理委员会网 2022年,东湖高新区管委会落实武汉市法治政府建设规划。';
      const { reading, level } = identify('东湖高新区管委会', body);
      expect(reading.region?.code).toBe('420100');
      expect(level).toBe('prefectural');
      // with nothing written before the stem, the stem's district stands
      expect(identify('东湖高新区管委会', '2022年,东湖高新区管委会推进法治建设。').reading.region?.code).toBe('360102');
    });

    it('named without its place, takes the place the document puts before the zone’s word', () => {
      const body = '2023年,芜湖高新区坚持依法行政,芜湖高新区管委会推进法治建设,全市经开区。';
      const { reading, level } = identify('高新区管委会', body);
      expect(reading.region?.code).toBe('340200');
      expect(level).toBe('prefectural');
    });
  });

  it('fills the known part of a place the data does not know, code null, with a warning', () => {
    const { reading } = identify('浙江省某某县人民政府');
    expect(reading.region).toEqual({ code: null, province: '浙江省', prefecture: null, county: '某某县', township: null });
    expect(reading.warnings[0]).toContain('某某县');
  });

  it('places a town or street of a city with no counties in that city (东莞市南城街道)', () => {
    const { reading } = identify('南城街道办事处', '东莞市人民政府门户网站 2024年,南城街道坚持依法行政,落实东莞市法治政府建设部署。');
    expect(reading.region?.code).toBe('441900');
    expect(reading.region?.township).toBe('南城街道');
  });

  it('finds a township’s county among the places the document names', () => {
    const body = '上海市普陀区 2023年,长征镇在区委、区政府的领导下推进法治建设,普陀区城市更新。';
    const { reading } = identify('长征镇人民政府', body);
    expect(reading.region).toMatchObject({ code: '310107', county: '普陀区', township: '长征镇' });
  });

  it('leaves a township’s county unknown, with a warning, when the document names none', () => {
    const { reading } = identify('大河乡人民政府', '2023年,在县委、县政府的领导下,我乡推进法治建设。');
    expect(reading.region).toEqual({ code: null, province: null, prefecture: null, county: null, township: '大河乡' });
    expect(reading.warnings).toEqual(['issuer region: the document names no county that 大河乡 belongs to']);
  });

  it('does not take a two-character county name out of running words (市和县 is no 和县)', () => {
    const { reading } = identify('漫湾镇人民政府', '2023年,在省、市和县委的领导下,我镇推进法治建设。');
    expect(reading.region?.code).toBeNull();
  });

  it('reads no place out of a department’s words (住房和城市建设局)', () => {
    const { reading } = identify('西安市莲湖区住房和城市建设局');
    expect(reading.region?.code).toBe('610104');
    expect(reading.warnings).toEqual([]);
  });

  it.each([
    ['a district alone', '莲湖区住房和城市建设局', '610104'],
    ['another department joined by 和', '莲湖区自然资源和城市规划局', '610104'],
  ])('reads no unknown place out of words joined by 和 (%s: %s)', (_form, name, code) => {
    const { reading } = identify(name);
    expect(reading.region?.code).toBe(code);
    expect(reading.unknown).toBeNull();
    expect(reading.warnings).toEqual([]);
  });

  it.each([
    ['an autonomous county of four peoples, by its short name', '双江县司法局', '530925'],
    ['an autonomous county of four peoples, in full', '双江拉祜族佤族布朗族傣族自治县司法局', '530925'],
    ['an autonomous county of all peoples, by its short name', '隆林县司法局', '451031'],
  ])('%s: %s', (_form, name, code) => {
    expect(identify(name).reading.region?.code).toBe(code);
  });

  it('still reads a place whose name holds 和 (呼和浩特市, 太和县)', () => {
    expect(identify('呼和浩特市司法局').reading.region?.code).toBe('150100');
    expect(identify('太和县司法局').reading.region?.code).toBe('341222');
  });

  it('leaves a bare name without a region and a report without an issuer untouched', () => {
    expect(identify('县教育局').reading.region).toBeNull();
    const r = parseReport('2023年,推进法治建设。');
    expect(r.issuer).toBeNull();
  });
});

describe('a township named like a county', () => {
  it.each([
    ['城区街道办事处', '城区街道'],
    ['东区街道办事处', '东区街道'],
    ['和县镇人民政府', '和县镇'],
  ])('%s is the township %s, not the county', (name, township) => {
    const { reading, level } = identify(name);
    expect(reading.township).toBe(township);
    expect(reading.tokens).toEqual([]);
    expect(level).toBe('township');
  });

  it('still reads a county before 乡村振兴局', () => {
    expect(identify('和县乡村振兴局').reading.region?.code).toBe('340523');
  });
});
