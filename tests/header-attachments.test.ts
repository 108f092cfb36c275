// Reports as a PDF or Word reader gives their text (attachments a page links to): the letterhead
// over the document number, a title set apart letter by letter, and the imprint (版记) and page
// numbers under the signature.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/parse.js';

const BODY = '2023年,区政府坚持以习近平法治思想为指导,扎实推进法治政府建设。现将有关情况报告如下:\n一、加强组织领导\n区政府常务会议听取法治建设工作汇报4次。\n二、下一步工作打算\n持续推进严格规范公正文明执法。';

describe('an official document as a PDF gives it', () => {
  it("the letterhead (某区人民政府文件) names the issuer of a title that does not", () => {
    const text = `青山市白云区人民政府文件\n白政发〔2024〕3号\n关于2023年度法治政府建设情况的报告\n青山市人民政府:\n${BODY}`;
    const r = parseReport(text);
    expect(r.title).toBe('关于2023年度法治政府建设情况的报告');
    expect(r.issuer?.name).toBe('青山市白云区人民政府');
    expect(text.slice(r.issuer!.span.start, r.issuer!.span.end)).toBe(r.issuer!.mention);
    expect(r.issuer?.mention).toBe('青山市白云区人民政府');
  });

  it('a joint letterhead (two bodies set apart by spaces) names no one body', () => {
    const text = `中共青山市白云区委员会 青山市白云区人民政府文件\n白发〔2024〕3号\n关于2023年度法治政府建设情况的报告\n${BODY}`;
    expect(parseReport(text).issuer?.name).not.toBe('中共青山市白云区委员会 青山市白云区人民政府');
  });

  it('a title set apart letter by letter is read without its spaces, its issuer spanned in place', () => {
    const text = `青山市白云区人民政府文件\n白政发〔2024〕3号\n白 云 区 2023 年 度 法 治 政 府 建 设 工 作 报 告\n青山市人民政府:\n${BODY}`;
    const r = parseReport(text);
    expect(r.title).toBe('白云区2023年度法治政府建设工作报告');
    expect(text.slice(r.titleSpan!.start, r.titleSpan!.end)).toBe('白 云 区 2023 年 度 法 治 政 府 建 设 工 作 报 告');
    expect(r.year).toBe(2023);
    expect(r.issuer?.name).toBe('青山市白云区人民政府');
  });

  it.each([
    ['its publication note, copies and printing office', '(此件主动公开)\n抄送:区委办公室,区人大常委会办公室,区政协办公室。\n青山市白云区人民政府办公室 2024年1月16日印发'],
    ['and the page number under them', '(公开方式:主动公开)\n抄送:区委办公室。\n抄报:市人民政府。\n青山市白云区人民政府办公室    2024年1月16日印发\n- 2 -'],
    ['a page number of another form', '(此件公开发布)\n抄送:区委办公室。\n抄报:市人民政府。\n青山市白云区人民政府办公室 二〇二四年一月十六日印发\n第 2 页 共 2 页'],
    ['a page number between dashes, alone', '(此件主动公开)\n抄送:区委办公室,区人大常委会办公室。\n青山市白云区人民政府办公室 2024年1月16日印发\n\n— 2 —\n2'],
  ])('the signature dates the report above the imprint: %s', (_form, imprint) => {
    const text = `关于2023年度法治政府建设情况的报告\n${BODY}\n青山市白云区人民政府\n2024年1月15日\n${imprint}\n`;
    const r = parseReport(text);
    expect(r.signedAt).toBe('2024-01-15');
    expect(r.issuer?.name).toBe('青山市白云区人民政府');
    expect(r.issuer?.source).toBe('signature');
    // the last section ends before the signature's imprint
    const last = r.sections[r.sections.length - 1]!;
    expect(text.slice(last.span.start, last.span.end)).not.toContain('抄送');
  });
});
