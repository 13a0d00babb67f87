// Ruling lines found and erased on a drawn page: a table whose vertical rule a seal broke (its piece
// below the break shorter than a rule, as the red seal over hongze_district_2024's table 4 left it when
// the scan's JPEG was decoded natively: the piece was read as `1` and the row read one place off), and
// a digit `1` standing where a rule would run in a spanning header cell.
import { describe, expect, it } from 'vitest';
import type { Gray } from './image';
import { removeRules } from './rules';

const WIDTH = 1200;
const HEIGHT = 600;

/** Paper and ink each a little uneven (as scanned: Otsu's threshold falls between them). */
function page(draw: (ink: (x0: number, y0: number, x1: number, y1: number) => void) => void): Gray {
  const data = Uint8Array.from({ length: WIDTH * HEIGHT }, (_, i) => 230 + (i % 7) * 3);
  draw((x0, y0, x1, y1) => {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * WIDTH + x] = 20 + ((x + y) % 5) * 8;
  });
  return { width: WIDTH, height: HEIGHT, data };
}

/** Rows 100–400 (three, the first a header spanning the middle columns), columns between x 100 … 900. */
function table(ink: (x0: number, y0: number, x1: number, y1: number) => void, { brokenAt }: { brokenAt?: [number, number] } = {}) {
  for (const y of [100, 200, 300, 400]) ink(100, y, 902, y + 2);
  for (const x of [100, 500, 900]) {
    if (x === 500 && brokenAt) {
      ink(x, 100, x + 2, brokenAt[0]);
      ink(x, brokenAt[1], x + 2, 402);
    } else ink(x, 100, x + 2, 402);
  }
  // Columns that begin below the header row (which spans them).
  for (const x of [300, 700]) ink(x, 200, x + 2, 402);
}

const inkAt = (img: Gray, x: number, y0: number, y1: number) => {
  let n = 0;
  for (let y = y0; y < y1; y++) if (img.data[y * img.width + x]! < 128) n++;
  return n;
};

describe('ruling lines', () => {
  it('erases the piece of a rule a seal broke, shorter than a rule, and runs the rule over the break', () => {
    // minLen is 6% of the width (72 px): the piece below the break (336–402) is shorter.
    const { image, rules } = removeRules(page((ink) => table(ink, { brokenAt: [330, 336] })));
    expect(inkAt(image, 500, 336, 402) + inkAt(image, 501, 336, 402)).toBe(0);
    const broken = rules.vertical.filter((r) => Math.abs(r.x - 500.5) <= 2);
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ top: 100, bottom: 402 });
    // Every rule found once.
    expect(rules.vertical.map((r) => Math.round(r.x))).toEqual([101, 301, 501, 701, 901]);
  });

  it('erases a piece between two breaks, however short (no text stands on a rule between its ends)', () => {
    const { image, rules } = removeRules(
      page((ink) => {
        table(ink, { brokenAt: [250, 336] });
        ink(500, 280, 502, 300);
      }),
    );
    expect(inkAt(image, 500, 250, 336) + inkAt(image, 501, 250, 336)).toBe(0);
    expect(rules.vertical.find((r) => Math.abs(r.x - 500.5) <= 2)).toMatchObject({ top: 100, bottom: 402 });
  });

  it('keeps a digit 1 standing in line with a rule in a header cell that spans it (shorter than half a rule)', () => {
    const { image, rules } = removeRules(
      page((ink) => {
        table(ink);
        ink(300, 135, 302, 168);
      }),
    );
    expect(inkAt(image, 300, 135, 168)).toBeGreaterThan(20);
    expect(rules.vertical.find((r) => Math.abs(r.x - 300.5) <= 2)).toMatchObject({ top: 200, bottom: 402 });
  });

  it('leaves a rule that ends where its table ends as it is (no piece beyond it joined from outside the table)', () => {
    const { rules } = removeRules(
      page((ink) => {
        table(ink);
        // A stroke in line with a rule below the table: text after it, not the rule.
        ink(500, 430, 502, 480);
      }),
    );
    expect(rules.vertical.find((r) => Math.abs(r.x - 500.5) <= 2)).toMatchObject({ top: 100, bottom: 402 });
  });
});
