'use server';

import {
  ZCreateLearningPlanSchema,
  ZCreatePlanItemSchema,
  ZUpdateLearningPlanSchema,
  ZUpdatePlanItemSchema,
  ZUuid,
} from '@ladder/domain';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ApiError } from '@/lib/api/client';
import {
  addPlanItem,
  createPlan,
  deletePlanItem,
  listPlans,
  updatePlan,
  updatePlanItem,
} from '@/lib/api/learning-plans';
import { callWithSession } from '@/lib/api/server-session';
import {
  apiFormErrors,
  formError,
  formString,
  NO_ERRORS,
  type TFormErrors,
  zodFormErrors,
} from '@/lib/forms';
import type { TPlanFormState } from '@/lib/plans/plan-form';
import { planForPair } from '@/lib/plans/plan-view';

/*
 * The learning plan's forms (`useActionState`; they work without JavaScript too). The API decides
 * who may do what; these turn form fields into its bodies, its problems into sentences, and
 * re-render the plan page after a change.
 */

const CODES: Record<string, string> = {
  no_confirmed_session: 'A learning plan starts once you have a confirmed session together.',
  too_many_items: 'This plan already has 50 milestones. Tick off, merge or delete some first.',
};

function messageFor(error: ApiError, fields: readonly string[]): TFormErrors {
  if (error.status === 401) return formError('Your session has ended. Please sign in again.');
  if (error.status === 404) return formError('We couldn’t find this plan. It may have been removed.');
  const known = CODES[error.code];
  if (known) return formError(known);
  return apiFormErrors(error, fields);
}

const planHref = (id: string) => `/dashboard/plans/${encodeURIComponent(id)}`;
const notFound = (values: Record<string, string>, saved: number): TPlanFormState => ({
  errors: formError('We couldn’t find this plan. It may have been removed.'),
  values,
  saved,
});

/**
 * Starts the pair's plan from one of their bookings and opens it. If the pair already has one
 * (409 `plan_exists`, e.g. the other person just started it), that plan is opened instead.
 */
export async function startPlanAction(
  pair: { bookingId: string; menteeId: string; mentorId: string },
  previous: TPlanFormState,
  formData: FormData,
): Promise<TPlanFormState> {
  const values = { goal: formString(formData, 'goal') };
  const parsed = ZCreateLearningPlanSchema.safeParse({ bookingId: pair.bookingId, ...values });
  if (!parsed.success)
    return { errors: zodFormErrors(parsed.error, ['goal']), values, saved: previous.saved };
  const result = await callWithSession((headers) => createPlan(parsed.data, { headers }));
  let planId = result.ok ? result.data.id : null;
  if (!result.ok && result.error.code === 'plan_exists') {
    const mine = await callWithSession((headers) => listPlans({ headers }));
    planId = mine.ok ? (planForPair(mine.data.items, pair)?.id ?? null) : null;
  }
  if (!planId) {
    const errors = result.ok ? formError('Please reload the page.') : messageFor(result.error, ['goal']);
    return { errors, values, saved: previous.saved };
  }
  redirect(planHref(planId));
}

/** Changes the plan's goal. */
export async function updateGoalAction(
  planId: string,
  previous: TPlanFormState,
  formData: FormData,
): Promise<TPlanFormState> {
  const values = { goal: formString(formData, 'goal') };
  if (!ZUuid.safeParse(planId).success) return notFound(values, previous.saved);
  const parsed = ZUpdateLearningPlanSchema.safeParse(values);
  if (!parsed.success)
    return { errors: zodFormErrors(parsed.error, ['goal']), values, saved: previous.saved };
  const result = await callWithSession((headers) => updatePlan(planId, parsed.data, { headers }));
  if (!result.ok) return { errors: messageFor(result.error, ['goal']), values, saved: previous.saved };
  revalidatePath(planHref(planId));
  return { errors: NO_ERRORS, values: {}, saved: previous.saved + 1 };
}

const ITEM_FIELDS = ['title', 'dueOn', 'notes'] as const;

function itemValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(ITEM_FIELDS.map((f) => [f, formString(formData, f)]));
}

/** Adds a milestone (`title`, `dueOn`, `notes`). */
export async function addItemAction(
  planId: string,
  previous: TPlanFormState,
  formData: FormData,
): Promise<TPlanFormState> {
  const values = itemValues(formData);
  if (!ZUuid.safeParse(planId).success) return notFound(values, previous.saved);
  const parsed = ZCreatePlanItemSchema.safeParse({
    title: values.title,
    dueOn: values.dueOn,
    ...(values.notes ? { notes: values.notes } : {}),
  });
  if (!parsed.success)
    return { errors: zodFormErrors(parsed.error, ITEM_FIELDS), values, saved: previous.saved };
  const result = await callWithSession((headers) => addPlanItem(planId, parsed.data, { headers }));
  if (!result.ok) return { errors: messageFor(result.error, ITEM_FIELDS), values, saved: previous.saved };
  revalidatePath(planHref(planId));
  return { errors: NO_ERRORS, values: {}, saved: previous.saved + 1 };
}

/** Edits a milestone's title, due date and notes. */
export async function editItemAction(
  ids: { planId: string; itemId: string },
  previous: TPlanFormState,
  formData: FormData,
): Promise<TPlanFormState> {
  const values = itemValues(formData);
  if (!ZUuid.safeParse(ids.planId).success || !ZUuid.safeParse(ids.itemId).success) {
    return notFound(values, previous.saved);
  }
  const parsed = ZUpdatePlanItemSchema.safeParse(values);
  if (!parsed.success)
    return { errors: zodFormErrors(parsed.error, ITEM_FIELDS), values, saved: previous.saved };
  const result = await callWithSession((headers) =>
    updatePlanItem(ids.planId, ids.itemId, parsed.data, { headers }),
  );
  if (!result.ok) return { errors: messageFor(result.error, ITEM_FIELDS), values, saved: previous.saved };
  revalidatePath(planHref(ids.planId));
  return { errors: NO_ERRORS, values: {}, saved: previous.saved + 1 };
}

/** Ticks (`done=true`) or unticks a milestone. */
export async function setItemDoneAction(
  ids: { planId: string; itemId: string },
  previous: TPlanFormState,
  formData: FormData,
): Promise<TPlanFormState> {
  if (!ZUuid.safeParse(ids.planId).success || !ZUuid.safeParse(ids.itemId).success) {
    return notFound({}, previous.saved);
  }
  const done = formString(formData, 'done') === 'true';
  const result = await callWithSession((headers) =>
    updatePlanItem(ids.planId, ids.itemId, { done }, { headers }),
  );
  if (!result.ok) return { errors: messageFor(result.error, []), values: {}, saved: previous.saved };
  revalidatePath(planHref(ids.planId));
  return { errors: NO_ERRORS, values: {}, saved: previous.saved + 1 };
}

/** Deletes a milestone. */
export async function deleteItemAction(
  ids: { planId: string; itemId: string },
  previous: TPlanFormState,
  _formData: FormData,
): Promise<TPlanFormState> {
  if (!ZUuid.safeParse(ids.planId).success || !ZUuid.safeParse(ids.itemId).success) {
    return notFound({}, previous.saved);
  }
  const result = await callWithSession((headers) => deletePlanItem(ids.planId, ids.itemId, { headers }));
  if (!result.ok) return { errors: messageFor(result.error, []), values: {}, saved: previous.saved };
  revalidatePath(planHref(ids.planId));
  return { errors: NO_ERRORS, values: {}, saved: previous.saved + 1 };
}
