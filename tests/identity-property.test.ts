// Properties of the identity pass on issuer names and documents built from random pieces of the
// genre (places shared by several provinces, zones, renamed places, organs, stray characters): it
// never throws, the issuer passes IssuerSchema, a region code is one the division table knows and
// the region names the place at the code's level and the issuer has that level (or a township's), a national body has no region and a government no department.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IssuerSchema, parseReport } from '../src/index.js';
import { divisions } from '../src/identity/divisions.js';

const RUNS = Number(process.env.PROPS_RUNS ?? 200);

const PLACES = [
  '浙江省', '杭州市', '上城区', '江干区', '鼓楼区', '朝阳区', '通州区', '铁西区', '福州市', '北京市', '重庆市',
  '襄樊市', '长寿县', '伊犁州', '肃南县', '武汉', '济源', '东莞市', '城区', '赵县', '和县', '某某县', '广西',
  '省', '市', '县', '区', '镇', '乡',
];
const MIDDLES = ['经开区', '高新区', '产城融合示范区', '人民政府', '长征镇', '留下街道', '小龍門鄉', '公安局', '增城区'];
const ORGANS = [
  '人民政府', '办事处', '管委会', '卫生健康委员会', '卫健局', '司法局', '人民政府办公室', '党组', '党委', '部', '署',
  '住房和城市建设局', '分局', '法学会', '',
];
const ODD = ['', ' ', '\u3000', '\ud800', '😀', '1', '(', '》', '。'];

const piece = (list: readonly string[]) => fc.constantFrom(...list);
const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const name = fc
  .tuple(fc.constantFrom('', '中共'), fc.array(piece(PLACES), { maxLength: 3 }), fc.array(fc.oneof(piece(MIDDLES), cjk, piece(ODD)), { maxLength: 3 }), piece(ORGANS))
  .map(([open, places, middle, organ]) => open + places.join('') + middle.join('') + organ);
const body = fc
  .array(fc.oneof(piece(PLACES), piece(MIDDLES), cjk, piece(['，', '。', '\n', '索引号:11350102003600000X/2024-1 '])), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('identity pass on random names and documents', () => {
  it('never throws and holds the issuer to the schema and to the division table', () => {
    const { byCode } = divisions();
    fc.assert(
      fc.property(name, body, (issuer, text) => {
        const input = `${issuer}2023年法治政府建设工作报告\n${text}\n发布机构:${issuer}\n`;
        const report = parseReport(input);
        const found = report.issuer;
        if (!found) return;
        expect(IssuerSchema.safeParse(found).success).toBe(true);
        if (found.level === 'national') expect(found.region).toBeNull();
        if (found.kind === 'government') expect(found.department).toBeNull();
        const code = found.region?.code;
        if (code) {
          const d = byCode.get(code);
          expect(d, code).toBeDefined();
          expect(d!.zone).toBe(false);
          const field = d!.level === 'provincial' ? 'province' : d!.level === 'prefectural' ? 'prefecture' : 'county';
          expect(found.region![field], field).not.toBeNull();
          if (found.level !== 'township') expect(found.level).toBe(d!.level);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
