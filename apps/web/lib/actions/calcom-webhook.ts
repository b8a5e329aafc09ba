'use server';

import type { TMyCalcomWebhook } from '@ladder/domain';
import { deleteMyCalcomWebhook, rotateMyCalcomWebhook } from '@/lib/api/calcom-webhook';
import { actionWithSession } from '@/lib/api/server-session';
import type { TActionResult } from '@/lib/mentor/action-result';

/** Sets the mentor's own Cal.com webhook up, or gives it a new secret. */
export async function rotateCalcomWebhook(): Promise<TActionResult<TMyCalcomWebhook>> {
  return actionWithSession((headers) => rotateMyCalcomWebhook({ headers }));
}

/** Disconnects it: Cal.com's deliveries to its URL are refused from then on. */
export async function disconnectCalcomWebhook(): Promise<TActionResult<null>> {
  return actionWithSession(async (headers) => {
    await deleteMyCalcomWebhook({ headers });
    return null;
  });
}
