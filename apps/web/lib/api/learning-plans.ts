import type {
  TCreateLearningPlan,
  TCreatePlanItem,
  TLearningPlan,
  TLearningPlanSummary,
  TPlanItem,
  TUpdateLearningPlan,
  TUpdatePlanItem,
} from '@ladder/domain';
import { apiFetch, type TApiRequestInit } from './client';

/*
 * The mentee's 90-day learning plan with a mentor (GET/POST /learning-plans …). Calls made on
 * someone's behalf from the server pass `sessionHeaders()` in `init.headers`.
 */
type TInit = Pick<TApiRequestInit, 'headers' | 'signal'>;

const NO_STORE = { cache: 'no-store' } as const;
const planPath = (id: string) => `/learning-plans/${encodeURIComponent(id)}`;
const itemPath = (id: string, itemId: string) => `${planPath(id)}/items/${encodeURIComponent(itemId)}`;

/** `GET /learning-plans` — the caller's plans, as mentee or mentor, most recently changed first. */
export function listPlans(init: TInit = {}): Promise<{ items: TLearningPlanSummary[] }> {
  return apiFetch<{ items: TLearningPlanSummary[] }>('/learning-plans', { ...NO_STORE, ...init });
}

/** `GET /learning-plans/{id}` — ApiError 404 unless the caller is the plan's mentee or mentor. */
export function getPlan(id: string, init: TInit = {}): Promise<TLearningPlan> {
  return apiFetch<TLearningPlan>(planPath(id), { ...NO_STORE, ...init });
}

/** `POST /learning-plans` → 201; 409 `plan_exists`; 422 `no_confirmed_session`. */
export function createPlan(body: TCreateLearningPlan, init: TInit = {}): Promise<TLearningPlan> {
  return apiFetch<TLearningPlan>('/learning-plans', { ...NO_STORE, ...init, method: 'POST', body });
}

export function updatePlan(id: string, body: TUpdateLearningPlan, init: TInit = {}): Promise<TLearningPlan> {
  return apiFetch<TLearningPlan>(planPath(id), { ...NO_STORE, ...init, method: 'PATCH', body });
}

/** `POST /learning-plans/{id}/items` → 201; 400 when `dueOn` is outside the plan; 422 `too_many_items`. */
export function addPlanItem(id: string, body: TCreatePlanItem, init: TInit = {}): Promise<TPlanItem> {
  return apiFetch<TPlanItem>(`${planPath(id)}/items`, { ...NO_STORE, ...init, method: 'POST', body });
}

export function updatePlanItem(
  id: string,
  itemId: string,
  body: TUpdatePlanItem,
  init: TInit = {},
): Promise<TPlanItem> {
  return apiFetch<TPlanItem>(itemPath(id, itemId), { ...NO_STORE, ...init, method: 'PATCH', body });
}

export function deletePlanItem(id: string, itemId: string, init: TInit = {}): Promise<void> {
  return apiFetch<void>(itemPath(id, itemId), { ...NO_STORE, ...init, method: 'DELETE' });
}
