import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';

/** The frame of the account pages: a title, an optional lead, the form, and links underneath. */
export function AuthCard({
  title,
  description,
  children,
  footer,
}: {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="mx-auto w-full max-w-md">
      <Card className="p-6 sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight text-ink-950">{title}</h1>
        {description ? <div className="mt-2 text-sm text-ink-600">{description}</div> : null}
        <div className="mt-6">{children}</div>
      </Card>
      {footer ? <div className="mt-6 text-center text-sm text-ink-600">{footer}</div> : null}
    </div>
  );
}

/** A link inside account-page copy. */
export const authLinkClassName = 'font-semibold text-brand-700 hover:text-brand-800 hover:underline';
