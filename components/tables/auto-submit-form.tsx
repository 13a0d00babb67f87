// A GET form that submits itself when a control changes (the Apply button stays for keyboards and
// for browsers without JavaScript).
'use client';

import type { ReactNode } from 'react';

export function AutoSubmitForm({
  action,
  label,
  className,
  children,
}: {
  action: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      action={action}
      aria-label={label}
      className={className}
      onChange={(e) => {
        const target = e.target as unknown as HTMLInputElement;
        // column checkboxes wait for Apply: several are usually changed at once
        if (target.name !== 'cols') e.currentTarget.requestSubmit();
      }}
    >
      {children}
    </form>
  );
}
