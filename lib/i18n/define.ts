// The dictionary pattern: each area of the UI keeps its own messages file under
// lib/i18n/messages/<area>.ts, written as
//
//   export const homeMessages = defineMessages(
//     { title: '首页', reports: (n: number) => `${n} 份报告` },
//     { title: 'Home', reports: (n) => `${n} reports` },
//   );
//
// and a component picks its language with `const m = homeMessages[lang]`. The English half must
// have exactly the shape of the Chinese half (TypeScript checks it), so no string is forgotten.

import type { Lang } from './lang';

export type Messages<T> = Readonly<Record<Lang, T>>;

export function defineMessages<T>(zh: T, en: NoInfer<T>): Messages<T> {
  return { zh, en };
}
