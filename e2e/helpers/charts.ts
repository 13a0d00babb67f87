// Reading what a chart shows: the values printed at the bars' ends (recharts draws in the browser,
// so wait for them) and the labels beside them.
import { expect, type Locator, type Page } from '@playwright/test';

/** The chart's printed values in drawing order ("3,517", "835"...); missing ones as "missing". */
export async function barValues(chart: Locator): Promise<string[]> {
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  await expect(chart.locator('text[data-value]').first()).toBeVisible();
  return chart.locator('text[data-value]').evaluateAll((nodes) =>
    nodes
      .map((n) => ({
        y: Number(n.getAttribute('y')),
        text: n.getAttribute('data-value') === 'missing' ? 'missing' : (n.textContent ?? ''),
      }))
      .sort((a, b) => a.y - b.y)
      .map((n) => n.text),
  );
}

/** The category labels of a bar chart, top to bottom. */
export async function barLabels(chart: Locator): Promise<string[]> {
  await expect(chart.locator('text[data-label]').first()).toBeVisible();
  return chart.locator('text[data-label]').evaluateAll((nodes) =>
    nodes
      .map((n) => ({ y: Number(n.getAttribute('y')), text: n.textContent ?? '' }))
      .sort((a, b) => a.y - b.y)
      .map((n) => n.text),
  );
}

export function compareChart(page: Page): Locator {
  return page.getByTestId('compare-chart');
}
