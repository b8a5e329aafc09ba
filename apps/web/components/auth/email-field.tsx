import type { ComponentProps } from 'react';
import { TextField } from '@/components/ui/text-field';

/**
 * The required `email` input of the account forms: an email keyboard, no spell check, and
 * `autoComplete="username"` so password managers pair it with the password (override where a form
 * asks for the address alone).
 */
export function EmailField(
  props: Omit<ComponentProps<typeof TextField>, 'name' | 'type' | 'inputMode' | 'spellCheck' | 'required'>,
) {
  return (
    <TextField
      name="email"
      type="email"
      autoComplete="username"
      inputMode="email"
      spellCheck={false}
      required
      {...props}
    />
  );
}
