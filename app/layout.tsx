import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: '政府信息公开年报数据', template: '%s · 政府信息公开年报数据' },
  description: '政府信息公开工作年度报告的核验数据与比较 · Verified data from government information-disclosure annual reports',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-white text-slate-900 antialiased">{children}</body>
    </html>
  );
}
