// The /ingest page as an officer uses it, shared by the upload and scan specs.
import { expect, type Page } from '@playwright/test';

/** Signs in on `${baseURL}/ingest` with the upload token. */
export async function signIn(page: Page, baseURL: string, token: string) {
  await page.goto(`${baseURL}/ingest`);
  await page.getByLabel('上传口令').fill(token);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('已登录')).toBeVisible();
}

/** The upload card of one file. */
export function uploadItem(page: Page, fileName: string) {
  return page.getByTestId('upload-item').filter({ has: page.getByRole('heading', { name: fileName }) });
}
