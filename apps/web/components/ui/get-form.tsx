'use client';

import { useRouter } from 'next/navigation';
import type { ComponentProps, SubmitEvent } from 'react';

/**
 * A GET form whose filters live in the URL. Without JavaScript it is a plain form submission;
 * with it, the browser navigates client-side to a tidy URL that leaves out empty fields
 * (`/mentors?maxPrice=150`, not `/mentors?q=&language=&maxPrice=150`).
 */
export function GetForm({
  action,
  onSubmit,
  ...props
}: Omit<ComponentProps<'form'>, 'action' | 'method'> & { action: string }) {
  const router = useRouter();

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    onSubmit?.(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(key, value.trim());
    }
    const qs = params.toString();
    router.push(qs ? `${action}?${qs}` : action);
  }

  return <form action={action} method="get" onSubmit={handleSubmit} {...props} />;
}
