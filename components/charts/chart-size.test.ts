import { describe, expect, it } from 'vitest';
import { barChartHeight, EXPORT_LABEL_MAX, exportLabels, fitLabel, LABEL_WIDTH, labelLines } from './chart-size';

describe('fitLabel', () => {
  it('keeps a label that fits whole', () => {
    expect(fitLabel('阜阳市', 13)).toBe('阜阳市');
    expect(fitLabel('Fuyang, Anhui 阜阳市', 13)).toBe('Fuyang, Anhui 阜阳市');
  });

  it('cuts a label that does not fit, with an ellipsis, keeping its start', () => {
    const long = 'Ulanqab · 乌兰察布市人民政府办公室政务公开科';
    const cut = fitLabel(long, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.length).toBeLessThan(long.length);
  });

  it('counts CJK characters wider than Latin ones', () => {
    expect(fitLabel('a'.repeat(24), 13)).toBe('a'.repeat(24));
    expect(fitLabel('县'.repeat(24), 13)).not.toBe('县'.repeat(24));
  });
});

describe('exportLabels', () => {
  it('gives a download room for its longest label, whole, where the page cuts it', () => {
    const office = 'Ulanqab · 乌兰察布市政府办公室';
    expect(fitLabel(office, 13)).not.toBe(office);
    const room = exportLabels(['Ningbo 宁波市 †', office]);
    expect(room.lines).toBe(1);
    expect(labelLines(office, room.width)).toEqual([office]);
    // Short labels keep the page's column.
    expect(exportLabels(['阜阳市', '宁波市']).width).toBe(LABEL_WIDTH);
  });

  it('wraps a label longer than the widest column onto lines that put together make it whole', () => {
    const zone = 'Xuzhou Economic and Technological Development Zone · 徐州经济技术开发区管理委员会办公室';
    const room = exportLabels(['Ningbo 宁波市', zone]);
    expect(room.width).toBe(EXPORT_LABEL_MAX);
    const lines = labelLines(zone, room.width);
    expect(room.lines).toBe(lines.length);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ').replace(/\s/g, '')).toBe(zone.replace(/\s/g, ''));
    expect(lines.every((l) => !l.endsWith('…'))).toBe(true);
    // Rows grow to hold their lines; one line keeps the page's row.
    expect(barChartHeight(3, lines.length)).toBeGreaterThan(barChartHeight(3));
    expect(barChartHeight(3, 1)).toBe(barChartHeight(3));
  });
});
