// A table's rows assembled from recognised lines (rows.ts, through layoutText): items as the engine
// returned them for scans of the generated set (boxes, cells and confidences as recognised; a
// label's characters at 0.99, their usual confidence, where the engine gave some a lower one).
import { describe, expect, it } from 'vitest';
import { layoutText } from './layout';
import { tableRows, type TableRows } from './rows';
import type { OcrDocument, OcrItem } from './types';

type Read = [text: string, cell: number, box: OcrItem['box'], conf: number, glyphs?: number];

const item = (page: number, [text, cell, box, conf, glyphs]: Read): OcrItem => ({
  page,
  box,
  text,
  conf: [...text].map(() => (text.length > 2 && !/^[0-9.]+$/.test(text) ? 0.99 : conf)),
  cell,
  ...(glyphs === undefined ? {} : { glyphs }),
});

// Table 3, page 5: 信访举报投诉类申请's label stands above its numbers, which lost 科研机构's 0;
// 要求行政机关确认…'s label wraps around its numbers.
const PAGE5: Read[] = [
  ['3.补正后申请内容仍不明确', 197003, [0.2394, 0.09, 0.3884, 0.1006], 0.929],
  ['1', 197004, [0.4509, 0.0931, 0.4552, 0.1032], 0.964, 1],
  ['0', 197005, [0.5061, 0.0928, 0.5106, 0.1032], 0.993, 1],
  ['0', 197006, [0.5691, 0.0928, 0.5736, 0.1032], 0.997, 1],
  ['0', 197007, [0.634, 0.0928, 0.6385, 0.1032], 0.992, 1],
  ['0', 197008, [0.7144, 0.0928, 0.7189, 0.1032], 0.995, 1],
  ['0', 197009, [0.7838, 0.0928, 0.7883, 0.1029], 0.993, 1],
  ['1', 197010, [0.8451, 0.0928, 0.8497, 0.1029], 0.989, 1],
  ['1. 信访举报投诉类申请', 197003, [0.2394, 0.1187, 0.3641, 0.1292], 0.509],
  ['56', 197004, [0.4437, 0.1223, 0.4572, 0.1314], 0.965, 2],
  ['62', 197010, [0.8457, 0.1216, 0.8546, 0.1315], 0.973, 2],
  ['6', 197005, [0.508, 0.1237, 0.5102, 0.13], 0.994, 1],
  ['0', 197007, [0.6342, 0.1239, 0.6364, 0.1293], 0.997, 1],
  ['0', 197008, [0.7113, 0.1239, 0.7135, 0.1293], 0.997, 1],
  ['0', 197009, [0.7841, 0.1239, 0.7863, 0.1293], 0.999, 1],
  ['2.重复中请', 197003, [0.2382, 0.1456, 0.2992, 0.157], 0.618],
  ['25', 197004, [0.4413, 0.1499, 0.4555, 0.159], 0.951, 2],
  ['0', 197005, [0.5068, 0.149, 0.5115, 0.1594], 0.939, 1],
  ['0', 197006, [0.5661, 0.149, 0.5708, 0.1591], 0.895, 1],
  ['0', 197007, [0.6314, 0.149, 0.6361, 0.1591], 0.913, 1],
  ['0', 197008, [0.7123, 0.149, 0.717, 0.1591], 0.94, 1],
  ['0', 197009, [0.782, 0.149, 0.7866, 0.1591], 0.845, 1],
  ['25', 197010, [0.8399, 0.1493, 0.8538, 0.159], 0.956, 2],
  ['(五)不', 197002, [0.1757, 0.1742, 0.2163, 0.1842], 0.993],
  ['3.要求提供公开出版物', 197003, [0.2421, 0.1739, 0.3637, 0.1844], 0.985],
  ['0', 197004, [0.4503, 0.1767, 0.4549, 0.1871], 0.912, 1],
  ['0', 197005, [0.5085, 0.1767, 0.513, 0.1871], 0.984, 1],
  ['0', 197006, [0.5674, 0.1767, 0.5719, 0.1871], 0.983, 1],
  ['0', 197007, [0.6369, 0.1767, 0.6414, 0.1868], 0.981, 1],
  ['0', 197008, [0.7127, 0.1767, 0.7173, 0.1871], 0.985, 1],
  ['0', 197009, [0.7825, 0.1767, 0.7871, 0.1868], 0.976, 1],
  ['0', 197010, [0.8464, 0.1767, 0.8509, 0.1871], 0.988, 1],
  ['予处理', 197002, [0.1743, 0.1904, 0.2017, 0.2023], 0.981],
  ['4.无正当理由大量反复中请', 197003, [0.2392, 0.2024, 0.3872, 0.2117], 0.571],
  ['0', 197004, [0.4489, 0.2047, 0.4531, 0.2148], 0.974, 1],
  ['0', 197005, [0.506, 0.2047, 0.5102, 0.2148], 0.95, 1],
  ['0', 197006, [0.5682, 0.2047, 0.5724, 0.2148], 0.968, 1],
  ['0', 197007, [0.6364, 0.2047, 0.6406, 0.2148], 0.969, 1],
  ['0', 197008, [0.7113, 0.2047, 0.7155, 0.2148], 0.941, 1],
  ['0', 197009, [0.7843, 0.2044, 0.7885, 0.2145], 0.97, 1],
  ['0', 197010, [0.8427, 0.2044, 0.8469, 0.2148], 0.861, 1],
  ['5. 要求行政机关确认或重新出', 197003, [0.238, 0.2287, 0.4088, 0.2406], 0.998],
  ['1', 197004, [0.4461, 0.2409, 0.4496, 0.251], 0.981, 1],
  ['0', 197005, [0.5069, 0.2406, 0.5105, 0.251], 0.988, 1],
  ['0', 197006, [0.567, 0.2406, 0.5706, 0.251], 0.991, 1],
  ['0', 197008, [0.6332, 0.2406, 0.6367, 0.251], 0.994, 1],
  ['0', 197009, [0.7102, 0.2406, 0.7138, 0.2508], 0.994, 1],
  ['0', 197010, [0.7843, 0.2406, 0.7879, 0.2508], 0.993, 1],
  ['1', 197011, [0.8464, 0.2406, 0.8498, 0.2508], 0.976, 1],
  ['具已获取信息', 197003, [0.244, 0.2461, 0.3098, 0.2576], 0.989],
];

// Page 4: 本机关不掌握…'s label stands a little above its numbers, level with lone 0s' short boxes;
// the group label (四) 无 sits lower, beside them.
const PAGE4: Read[] = [
  ['7.属于行政执法案卷', 1472005, [0.2382, 0.8152, 0.3485, 0.827], 0.969],
  ['9', 1472006, [0.448, 0.8204, 0.4504, 0.8275], 0.99, 1],
  ['0', 1472007, [0.508, 0.8185, 0.5161, 0.8286], 0.98, 1],
  ['0', 1472008, [0.5667, 0.8185, 0.5714, 0.8286], 0.975, 1],
  ['0', 1472009, [0.6341, 0.8211, 0.6365, 0.8268], 0.995, 1],
  ['0', 1472010, [0.7132, 0.8211, 0.7156, 0.8268], 0.993, 1],
  ['0', 1472011, [0.7839, 0.8211, 0.7863, 0.8268], 0.998, 1],
  ['9', 1472012, [0.8412, 0.8185, 0.8505, 0.8289], 0.884, 1],
  ['8.属于行政查询事项', 1472005, [0.2382, 0.8442, 0.3507, 0.8547], 0.95],
  ['105', 1472006, [0.4417, 0.8467, 0.4595, 0.8575], 0.999, 3],
  ['0', 1472007, [0.5077, 0.8485, 0.5122, 0.8551], 0.997, 1],
  ['0', 1472008, [0.5676, 0.8487, 0.5699, 0.855], 0.995, 1],
  ['0', 1472009, [0.6336, 0.8485, 0.6359, 0.8551], 0.992, 1],
  ['0', 1472010, [0.7116, 0.8493, 0.714, 0.8549], 0.992, 1],
  ['0', 1472011, [0.7817, 0.8486, 0.784, 0.8556], 0.998, 1],
  ['105', 1472012, [0.839, 0.8474, 0.857, 0.8573], 0.999, 3],
  ['(四) 无', 1472003, [0.1755, 0.8763, 0.2196, 0.8862], 0.869],
  ['1. 本机关不掌握相关政府信息', 1472005, [0.2403, 0.8718, 0.4015, 0.8824], 0.988],
  ['746', 1472006, [0.4411, 0.8743, 0.4606, 0.8851], 0.993, 3],
  ['12', 1472007, [0.5025, 0.8749, 0.517, 0.8845], 0.991, 2],
  ['0', 1472008, [0.5676, 0.8769, 0.5695, 0.8825], 0.996, 1],
  ['0', 1472009, [0.6346, 0.8769, 0.6366, 0.8819], 0.999, 1],
  ['10', 1472010, [0.7073, 0.8749, 0.7221, 0.884], 0.992, 2],
  ['1', 1472011, [0.7854, 0.8745, 0.7901, 0.8846], 0.966, 1],
  ['769', 1472012, [0.8374, 0.8743, 0.8572, 0.8851], 0.922, 3],
];

// Hongze's 2024 report (150 dpi PDF), table 3 under a seal: its strokes read as marks (高, C, s)
// among the numbers, and as digits where no dark ink is (5).
const SEALED: Read[] = [
  ['5', 1588009, [0.7849, 0.7254, 0.7859, 0.7282], 0.712, 0],
  ['15-', 1588007, [0.6907, 0.7337, 0.6934, 0.736], 0.323],
  ['2.其他法律行政止公开', 1588004, [0.3033, 0.7363, 0.4474, 0.7507], 0.755],
  ['0', 1588005, [0.5459, 0.7337, 0.5524, 0.7517], 0.972, 1],
  ['0', 1588006, [0.5924, 0.7332, 0.599, 0.7517], 0.96, 1],
  ['0', 1588007, [0.6432, 0.7332, 0.6497, 0.7502], 0.973, 1],
  ['0', 1588008, [0.6931, 0.7329, 0.6997, 0.7505], 0.855, 1],
  ['0', 1588009, [0.735, 0.7333, 0.7416, 0.749], 0.95, 1],
  ['0', 1588010, [0.7843, 0.734, 0.7909, 0.7509], 0.954, 1],
  ['0', 1588011, [0.8327, 0.7345, 0.8393, 0.7514], 0.935, 1],
  ['三', 1588001, [0.1499, 0.7286, 0.1562, 0.7475], 0.535],
  ['高', 1588007, [0.6571, 0.7406, 0.6587, 0.7453], 0.108],
  ['5', 1588007, [0.6578, 0.7444, 0.6585, 0.7463], 0.992, 0],
  ['3.危及“三安全一稳定”', 1588004, [0.3032, 0.7623, 0.4617, 0.7767], 0.614],
  ['1', 1588005, [0.5454, 0.7584, 0.5517, 0.776], 0.987, 1],
  ['0', 1588006, [0.5919, 0.7582, 0.5981, 0.7762], 0.994, 1],
  ['0', 1588007, [0.6415, 0.7585, 0.6477, 0.7754], 0.994, 1],
  ['0', 1588008, [0.6923, 0.7585, 0.6985, 0.7754], 0.996, 1],
  ['0', 1588009, [0.7369, 0.7582, 0.7432, 0.7762], 0.994, 1],
  ['0', 1588010, [0.7854, 0.7577, 0.7916, 0.7762], 0.996, 1],
  ['1', 1588011, [0.839, 0.7586, 0.8452, 0.7758], 0.995, 1],
  ['C', 1588006, [0.5977, 0.782, 0.5983, 0.7836], 0.107],
  ['s', 1588007, [0.6449, 0.784, 0.6455, 0.7858], 0.302],
  ['4.保护第三方合法权益', 1588004, [0.3036, 0.7846, 0.4448, 0.7977], 0.916],
  ['0', 1588005, [0.5427, 0.782, 0.5492, 0.8009], 0.983, 1],
  ['0', 1588006, [0.5899, 0.7814, 0.5964, 0.7998], 0.979, 1],
  ['0', 1588007, [0.6414, 0.7823, 0.6477, 0.8005], 0.99, 1],
  ['0', 1588008, [0.6859, 0.7822, 0.6923, 0.7995], 0.979, 1],
  ['0', 1588009, [0.7371, 0.7815, 0.7435, 0.7987], 0.99, 1],
  ['0', 1588010, [0.781, 0.7827, 0.7875, 0.8006], 0.985, 1],
  ['0', 1588011, [0.8346, 0.7816, 0.8409, 0.8007], 0.985, 1],
  ['5.属于三类内部事务信息', 1588004, [0.3009, 0.808, 0.4592, 0.8212], 0.577],
  ['0', 1588005, [0.5387, 0.8062, 0.5466, 0.8235], 0.949, 1],
  ['0', 1588006, [0.5889, 0.8062, 0.5967, 0.8224], 0.974, 1],
  ['0', 1588007, [0.6405, 0.8064, 0.6482, 0.8228], 0.978, 1],
  ['0', 1588008, [0.6829, 0.8065, 0.6909, 0.8222], 0.974, 1],
  ['0', 1588009, [0.7322, 0.8066, 0.7401, 0.822], 0.976, 1],
  ['0', 1588011, [0.7802, 0.8039, 0.7881, 0.8237], 0.966, 1],
  ['0', 1588012, [0.8303, 0.8063, 0.8384, 0.8229], 0.964, 1],
];

// Hongze's 2024 report (150 dpi JPEG): (二)部分公开's enumerator misread (共)), its label's first line between
// its numbers and the row above, whose own label stands on its line.
const MISREAD: Read[] = [
  ['区', 1629004, [0.6462, 0.586, 0.6469, 0.588], 0.19],
  ['本年新收政府信息公开申请数量', 1629001, [0.1709, 0.5888, 0.3962, 0.6034], 0.951],
  ['95', 1629002, [0.5405, 0.5867, 0.5602, 0.6055], 0.986, 2],
  ['0', 1629003, [0.5933, 0.5873, 0.6, 0.6049], 0.979, 1],
  ['0', 1629004, [0.6433, 0.588, 0.6499, 0.6037], 0.986, 1],
  ['0', 1629005, [0.6931, 0.5883, 0.6998, 0.6034], 0.983, 1],
  ['0', 1629006, [0.7377, 0.5881, 0.7445, 0.6041], 0.974, 1],
  ['0', 1629007, [0.788, 0.5873, 0.7947, 0.6049], 0.988, 1],
  ['95', 1629008, [0.8343, 0.5872, 0.8539, 0.6061], 0.995, 2],
  ['1', 1629004, [0.6603, 0.6131, 0.6613, 0.615], 0.287, 0],
  ['2', 1629003, [0.6105, 0.6194, 0.6111, 0.6213], 0.166, 0],
  ['上年结转政府信息公开中请数量', 1629001, [0.1657, 0.6158, 0.3912, 0.629], 0.544],
  ['0', 1629002, [0.5384, 0.6131, 0.5475, 0.6317], 0.807, 1],
  ['0', 1629003, [0.5874, 0.6122, 0.5962, 0.6331], 0.796, 1],
  ['0', 1629004, [0.636, 0.6137, 0.6451, 0.6311], 0.593, 1],
  ['0', 1629005, [0.6865, 0.6137, 0.6955, 0.6327], 0.644, 1],
  ['0', 1629007, [0.7314, 0.6145, 0.7405, 0.6314], 0.819, 1],
  ['0', 1629009, [0.7796, 0.6117, 0.7887, 0.6383], 0.732, 1],
  ['0', 1629010, [0.8295, 0.6144, 0.8384, 0.632], 0.714, 1],
  ['水', 1629001, [0.1457, 0.6213, 0.1475, 0.6261], 0.038],
  ['5', 1629009, [0.7925, 0.6381, 0.7931, 0.64], 0.115, 1],
  ['(一)子以公开', 1629002, [0.1813, 0.6406, 0.2733, 0.6547], 0.407],
  ['50', 1629003, [0.5321, 0.6383, 0.5535, 0.657], 0.988, 2],
  ['0', 1629004, [0.594, 0.6368, 0.601, 0.6564], 0.996, 1],
  ['0', 1629005, [0.6389, 0.6391, 0.646, 0.6567], 0.903, 1],
  ['0', 1629006, [0.6849, 0.6395, 0.692, 0.6548], 0.99, 1],
  ['0', 1629008, [0.7307, 0.6397, 0.7379, 0.6551], 0.986, 1],
  ['0', 1629010, [0.7834, 0.6386, 0.7905, 0.6578], 0.986, 1],
  ['50', 1629011, [0.8246, 0.6385, 0.8459, 0.6569], 0.988, 2],
  ['9', 1629003, [0.5468, 0.6678, 0.5482, 0.6718], 0.262, 0],
  ['共)部分公开(区分处理的,只计这一情形,不', 1629002, [0.189, 0.6643, 0.5095, 0.6789], 0.453],
  ['9', 1629003, [0.5391, 0.6689, 0.547, 0.6878], 0.856, 1],
  ['0', 1629004, [0.587, 0.6685, 0.5951, 0.6877], 0.961, 1],
  ['0', 1629007, [0.7349, 0.6708, 0.7427, 0.686], 0.96, 1],
  ['0', 1629009, [0.7787, 0.6696, 0.7868, 0.6872], 0.95, 1],
  ['9', 1629010, [0.8299, 0.6699, 0.8378, 0.6874], 0.902, 1],
  ['8', 1629006, [0.6925, 0.6715, 0.697, 0.6853], 0.263, 1],
  ['2', 1629006, [0.6978, 0.6767, 0.6998, 0.6827], 0.133, 1],
  ['计其他情形)', 1629002, [0.1799, 0.6806, 0.26, 0.6934], 0.618],
  ['818', 1629003, [0.5431, 0.69, 0.5485, 0.6923], 0.288, 0],
  ['y', 1629003, [0.5454, 0.6923, 0.546, 0.6942], 0.094],
  ['2', 1629009, [0.7847, 0.6935, 0.7858, 0.6966], 0.383, 0],
  ['0', 1629004, [0.5402, 0.7002, 0.5487, 0.7185], 0.656, 1],
  ['0', 1629005, [0.5896, 0.6999, 0.5985, 0.7178], 0.891, 1],
  ['0', 1629006, [0.6391, 0.6963, 0.6479, 0.7177], 0.866, 1],
  ['0', 1629007, [0.6921, 0.7017, 0.7008, 0.7181], 0.679, 1],
  ['0', 1629008, [0.7385, 0.6989, 0.7472, 0.722], 0.288, 1],
  ['0', 1629010, [0.7881, 0.6992, 0.7967, 0.7216], 0.447, 1],
  ['0', 1629011, [0.8365, 0.7012, 0.8452, 0.7175], 0.679, 1],
  ['1.属于国家秘密', 1629003, [0.303, 0.705, 0.3999, 0.7179], 0.958],
];

const doc = (pages: Read[][]): OcrDocument => ({
  engine: 'test',
  pages: pages.map(() => ({ width: 2480, height: 3600, skew: 0, seconds: 0 })),
  items: pages.flatMap((reads, p) => reads.map((r) => item(p + 1, r))),
});

const lines = (pages: Read[][]) => layoutText(doc(pages), 0.8).text.split('\n');

describe('table rows from recognised lines', () => {
  it("puts a label's first line, standing above its numbers, on their row", () => {
    expect(lines([PAGE4])).toContain('(四) 无 | 1. 本机关不掌握相关政府信息 | 746 | 12 | 0 | 0 | 10 | 1 | 769');
  });

  it('joins a label wrapped around its numbers, its lines in order, onto their row', () => {
    expect(lines([PAGE5])).toContain('5. 要求行政机关确认或重新出具已获取信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1');
  });

  it("lays out a cell the table's columns show lost as unreadable, where it stood", () => {
    const text = lines([PAGE5]);
    expect(text).toContain('1. 信访举报投诉类申请 | 56 | 6 | ? | 0 | 0 | 0 | 62');
    // Full rows are left as read; a group label's pieces stay with the rows beside them.
    expect(text).toContain('(五)不 | 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0');
    expect(text).toContain('2.重复中请 | 25 | 0 | 0 | 0 | 0 | 0 | 25');
  });

  it("leaves out of a labelled row a mark standing in a number's column (a seal's stroke read as 高)", () => {
    expect(lines([SEALED])).toContain('三 | 2.其他法律行政止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0');
  });

  it('keeps the marks of a row with no label (made clean, the parser would take it by position for another row)', () => {
    const text = lines([SEALED.filter((r) => r[0] !== '2.其他法律行政止公开' && r[0] !== '三')]);
    expect(text).toContain('0 | 0 | 0 | 高 | 0 | 0 | 0 | 0');
  });

  it('keeps a mark alone in its column as the cell it stands for, unreadable (a 0 read as o)', () => {
    const lost: Read = ['o', 1588006, [0.5919, 0.7582, 0.5981, 0.7762], 0.5];
    const text = lines([SEALED.map((r) => (r[0] === '0' && r[2][0] === 0.5919 ? lost : r))]);
    expect(text).toContain('3.危及“三安全一稳定” | 1 | ? | 0 | 0 | 0 | 0 | 1');
  });

  it('joins a label line to the nearer row where its enumerator is misread, not to the row above it that has its own label', () => {
    const text = lines([MISREAD]);
    expect(text).toContain('(一)子以公开 | 50 | 0 | 0 | 0 | 0 | 0 | 50');
    expect(text.find((l) => l.includes('部分公开'))).toMatch(/^共\)部分公开\(区分处理的,只计这一情形,不计其他情形\) \| 9 \| 0 \|/);
  });

  it('places a lost cell in a row where another column holds a number read in two pieces (8 and 2, unsure)', () => {
    expect(lines([MISREAD])).toContain('共)部分公开(区分处理的,只计这一情形,不计其他情形) | 9 | 0 | ? | ? ? | 0 | 0 | 9');
  });

  it('places no lost cell where fewer than three full rows tell the columns', () => {
    // One full row above the short one: where its lost cell stood is not known.
    const text = lines([PAGE5.filter((r) => r[2][1] < 0.14)]);
    expect(text).toContain('1. 信访举报投诉类申请 | 56 | 6 | 0 | 0 | 0 | 62');
  });
});

// tableRows on lines built here: a table of a label column and four value columns (centres at
// x = 0.5, 0.6, 0.7, 0.8), text 0.01 high, rows 0.03 apart; its cells in the band of `band`.
const H = 0.01;
const COLUMN_X = [0.5, 0.6, 0.7, 0.8];

interface Spec {
  conf?: number;
  glyphs?: number;
  height?: number;
  cell?: number;
  x?: number;
}

/** A value item in column k of the row at y (its centre x shifted by `x`). */
const value = (text: string, k: number, y: number, band = 9, spec: Spec = {}): OcrItem => {
  const cx = COLUMN_X[k]! + (spec.x ?? 0);
  const w = 0.003 * text.length;
  return {
    page: 1,
    box: [cx - w, y, cx + w, y + (spec.height ?? H)],
    text,
    conf: [...text].map(() => spec.conf ?? 0.99),
    cell: spec.cell ?? band * 1000 + 2 + k,
    glyphs: spec.glyphs ?? text.length,
  };
};
/** A label item in the label column at y. */
const label = (text: string, y: number, band = 9, spec: Spec = {}): OcrItem => ({
  page: 1,
  box: [0.2 + (spec.x ?? 0), y, 0.2 + (spec.x ?? 0) + 0.012 * text.length, y + H],
  text,
  conf: [...text].map(() => spec.conf ?? 0.99),
  cell: spec.cell ?? band * 1000 + 1,
});
/** A row's line: its label (or none) and its values by column (null: nothing read there). */
const line = (y: number, name: string | null, values: (string | null)[], band = 9): OcrItem[] => [
  ...(name === null ? [] : [label(name, y, band)]),
  ...values.flatMap((v, k) => (v === null ? [] : [value(v, k, y, band)])),
];
/** Each row as text: its items' texts, a lost cell as `?`. */
const shown = ({ rows, lost }: TableRows) => rows.map((r) => r.map((it) => (lost.has(it) ? '?' : it.text)).join(' '));

/** Three full rows, then the lines given. */
const FULL = [
  line(0.1, '1.甲', ['1', '2', '3', '6']),
  line(0.13, '2.乙', ['4', '5', '6', '15']),
  line(0.16, '3.丙', ['7', '8', '9', '24 ']), // read with a space after it
];

describe('tableRows', () => {
  it('places a lost cell once three full rows tell the columns: a ? box of the narrowest value’s width at the column’s centre', () => {
    // the full rows' numbers stand a little apart: a column's centre is the median of theirs
    const jittered = FULL.map((l, r) =>
      l.map((it) => ({
        ...it,
        box: it.box.map((v, i) => (i % 2 === 0 && it.cell > 9001 ? v + [0.004, -0.004, 0][r]! : v)) as OcrItem['box'],
      })),
    );
    const out = tableRows([...jittered, line(0.19, '4.丁', ['10', null, '2', '12'])], H);
    expect(shown(out).at(-1)).toBe('4.丁 10 ? 2 12');
    const [q] = [...out.lost];
    expect(q).toEqual({ page: 1, box: [0.6 - 0.003, 0.19, 0.6 + 0.003, 0.19 + H], text: '?', conf: [], cell: -1 });
    // two full rows do not tell them
    expect(shown(tableRows([...FULL.slice(1), line(0.19, '4.丁', ['10', null, '2', '12'])], H)).at(-1)).toBe('4.丁 10 2 12');
    // cells lost apart from each other keep their places
    expect(shown(tableRows([...FULL, line(0.19, '4.丁', [null, '5', null, '7'])], H)).at(-1)).toBe('4.丁 ? 5 ? 7');
  });

  it('takes the columns from the count of numbers most lines print, the larger on a tie', () => {
    // three lines of four numbers, three of three (a short row each, its last column's numbers apart)
    const short = [0.19, 0.22, 0.25].map((y, i) => line(y, `${i + 4}.丁`, [String(i), '1', null, '9']));
    expect(shown(tableRows([...FULL, ...short], H)).slice(3)).toEqual(['4.丁 0 1 ? 9', '5.丁 1 1 ? 9', '6.丁 2 1 ? 9']);
    // one line of five (a number read in two pieces) does not outweigh three of four
    const pieces = [...line(0.19, '4.丁', ['1', '2', '3', '1']), value('5', 3, 0.19, 9, { x: 0.01 })];
    expect(shown(tableRows([...FULL, pieces, line(0.22, '5.戊', ['1', null, '2', '3'])], H)).at(-1)).toBe('5.戊 1 ? 2 3');
  });

  it('places no lost cell where a value stands between columns, all columns hold one, or fewer than half do', () => {
    const between = [label('4.丁', 0.19), value('10', 0, 0.19), value('2', 1, 0.19, 9, { x: 0.05 }), value('12', 3, 0.19)];
    const rows = [between, line(0.22, '5.戊', ['1', null, null, null]), line(0.25, '6.己', ['1', null, null, '1'])];
    expect(shown(tableRows([...FULL, ...rows], H)).slice(3)).toEqual(['4.丁 10 2 12', '5.戊 1', '6.己 1 ? ? 1']);
  });

  it('counts no fragment, no digits where the box holds no ink, as a number of the row', () => {
    // beside two full rows, a row of fragments or of inkless digits is no third: the columns stay unknown
    const specks = (spec: Spec) => [label('3.丙', 0.16), ...['1', '2', '3', '6'].map((t, k) => value(t, k, 0.16, 9, spec))];
    const short = line(0.22, '5.戊', ['1', null, '2', '3']);
    expect(shown(tableRows([...FULL.slice(0, 2), specks({ height: H / 4 }), short], H)).at(-1)).toBe('5.戊 1 2 3');
    expect(shown(tableRows([...FULL.slice(0, 2), specks({ glyphs: 0 }), short], H)).at(-1)).toBe('5.戊 1 2 3');
    expect(shown(tableRows([...FULL.slice(0, 2), specks({}), short], H)).at(-1)).toBe('5.戊 1 ? 2 3');
  });

  it('knows the columns of a table of two value columns', () => {
    const two = [0.1, 0.13, 0.16].map((y, i) => line(y, `${i + 1}.甲`, ['1', '1']));
    expect(shown(tableRows([...two, line(0.19, '4.丁', [null, '1'])], H)).at(-1)).toBe('4.丁 ? 1');
  });

  it('places no lost cell in a table drawn without rules (its items in no cell)', () => {
    const ruleless = [...FULL, line(0.19, '4.丁', ['10', null, '2', '12'])].map((l) => l.map((it) => ({ ...it, cell: -1 })));
    expect(shown(tableRows(ruleless, H)).at(-1)).toBe('4.丁 10 2 12');
  });

  it('tells a row label from its group label further right: both left of the value columns', () => {
    const grouped = [
      label('(四)', 0.19),
      label('1.本机关', 0.19, 9, { x: 0.17, cell: 9002 }),
      ...line(0.19, null, ['10', null, '2', '12']),
    ];
    expect(shown(tableRows([...FULL, grouped], H)).at(-1)).toBe('(四) 1.本机关 10 ? 2 12');
  });

  it('keeps the tables of a page apart by their bands, rules measured a pixel or two apart one table', () => {
    // table one: rows in bands 12 and 9 (one table: 3 apart at most); table two (band 20) has its columns elsewhere
    const one = [
      line(0.1, '1.甲', ['1', '2', '3', '6'], 12),
      line(0.13, '2.乙', ['4', '5', '6', '15'], 9),
      line(0.16, '3.丙', ['7', '8', '9', '24'], 12),
    ];
    const short = line(0.19, '4.丁', ['10', null, '2', '12'], 9);
    const two = [0.4, 0.43].map((y) => [label('一', y, 20), value('5', 0, y, 20, { x: 0.02 }), value('5', 2, y, 20, { x: 0.02 })]);
    const out = tableRows([...one, short, ...two, [{ ...label('正文一段', 0.5), cell: -1 }]], H);
    expect(shown(out)).toEqual(['1.甲 1 2 3 6', '2.乙 4 5 6 15', '3.丙 7 8 9 24', '4.丁 10 ? 2 12', '一 5 5', '一 5 5', '正文一段']);
  });

  it('joins a label line to the row of numbers within reach below it, and leaves one farther off alone', () => {
    const near = [label('4.要求提供', 0.185), ...line(0.2, null, ['1', '0', '0', '1'])];
    const out = tableRows([...FULL, [near[0]!], near.slice(1)], H);
    expect(shown(out).at(-1)).toBe('4.要求提供 1 0 0 1');
    expect(out.wrapped.size).toBe(0);
    // 3 text heights above: too far to be that row's
    const far = tableRows([...FULL, [label('4.要求提供', 0.17 + 0.0001)], line(0.2, null, ['1', '0', '0', '1'])], H);
    expect(shown(far).slice(-2)).toEqual(['4.要求提供', '1 0 0 1']);
  });

  it('continues a label across its lines in order, each of a cell’s lines after the one above it', () => {
    const rows = [[label('4.要求行政机关', 0.185)], line(0.2, null, ['1', '0', '0', '1']), [label('确认', 0.215)]];
    const out = tableRows([...FULL, ...rows], H);
    expect(shown(out).at(-1)).toBe('4.要求行政机关 确认 1 0 0 1');
    expect([...out.wrapped].map((it) => it.text)).toEqual(['确认']);
  });

  it('leaves out of a labelled row an unsure mark in a column holding its number, keeps a sure word, a placeholder and a ?', () => {
    const marks = (text: string, conf: number) =>
      [...line(0.19, '4.丁', ['1', '0', '0', '1']), value(text, 1, 0.19, 9, { conf, x: 0.004 })].sort((a, b) => a.box[0] - b.box[0]); // a line's items left to right, as textLines gives them
    expect(shown(tableRows([...FULL, marks('T', 0.3)], H)).at(-1)).toBe('4.丁 1 0 0 1');
    expect(shown(tableRows([...FULL, marks('TT', 0.3)], H)).at(-1)).toBe('4.丁 1 0 0 1');
    expect(shown(tableRows([...FULL, marks('T', 0.9)], H)).at(-1)).toBe('4.丁 1 0 T 0 1');
    expect(shown(tableRows([...FULL, marks('T', 0.8)], H)).at(-1)).toBe('4.丁 1 0 T 0 1');
    expect(shown(tableRows([...FULL, marks('—', 0.3)], H)).at(-1)).toBe('4.丁 1 0 — 0 1');
    expect(shown(tableRows([...FULL, marks('?', 0.3)], H)).at(-1)).toBe('4.丁 1 0 ? 0 1');
    expect(shown(tableRows([...FULL, marks('TTT', 0.3)], H)).at(-1)).toBe('4.丁 1 TTT 0 0 1');
  });

  it('lays out a row that lost a mark and a cell, its count unchanged, without the mark and with the ?', () => {
    // 丁's third value lost, an unsure mark beside its 0: one item out, one in
    const row = [...line(0.19, '4.丁', ['1', '0', null, '1']), value('T', 1, 0.19, 9, { conf: 0.3, x: 0.004 })].sort(
      (a, b) => a.box[0] - b.box[0],
    );
    expect(shown(tableRows([...FULL, row], H)).at(-1)).toBe('4.丁 1 0 ? 1');
  });

  it('joins a label’s second line to the row above, whose label it continues, though nearer the row below', () => {
    // under 1.甲 (the table's first row), nearer 2.乙, whose own label begins a label
    const out = tableRows([FULL[0]!, [label('续行', 0.122)], ...FULL.slice(1)], H);
    expect(shown(out).slice(0, 2)).toEqual(['1.甲 续行 1 2 3 6', '2.乙 4 5 6 15']);
    expect([...out.wrapped].map((it) => it.text)).toEqual(['续行']);
  });

  it('leaves out of a labelled row an unsure mark between columns; keeps one alone in its column, the first too', () => {
    const between = [...line(0.19, '4.丁', ['1', '0', '0', '1']), value('T', 1, 0.19, 9, { conf: 0.3, x: 0.05 })].sort(
      (a, b) => a.box[0] - b.box[0],
    );
    expect(shown(tableRows([...FULL, between], H)).at(-1)).toBe('4.丁 1 0 0 1');
    const alone = [...line(0.19, '4.丁', [null, '0', '0', '1']), value('o', 0, 0.19, 9, { conf: 0.5 })].sort((a, b) => a.box[0] - b.box[0]);
    expect(shown(tableRows([...FULL, alone], H)).at(-1)).toBe('4.丁 o 0 0 1');
  });

  it('takes the columns from the full rows though a short row comes first', () => {
    expect(shown(tableRows([line(0.07, '0.子', ['10', null, '2', '12']), ...FULL], H))[0]).toBe('0.子 10 ? 2 12');
  });

  it('leaves alone a line of one word or of words read unsurely (a seal’s trace), and a label line no row fits', () => {
    const single = tableRows([...FULL.slice(0, 2), [label('政', 0.145)], FULL[2]!], H);
    expect(shown(single)[2]).toBe('政');
    const unsure = tableRows([...FULL.slice(0, 2), [label('政府', 0.145, 9, { conf: 0.5 })], FULL[2]!], H);
    expect(shown(unsure)[2]).toBe('政府');
    // 4.要求 begins a label, under a row with its own; below it a line of words in the value columns
    const words = [label('合计', 0.22), value('共计', 1, 0.22)];
    expect(shown(tableRows([...FULL, [label('4.要求', 0.185)], words], H)).slice(3)).toEqual(['4.要求', '合计 共计']);
  });

  it('joins a label line above the table’s first row to it', () => {
    const out = tableRows(
      [
        [label('1.要求提供', 0.085)],
        line(0.1, null, ['1', '2', '3', '6']),
        ...FULL.slice(1),
        FULL[0]!.map((it) => ({ ...it, box: [it.box[0], 0.19, it.box[2], 0.2] as OcrItem['box'] })),
      ],
      H,
    );
    expect(shown(out)[0]).toBe('1.要求提供 1 2 3 6');
  });
});
