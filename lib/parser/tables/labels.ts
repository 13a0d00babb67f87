// Row signatures: short fragments of each printed row label, matched on the compact text (spaces
// removed) so that spaced-out, wrapped or partly damaged labels are still recognised. A label is
// only evidence: rows are placed by the table's fixed order (see align.ts).

import { TABLE2_ITEMS, TABLE3_ROWS } from '../../figures/keys';

export interface RowSignature {
  row: string;
  /** Any one of these fragments identifies the row. */
  fragments: readonly string[];
  /** The row's printed ordinal digit (1.属于国家秘密 → '1'), when it has one. */
  ordinal?: string;
}

const TABLE3_FRAGMENTS: Record<string, readonly string[]> = {
  'applications.new': ['本年新收'],
  'applications.carriedOver': ['上年结转'],
  'results.granted': ['予以公开'],
  'results.partial': ['部分公开'],
  'results.denied.stateSecret': ['国家秘密'],
  'results.denied.lawForbidden': ['其他法律', '法规禁止'],
  'results.denied.threeSecurity': ['三安全', '一稳定'],
  'results.denied.thirdParty': ['第三方'],
  'results.denied.internalAffairs': ['内部事务'],
  'results.denied.processInfo': ['过程性'],
  'results.denied.enforcementFile': ['执法案卷'],
  'results.denied.adminQuery': ['行政查询'],
  'results.unable.notHeld': ['不掌握'],
  'results.unable.needsCreation': ['现成信息', '另行制作'],
  'results.unable.unclear': ['仍不明确', '补正后申请'],
  'results.rejected.petition': ['信访', '举报投诉'],
  'results.rejected.duplicate': ['重复'],
  'results.rejected.publication': ['出版物', '提供公开'],
  'results.rejected.excessive': ['大量反复'],
  'results.rejected.confirmation': ['重新出具', '确认或'],
  'results.otherNoCorrection': ['理由逾期', '不补正'],
  'results.otherUnpaidFee': ['收费通知', '缴纳费用'],
  'results.otherMisc': ['3.其他', '3、其他', '3．其他'],
  'results.other': ['其他处理'],
  'results.total': ['七)总计', '七）总计', '七、总计'],
  carriedForward: ['结转下年度'],
};

export const TABLE3_SIGNATURES: readonly RowSignature[] = TABLE3_ROWS.map((r) => ({
  row: r.id,
  fragments: TABLE3_FRAGMENTS[r.id] ?? [r.zh],
  ordinal: /^(\d)\./.exec(r.zh)?.[1],
}));

const TABLE2_FRAGMENTS: Record<string, readonly string[]> = {
  'active.rules': ['规章'],
  'active.normativeDocs': ['规范性文件'],
  'active.licensing': ['行政许可'],
  'active.otherServices': ['对外管理服务'],
  'active.penalty': ['行政处罚'],
  'active.enforcement': ['行政强制'],
  'active.fees': ['事业性收费'],
  'active.procurement': ['集中采购'],
};

export const TABLE2_SIGNATURES: readonly RowSignature[] = TABLE2_ITEMS.map((i) => ({
  row: i.id,
  fragments: TABLE2_FRAGMENTS[i.id] ?? [i.zh],
}));

/** Table 4's groups, as pieces printed under their own names are headed. */
export const TABLE4_SIGNATURES: readonly RowSignature[] = [
  { row: 'review', fragments: ['行政复议'] },
  { row: 'litigationDirect', fragments: ['直接起诉'] },
  { row: 'litigationAfterReview', fragments: ['复议后起诉'] },
];

/** Table 4's group names as a header across the table, wrapped in narrow PDF cells (行政诉讼（未 / 经复议直接起 / 诉）). */
export const TABLE4_HEADER_SIGNATURES: readonly RowSignature[] = [
  { row: 'review', fragments: ['行政复议'] },
  { row: 'litigationDirect', fragments: ['直接起诉', '未经复议', '经复议直接'] },
  { row: 'litigationAfterReview', fragments: ['复议后起诉', '议后起诉', '复议后'] },
];

/** Table 4's outcome columns, as a table with the groups across (transposed) heads its rows. */
export const TABLE4_OUTCOME_SIGNATURES: readonly RowSignature[] = [
  { row: 'upheld', fragments: ['结果维持'] },
  { row: 'corrected', fragments: ['结果纠正'] },
  { row: 'other', fragments: ['其他结果'] },
  { row: 'pending', fragments: ['尚未审结'] },
  { row: 'total', fragments: ['总计'] },
];
