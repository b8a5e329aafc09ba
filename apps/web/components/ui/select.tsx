import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';
import { fieldClassName } from './input';

export type SelectOption = { value: string; label: string };

/**
 * A styled native <select>: it works inside GET forms without JavaScript, is fully accessible and
 * uses the platform picker on phones.
 */
export function Select({
  className,
  options,
  placeholder,
  ...props
}: Omit<ComponentProps<'select'>, 'children'> & { options: readonly SelectOption[]; placeholder?: string }) {
  return (
    <div className="relative">
      <select
        className={cn(fieldClassName, 'h-10 cursor-pointer appearance-none pr-9', className)}
        {...props}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        fill="currentColor"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-ink-500"
      >
        <path
          fillRule="evenodd"
          d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06Z"
          clipRule="evenodd"
        />
      </svg>
    </div>
  );
}
