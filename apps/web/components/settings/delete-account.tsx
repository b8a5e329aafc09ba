'use client';

import { ACCOUNT_DELETE_PHRASE } from '@ladder/domain';
import { useActionState, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { INITIAL_SETTINGS_FORM } from '@/lib/account/settings-form';
import { deleteAccountAction } from '@/lib/actions/account-settings';

/** What deletion does, in the words of docs/adr/0006-account-deletion.md. */
export const DELETION_CONSEQUENCES = [
  'You are signed out everywhere and cannot sign in to this account again. There is no undo.',
  'Your upcoming sessions are cancelled. As a mentee you get the refund the cancellation policy gives; as a mentor your mentees are refunded in full. Everyone affected is emailed.',
  'Your mentor profile, articles, private notes, learning plans and your conversations as a mentee are deleted, and your newsletter subscription ends.',
  'Reviews you wrote, notes you shared and messages you sent as a mentor stay for the other person, shown as “Former member”.',
  'Payment records are kept without your name, because accounting law requires it.',
  'Your email address is free again: you can sign up with it later as a new member.',
] as const;

/** The danger zone: a button opening a dialog that explains what happens and asks to confirm. */
export function DeleteAccount({ hasPassword }: { hasPassword: boolean }) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(deleteAccountAction, INITIAL_SETTINGS_FORM);
  const id = useId();
  const ids = { password: `${id}-password`, confirmation: `${id}-confirmation` };

  return (
    <Dialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button variant="danger">Delete my account</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Delete your account for good?</DialogTitle>
        <DialogDescription asChild>
          <div className="mt-2 text-sm text-ink-700">
            <p>This is what happens:</p>
            <ul className="mt-2 list-disc space-y-1.5 pl-5">
              {DELETION_CONSEQUENCES.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className="mt-3">
              Want a copy of your data first? Use “Download my data” before you continue.
            </p>
          </div>
        </DialogDescription>
        <form action={formAction} className="mt-5 flex flex-col gap-4" noValidate>
          <ErrorSummary
            errors={state.errors}
            fieldIds={ids}
            labels={{ password: 'Password', confirmation: 'Confirmation' }}
          />
          <input type="hidden" name="method" value={hasPassword ? 'password' : 'phrase'} />
          {hasPassword ? (
            <TextField
              id={ids.password}
              name="password"
              type="password"
              label="Your password"
              hint="To confirm it is you."
              autoComplete="current-password"
              required
              error={state.errors.fields.password}
            />
          ) : (
            <TextField
              id={ids.confirmation}
              name="confirmation"
              label={`Type “${ACCOUNT_DELETE_PHRASE}” to confirm`}
              autoComplete="off"
              required
              defaultValue={state.values.confirmation}
              error={state.errors.fields.confirmation}
            />
          )}
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
            <DialogClose asChild>
              <Button variant="ghost" disabled={pending}>
                Keep my account
              </Button>
            </DialogClose>
            <SubmitButton variant="danger" pending={pending} pendingLabel="Deleting…">
              Delete my account
            </SubmitButton>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
