import { type ClassValue, clsx } from 'clsx';
import { extendTailwindMerge } from 'tailwind-merge';

/** tailwind-merge taught the custom tokens of app/globals.css, so `cn('max-w-page', 'max-w-prose')` resolves. */
const twMerge = extendTailwindMerge({
  extend: {
    theme: {
      text: ['display'],
      radius: ['card', 'pill'],
      shadow: ['card', 'raised'],
      container: ['page', 'prose'],
      spacing: ['gutter', 'section'],
    },
  },
});

/** Joins class names and lets later Tailwind utilities win over earlier conflicting ones. */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
