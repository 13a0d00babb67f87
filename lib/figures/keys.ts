// The figure catalogue: every key of ../shared/spec/figure-keys.md as data, with zh/en labels.
// Parser, database, API, exports, UI and tests name figures only through this module.

export type Lang = 'zh' | 'en';
export type ReportFormat = '2019' | '2021' | 'legacy';

export interface Label {
  zh: string;
  en: string;
}

// ---------------------------------------------------------------------------------------------
// Table 3: 收到和处理政府信息公开申请情况

export const APPLICANT_COLUMNS = [
  { id: 'natural', zh: '自然人', en: 'Natural persons' },
  { id: 'commercial', zh: '商业企业', en: 'Businesses' },
  { id: 'research', zh: '科研机构', en: 'Research institutions' },
  { id: 'nonprofit', zh: '社会公益组织', en: 'Public-interest organisations' },
  { id: 'legal', zh: '法律服务机构', en: 'Legal service providers' },
  { id: 'otherOrg', zh: '其他', en: 'Other organisations' },
  { id: 'total', zh: '总计', en: 'Total' },
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number]['id'];
/** The six applicant columns whose sum is `total`. */
export const APPLICANT_PARTS = APPLICANT_COLUMNS.filter((c) => c.id !== 'total').map((c) => c.id) as Exclude<ApplicantColumn, 'total'>[];

export interface Table3Row extends Label {
  id: string;
  /** Printed heading the row sits under (三、本年度办理结果 → (三)不予公开 ...), for grouping in the UI. */
  parent?: string;
  /** Formats whose table prints this row. */
  formats: readonly ReportFormat[];
}

const BOTH: readonly ReportFormat[] = ['2019', '2021'];
const ONLY_2021: readonly ReportFormat[] = ['2021'];

/** Rows in the order the table prints them (2021 sub-rows of (六) placed before their printed total row). */
export const TABLE3_ROWS: readonly Table3Row[] = [
  { id: 'applications.new', zh: '一、本年新收政府信息公开申请数量', en: 'New applications this year', formats: BOTH },
  { id: 'applications.carriedOver', zh: '二、上年结转政府信息公开申请数量', en: 'Carried over from last year', formats: BOTH },
  { id: 'results.granted', zh: '(一)予以公开', en: 'Disclosed in full', parent: 'results', formats: BOTH },
  { id: 'results.partial', zh: '(二)部分公开', en: 'Partly disclosed', parent: 'results', formats: BOTH },
  { id: 'results.denied.stateSecret', zh: '1.属于国家秘密', en: 'State secret', parent: 'results.denied', formats: BOTH },
  {
    id: 'results.denied.lawForbidden',
    zh: '2.其他法律行政法规禁止公开',
    en: 'Forbidden by other laws and regulations',
    parent: 'results.denied',
    formats: BOTH,
  },
  {
    id: 'results.denied.threeSecurity',
    zh: '3.危及“三安全一稳定”',
    en: 'Endangers security or stability',
    parent: 'results.denied',
    formats: BOTH,
  },
  {
    id: 'results.denied.thirdParty',
    zh: '4.保护第三方合法权益',
    en: 'Protects third-party rights',
    parent: 'results.denied',
    formats: BOTH,
  },
  { id: 'results.denied.internalAffairs', zh: '5.属于三类内部事务信息', en: 'Internal affairs', parent: 'results.denied', formats: BOTH },
  { id: 'results.denied.processInfo', zh: '6.属于四类过程性信息', en: 'Process information', parent: 'results.denied', formats: BOTH },
  { id: 'results.denied.enforcementFile', zh: '7.属于行政执法案卷', en: 'Enforcement case file', parent: 'results.denied', formats: BOTH },
  { id: 'results.denied.adminQuery', zh: '8.属于行政查询事项', en: 'Administrative query matter', parent: 'results.denied', formats: BOTH },
  { id: 'results.unable.notHeld', zh: '1.本机关不掌握相关政府信息', en: 'Not held by this body', parent: 'results.unable', formats: BOTH },
  {
    id: 'results.unable.needsCreation',
    zh: '2.没有现成信息需要另行制作',
    en: 'Would have to be newly compiled',
    parent: 'results.unable',
    formats: BOTH,
  },
  {
    id: 'results.unable.unclear',
    zh: '3.补正后申请内容仍不明确',
    en: 'Still unclear after correction',
    parent: 'results.unable',
    formats: BOTH,
  },
  { id: 'results.rejected.petition', zh: '1.信访举报投诉类申请', en: 'Petition or complaint', parent: 'results.rejected', formats: BOTH },
  { id: 'results.rejected.duplicate', zh: '2.重复申请', en: 'Repeated application', parent: 'results.rejected', formats: BOTH },
  {
    id: 'results.rejected.publication',
    zh: '3.要求提供公开出版物',
    en: 'Asks for a publication',
    parent: 'results.rejected',
    formats: BOTH,
  },
  {
    id: 'results.rejected.excessive',
    zh: '4.无正当理由大量反复申请',
    en: 'Excessive repeated applications',
    parent: 'results.rejected',
    formats: BOTH,
  },
  {
    id: 'results.rejected.confirmation',
    zh: '5.要求行政机关确认或重新出具已获取信息',
    en: 'Asks to confirm or reissue information already held',
    parent: 'results.rejected',
    formats: BOTH,
  },
  {
    id: 'results.otherNoCorrection',
    zh: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    en: 'Applicant did not correct in time',
    parent: 'results.other',
    formats: ONLY_2021,
  },
  {
    id: 'results.otherUnpaidFee',
    zh: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    en: 'Applicant did not pay the fee in time',
    parent: 'results.other',
    formats: ONLY_2021,
  },
  { id: 'results.otherMisc', zh: '3.其他', en: 'Other', parent: 'results.other', formats: ONLY_2021 },
  { id: 'results.other', zh: '(六)其他处理', en: 'Otherwise handled', parent: 'results', formats: BOTH },
  { id: 'results.total', zh: '(七)总计', en: 'Total handled', parent: 'results', formats: BOTH },
  { id: 'carriedForward', zh: '四、结转下年度继续办理', en: 'Carried forward to next year', formats: BOTH },
];

/** Group sums the table does not print (each the sum of its numbered sub-rows). */
export const TABLE3_GROUPS = [
  {
    id: 'results.denied',
    zh: '(三)不予公开',
    en: 'Withheld',
    parts: TABLE3_ROWS.filter((r) => r.parent === 'results.denied').map((r) => r.id),
  },
  {
    id: 'results.unable',
    zh: '(四)无法提供',
    en: 'Unable to provide',
    parts: TABLE3_ROWS.filter((r) => r.parent === 'results.unable').map((r) => r.id),
  },
  {
    id: 'results.rejected',
    zh: '(五)不予处理',
    en: 'Not processed',
    parts: TABLE3_ROWS.filter((r) => r.parent === 'results.rejected').map((r) => r.id),
  },
] as const;

/** Sub-rows of (六)其他处理 in the 2021 format; `results.other` is their sum there. */
export const OTHER_SUBROWS = ['results.otherNoCorrection', 'results.otherUnpaidFee', 'results.otherMisc'] as const;

/** The outcome rows whose sum is (七)总计, with groups standing for their sub-rows. */
export const OUTCOME_ROWS = [
  'results.granted',
  'results.partial',
  'results.denied',
  'results.unable',
  'results.rejected',
  'results.other',
] as const;

// ---------------------------------------------------------------------------------------------
// Table 4: 政府信息公开行政复议、行政诉讼情况

export const TABLE4_GROUPS = [
  { id: 'review', zh: '行政复议', en: 'Administrative review' },
  { id: 'litigationDirect', zh: '行政诉讼(未经复议直接起诉)', en: 'Lawsuit filed directly' },
  { id: 'litigationAfterReview', zh: '行政诉讼(复议后起诉)', en: 'Lawsuit after review' },
] as const;
export type Table4Group = (typeof TABLE4_GROUPS)[number]['id'];

/** Derived group: both kinds of lawsuit together. */
export const LITIGATION_GROUP = { id: 'litigation', zh: '行政诉讼(合计)', en: 'Lawsuits (all)' } as const;

export const TABLE4_COLUMNS = [
  { id: 'upheld', zh: '结果维持', en: 'Upheld' },
  { id: 'corrected', zh: '结果纠正', en: 'Corrected' },
  { id: 'other', zh: '其他结果', en: 'Other outcome' },
  { id: 'pending', zh: '尚未审结', en: 'Pending' },
  { id: 'total', zh: '总计', en: 'Total' },
] as const;
export type Table4Column = (typeof TABLE4_COLUMNS)[number]['id'];
export const TABLE4_PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;

// ---------------------------------------------------------------------------------------------
// Table 2: 主动公开政府信息情况 (第二十条 items)

export const TABLE2_ITEMS = [
  { id: 'active.rules', zh: '规章', en: 'Rules', article: '(一)' },
  { id: 'active.normativeDocs', zh: '规范性文件', en: 'Normative documents', article: '(一)' },
  { id: 'active.licensing', zh: '行政许可', en: 'Administrative licensing', article: '(五)' },
  { id: 'active.otherServices', zh: '其他对外管理服务事项', en: 'Other public services', article: '(五)' },
  { id: 'active.penalty', zh: '行政处罚', en: 'Administrative penalties', article: '(六)' },
  { id: 'active.enforcement', zh: '行政强制', en: 'Administrative coercion', article: '(六)' },
  { id: 'active.fees', zh: '行政事业性收费', en: 'Administrative fees', article: '(八)' },
  { id: 'active.procurement', zh: '政府集中采购', en: 'Government procurement', article: '(九)' },
] as const;
export type Table2Item = (typeof TABLE2_ITEMS)[number]['id'];

export type Unit = 'count' | 'yuan' | 'change';

export interface Table2Column extends Label {
  id: string;
  unit: Unit;
}

const T2 = {
  newlyMade: { id: 'newlyMade', zh: '本年新制作数量', en: 'Newly made', unit: 'count' },
  newlyPublished: { id: 'newlyPublished', zh: '本年新公开数量', en: 'Newly published', unit: 'count' },
  publishedTotal: { id: 'publishedTotal', zh: '对外公开总数量', en: 'Published in total', unit: 'count' },
  prevItems: { id: 'prevItems', zh: '上一年项目数量', en: 'Items last year', unit: 'count' },
  change: { id: 'change', zh: '本年增/减', en: 'Change this year', unit: 'change' },
  decisions: { id: 'decisions', zh: '处理决定数量', en: 'Decisions', unit: 'count' },
  projects: { id: 'projects', zh: '采购项目数量', en: 'Procurement projects', unit: 'count' },
  amountYuan2019: { id: 'amountYuan', zh: '采购总金额', en: 'Procurement amount (yuan)', unit: 'yuan' },
  issued: { id: 'issued', zh: '本年制发件数', en: 'Issued this year', unit: 'count' },
  repealed: { id: 'repealed', zh: '本年废止件数', en: 'Repealed this year', unit: 'count' },
  inForce: { id: 'inForce', zh: '现行有效件数', en: 'In force', unit: 'count' },
  decisions2021: { id: 'decisions', zh: '本年处理决定数量', en: 'Decisions this year', unit: 'count' },
  amountYuan2021: { id: 'amountYuan', zh: '本年收费金额', en: 'Fees collected (yuan)', unit: 'yuan' },
} as const satisfies Record<string, Table2Column>;

/** Columns of each table 2 item, per format, in printed order. */
export const TABLE2_COLUMNS: Record<'2019' | '2021', Partial<Record<Table2Item, readonly Table2Column[]>>> = {
  '2019': {
    'active.rules': [T2.newlyMade, T2.newlyPublished, T2.publishedTotal],
    'active.normativeDocs': [T2.newlyMade, T2.newlyPublished, T2.publishedTotal],
    'active.licensing': [T2.prevItems, T2.change, T2.decisions],
    'active.otherServices': [T2.prevItems, T2.change, T2.decisions],
    'active.penalty': [T2.prevItems, T2.change, T2.decisions],
    'active.enforcement': [T2.prevItems, T2.change, T2.decisions],
    'active.fees': [T2.prevItems, T2.change],
    'active.procurement': [T2.projects, T2.amountYuan2019],
  },
  '2021': {
    'active.rules': [T2.issued, T2.repealed, T2.inForce],
    'active.normativeDocs': [T2.issued, T2.repealed, T2.inForce],
    'active.licensing': [T2.decisions2021],
    'active.penalty': [T2.decisions2021],
    'active.enforcement': [T2.decisions2021],
    'active.fees': [T2.amountYuan2021],
  },
};

// ---------------------------------------------------------------------------------------------
// Text-only figures

export const NARRATIVE_KEYS = [
  { id: 'narrative.activeItems', zh: '主动公开政府信息条数', en: 'Items proactively disclosed' },
  { id: 'narrative.legacyNotHeldOrOther', zh: '非本部门掌握或其他情况', en: 'Not held or other (pre-2019)' },
] as const;

// ---------------------------------------------------------------------------------------------
// The flat catalogue

export type FigureTable = 'active' | 'applications' | 'appeals' | 'narrative';

export interface FigureDef extends Label {
  key: string;
  table: FigureTable;
  /** Row (or item/group) part of the key, e.g. `results.denied.thirdParty`. */
  row: string;
  /** Column part of the key, e.g. `otherOrg`; absent for narrative keys. */
  column?: string;
  unit: Unit;
  /** Formats whose tables print this figure (narrative keys: every format). */
  formats: readonly ReportFormat[];
  /** Keys whose sum defines this figure, for figures no table prints. */
  sumOf?: readonly string[];
}

function joinLabel(row: Label, column: Label): Label {
  return { zh: `${row.zh} · ${column.zh}`, en: `${row.en} · ${column.en}` };
}

function buildCatalogue(): FigureDef[] {
  const defs: FigureDef[] = [];
  const table3Rows: { id: string; zh: string; en: string; formats: readonly ReportFormat[]; parts?: readonly string[] }[] = [
    ...TABLE3_ROWS,
    ...TABLE3_GROUPS.map((g) => ({ ...g, formats: BOTH })),
  ];
  for (const row of table3Rows) {
    for (const col of APPLICANT_COLUMNS) {
      defs.push({
        key: `${row.id}.${col.id}`,
        table: 'applications',
        row: row.id,
        column: col.id,
        unit: 'count',
        formats: row.formats,
        sumOf: row.parts?.map((p) => `${p}.${col.id}`),
        ...joinLabel(row, col),
      });
    }
  }
  for (const group of TABLE4_GROUPS) {
    for (const col of TABLE4_COLUMNS) {
      defs.push({
        key: `${group.id}.${col.id}`,
        table: 'appeals',
        row: group.id,
        column: col.id,
        unit: 'count',
        formats: BOTH,
        ...joinLabel(group, col),
      });
    }
  }
  for (const col of TABLE4_COLUMNS) {
    defs.push({
      key: `${LITIGATION_GROUP.id}.${col.id}`,
      table: 'appeals',
      row: LITIGATION_GROUP.id,
      column: col.id,
      unit: 'count',
      formats: BOTH,
      sumOf: [`litigationDirect.${col.id}`, `litigationAfterReview.${col.id}`],
      ...joinLabel(LITIGATION_GROUP, col),
    });
  }
  for (const format of ['2019', '2021'] as const) {
    for (const item of TABLE2_ITEMS) {
      for (const col of TABLE2_COLUMNS[format][item.id] ?? []) {
        const key = `${item.id}.${col.id}`;
        const existing = defs.find((d) => d.key === key);
        if (existing) {
          if (!existing.formats.includes(format)) existing.formats = [...existing.formats, format];
          continue;
        }
        defs.push({ key, table: 'active', row: item.id, column: col.id, unit: col.unit, formats: [format], ...joinLabel(item, col) });
      }
    }
  }
  for (const n of NARRATIVE_KEYS) {
    defs.push({ key: n.id, table: 'narrative', row: n.id, unit: 'count', formats: ['2019', '2021', 'legacy'], zh: n.zh, en: n.en });
  }
  return defs;
}

export const FIGURES: readonly FigureDef[] = buildCatalogue();
const BY_KEY = new Map(FIGURES.map((f) => [f.key, f]));

export type FigureKey = string;

export function isFigureKey(key: string): boolean {
  return BY_KEY.has(key);
}

export function figureDef(key: string): FigureDef | undefined {
  return BY_KEY.get(key);
}

export function figureLabel(key: string, lang: Lang): string {
  const def = BY_KEY.get(key);
  return def ? def[lang] : key;
}

/** Keys a table of the given format prints (no group sums, no derived litigation keys). */
export function printedKeys(format: ReportFormat): string[] {
  return FIGURES.filter((f) => !f.sumOf && f.table !== 'narrative' && f.formats.includes(format)).map((f) => f.key);
}

export function table3Key(row: string, column: ApplicantColumn): string {
  return `${row}.${column}`;
}

export function table4Key(group: Table4Group | typeof LITIGATION_GROUP.id, column: Table4Column): string {
  return `${group}.${column}`;
}
