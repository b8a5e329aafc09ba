import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';
import { fieldClassName } from './input';

export function Textarea({ className, rows, ...props }: ComponentProps<'textarea'>) {
  return (
    <textarea
      rows={rows ?? 4}
      className={cn(fieldClassName, 'min-h-20 py-2 leading-6', className)}
      {...props}
    />
  );
}
