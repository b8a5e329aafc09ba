'use server';

import {
  type TArticlePreview,
  type TMyArticle,
  ZCreateArticleSchema,
  ZPreviewArticleSchema,
  ZUpdateArticleSchema,
  ZUuid,
} from '@ladder/domain';
import {
  createMyArticle,
  deleteMyArticle,
  previewMyArticle,
  publishMyArticle,
  unpublishMyArticle,
  updateMyArticle,
} from '@/lib/api/my-articles';
import { actionWithSession } from '@/lib/api/server-session';
import { issuesToFieldErrors, type TActionResult, validationProblem } from '@/lib/mentor/action-result';

/*
 * The mentor's own articles. Server actions are public endpoints: input is parsed with the shared
 * schema again here, and the API checks the session, the role and ownership on every call.
 */

function badId(): TActionResult<never> {
  return { ok: false, problem: validationProblem([{ path: 'id', message: 'Unknown article' }]) };
}

/** `POST /mentors/me/articles`: a new draft. */
export async function createArticle(input: unknown): Promise<TActionResult<TMyArticle>> {
  const parsed = ZCreateArticleSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, problem: validationProblem(issuesToFieldErrors(parsed.error.issues)) };
  return actionWithSession((headers) => createMyArticle(parsed.data, { headers }));
}

/** `PATCH /mentors/me/articles/{id}`. */
export async function saveArticle(id: string, input: unknown): Promise<TActionResult<TMyArticle>> {
  if (!ZUuid.safeParse(id).success) return badId();
  const parsed = ZUpdateArticleSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, problem: validationProblem(issuesToFieldErrors(parsed.error.issues)) };
  return actionWithSession((headers) => updateMyArticle(id, parsed.data, { headers }));
}

export async function publishArticle(id: string): Promise<TActionResult<TMyArticle>> {
  if (!ZUuid.safeParse(id).success) return badId();
  return actionWithSession((headers) => publishMyArticle(id, { headers }));
}

export async function unpublishArticle(id: string): Promise<TActionResult<TMyArticle>> {
  if (!ZUuid.safeParse(id).success) return badId();
  return actionWithSession((headers) => unpublishMyArticle(id, { headers }));
}

export async function deleteArticle(id: string): Promise<TActionResult<null>> {
  if (!ZUuid.safeParse(id).success) return badId();
  return actionWithSession(async (headers) => {
    await deleteMyArticle(id, { headers });
    return null;
  });
}

/** The body as the article page will show it, rendered and sanitised by the API. */
export async function previewArticle(body: string): Promise<TActionResult<TArticlePreview>> {
  const parsed = ZPreviewArticleSchema.safeParse({ body });
  if (!parsed.success)
    return { ok: false, problem: validationProblem(issuesToFieldErrors(parsed.error.issues)) };
  return actionWithSession((headers) => previewMyArticle(parsed.data.body, { headers }));
}
