// Page chrome vocabulary: metadata labels (and what they mean) and the words that mark
// breadcrumbs, banners, share links, QR prompts, footers and pagers on government web pages.
import type { MetaField } from '../pipeline.js';

export type MetaKey = MetaField['key'];

/** Metadata labels as they appear in the normalised view (simplified characters). */
export const META_LABELS: Readonly<Record<string, MetaKey>> = {
  发布机构: 'publisher',
  发布单位: 'publisher',
  发布部门: 'publisher',
  发文机关: 'publisher',
  发文单位: 'publisher',
  发布者: 'publisher',
  发布人: 'publisher',
  来源: 'source',
  信息来源: 'source',
  消息来源: 'source',
  文章来源: 'source',
  稿件来源: 'source',
  内容来源: 'source',
  来源单位: 'source',
  供稿单位: 'source',
  发布日期: 'publishedAt',
  发布时间: 'publishedAt',
  发表时间: 'publishedAt',
  更新时间: 'publishedAt',
  更新日期: 'publishedAt',
  上传时间: 'publishedAt',
  时间: 'publishedAt',
  日期: 'publishedAt',
  公开日期: 'publishedAt',
  公开时间: 'publishedAt',
  成文日期: 'writtenAt',
  生成日期: 'writtenAt',
  公文生成日期: 'writtenAt',
  成文时间: 'writtenAt',
  印发日期: 'writtenAt',
  发文日期: 'writtenAt',
  发文时间: 'writtenAt',
  作者: 'author',
  编辑: 'author',
  责任编辑: 'author',
  撰稿: 'author',
  撰稿人: 'author',
  责编: 'author',
  审核: 'author',
  录入: 'author',
  标题: 'title',
  名称: 'title',
  索引号: 'index',
  信息索引号: 'index',
  发文字号: 'other',
  文号: 'other',
  主题分类: 'other',
  体裁分类: 'other',
  内容分类: 'other',
  分类: 'other',
  所属分类: 'other',
  信息分类: 'other',
  公开类别: 'other',
  组配分类: 'other',
  主题词: 'other',
  有效性: 'other',
  '有效性/截止日期': 'other',
  公开方式: 'other',
  公开形式: 'other',
  栏目: 'other',
  所属栏目: 'other',
  废止日期: 'other',
  关键词: 'other',
  责任部门: 'other',
  是否有效: 'other',
  公开范围: 'other',
  公开时限: 'other',
  审核程序: 'other',
  所属主题: 'other',
  访问量: 'other',
  访问次数: 'other',
  阅读: 'other',
  阅读次数: 'other',
  阅读人次: 'other',
  阅读量: 'other',
  浏览次数: 'other',
  浏览量: 'other',
  浏览: 'other',
  点击数: 'other',
  点击量: 'other',
  点击: 'other',
  点击次数: 'other',
  访问: 'other',
  字体: 'other',
  字号: 'other',
  // sites with English menus label their metadata in English (Release Date:, Source:, Views:); a
  // label's characters may stand spaced out, so Release Date is read as ReleaseDate
  ReleaseDate: 'publishedAt',
  PublishDate: 'publishedAt',
  PublishedDate: 'publishedAt',
  Date: 'publishedAt',
  Source: 'source',
  Author: 'author',
  Editor: 'author',
  Views: 'other',
  Hits: 'other',
};

/**
 * Labels of the date a document was sent out (发文日期): the page's publication date when no label
 * of publication stands, never the date it was signed.
 */
export const ISSUED_DATE_LABELS: readonly string[] = ['发文日期', '发文时间'];

/** Labels longest first, so 信息来源 wins over 来源 and 发布时间 over 时间. */
export const META_LABEL_LIST: readonly string[] = Object.keys(META_LABELS).sort((a, b) => b.length - a.length);

/** Lines that start with one of these are breadcrumbs. */
export const BREADCRUMB_STARTS: readonly string[] = [
  '您当前所在位置',
  '您当前的位置',
  '您当前位置',
  '当前所在位置',
  '当前位置',
  '您现在所在的位置',
  '您现在的位置',
  '您所在的位置',
  '您的位置',
  '所在位置',
  '位置',
];

/** Site banners with today's date. */
export const BANNER_STARTS: readonly string[] = ['今天是', '今日是', '今天:'];

/** Share / print / close / favourite links and QR prompts: a line made only of these is chrome. */
export const SHARE_WORDS: readonly string[] = [
  '分享到',
  '分享',
  '打印本页',
  '打印此页',
  '打印',
  '关闭窗口',
  '关闭本页',
  '关闭',
  '收藏本页',
  '收藏',
  '返回顶部',
  '返回',
  '扫一扫在手机打开当前页',
  '扫一扫在手机上查看当前页面',
  '扫一扫',
  '手机扫一扫',
  '我要纠错',
  '纠错',
  '加入收藏',
  '复制链接',
  '保存',
  '微信',
  '微博',
  '朋友圈',
  'QQ空间',
  'QQ',
  '返回列表',
  '返回首页',
  '顶部',
  '字体',
  '字号',
  '大',
  '中',
  '小',
  '默认',
  '【',
  '】',
  '[',
  ']',
  ':',
  '|',
];

/** Words that make a short line a footer line wherever they appear in it. */
export const FOOTER_STRONG: readonly string[] = [
  '版权所有',
  'Copyright',
  'copyright',
  '©',
  'ICP备',
  'ICP证',
  '公网安备',
  '网站标识码',
  '网站识别码',
  '分辨率',
];

/** Words that make a short line chrome when the line starts with them (扫一扫 inside a heading does not). */
export const FOOTER_LEADS: readonly string[] = [
  '技术支持',
  '网站地图',
  '联系我们',
  '扫一扫',
  '手机扫一扫',
  '分享到',
  '打印本页',
  '关闭窗口',
];

/** File names in an attachment list. */
export const ATTACHMENT_FILE = /\.(?:docx?|pdf|xlsx?|wps|et|zip|rar|ofd|txt)$/iu;

/** Footer labels that count only at the start of a line and only in the footer zone. */
export const FOOTER_LABELS: readonly string[] = [
  '主办单位',
  '承办单位',
  '主办',
  '承办',
  '协办',
  '维护',
  '运维',
  '电话',
  '联系电话',
  '传真',
  '地址',
  '邮编',
  '邮箱',
  '电子邮箱',
  '建议使用',
  '最佳分辨率',
  '本站访问量',
  '网站访问量',
  '总访问量',
  '访问量',
  '访问人数',
  '访问人次',
];

/**
 * The imprint (版记) an official document closes with, under its signature and date: the note on
 * its publication ((此件主动公开), (公开方式:主动公开)), its copies (抄送:…) and the office that printed
 * it (某办公室 2023年3月13日印发). What each such line opens or ends with.
 */
export const IMPRINT_OPENINGS: readonly string[] = ['(此件', '(公开方式', '公开方式:', '抄送:', '抄报:', '抄送单位:'];
export const IMPRINT_END = '印发';

/** Pager links between articles. */
export const PAGER_STARTS: readonly string[] = ['上一篇', '下一篇', '上一条', '下一条', '相关链接', '相关文章', '相关阅读', '相关文件', '相关解读', '相关稿件'];

/** Attachment lists at the end of a page. */
export const ATTACHMENT_STARTS: readonly string[] = ['附件', '相关附件', '附件下载'];

/** Values of 来源 that name no organisation (本网, 原创 …). */
export const EMPTY_SOURCES: readonly string[] = ['本网', '本站', '原创', '网站', '本网站', '-', '无'];

/**
 * Every strong kind of chrome holds one of these (a marker, a breadcrumb or banner word, a share,
 * footer or pager word): a line holding none of them is never strong chrome.
 */
export const STRONG_TRIGGER_WORDS: readonly string[] = [
  '位置',
  '>',
  '»',
  '›',
  ':',
  '[',
  '【',
  '©',
  '首页',
  '今天',
  '今日',
  '星期',
  '分享',
  '打印',
  '关闭',
  '收藏',
  '扫一扫',
  '字体',
  '字号',
  '返回',
  '纠错',
  '版权',
  'opyright',
  'ICP',
  '公网安备',
  '标识码',
  '识别码',
  '分辨率',
  '技术支持',
  '网站地图',
  '联系我们',
  '上一',
  '下一',
  '相关',
];
