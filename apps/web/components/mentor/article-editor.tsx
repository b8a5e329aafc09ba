'use client';

import { ARTICLE_LIMITS, type TMyArticle } from '@ladder/domain';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { TextField } from '@/components/ui/text-field';
import { Textarea } from '@/components/ui/textarea';
import {
  createArticle,
  deleteArticle,
  previewArticle,
  publishArticle,
  saveArticle,
  unpublishArticle,
} from '@/lib/actions/articles';
import { apiFormErrors, formError, NO_ERRORS, type TFormErrors } from '@/lib/forms';
import { apiErrorOf, type TActionProblem } from '@/lib/mentor/action-result';
import {
  ARTICLE_FIELDS,
  ARTICLE_LABELS,
  ARTICLE_TAG_SUGGESTIONS,
  ARTICLE_TAGS,
  articleSaveErrors,
  articleValuesOf,
  createArticleBody,
  EMPTY_ARTICLE,
  isArticleDirty,
  type TArticleValues,
  updateArticleBody,
} from '@/lib/mentor/article-form';
import { ArticleStatusBadge } from './article-status-badge';
import { TagInput } from './tag-input';
import { useUnsavedChangesWarning } from './use-unsaved-changes';

const IDS: Record<(typeof ARTICLE_FIELDS)[number], string> = {
  title: 'article-title',
  body: 'article-body',
  excerpt: 'article-excerpt',
  tags: 'article-tags',
};

type TConfirm = 'publish' | 'unpublish' | 'delete' | null;

/** A problem from the API, in words for this editor. */
export function articleProblemErrors(problem: TActionProblem): TFormErrors {
  const error = apiErrorOf(problem);
  if (error.status === 401)
    return formError('Your session has ended. Sign in again to continue — your text is still here.');
  if (error.code === 'mentor_not_approved')
    return formError('Only approved mentors can write articles. Your profile is not approved right now.');
  if (error.status === 404)
    return formError('This article no longer exists. Copy your text, then reload the page.');
  return apiFormErrors(error, ARTICLE_FIELDS);
}

/**
 * The article editor: title, Markdown body with a live preview rendered by the API's sanitiser
 * (the same HTML the article page shows), excerpt and tags; save draft, publish and unpublish
 * (confirmed), delete; a warning before unsaved changes are lost.
 */
export function ArticleEditor({ article }: { article: TMyArticle | null }) {
  const router = useRouter();
  const [current, setCurrent] = useState<TMyArticle | null>(article);
  const saved = current ? articleValuesOf(current) : EMPTY_ARTICLE;
  const [values, setValues] = useState<TArticleValues>(saved);
  const [errors, setErrors] = useState<TFormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<TConfirm>(null);
  const dirty = isArticleDirty(values, saved);
  useUnsavedChangesWarning(dirty);
  const preview = useArticlePreview(values.body);

  const set = <K extends keyof TArticleValues>(key: K, value: TArticleValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setNotice(null);
  };

  /** Saves what changed; answers the stored article, or null after showing what went wrong. */
  async function save(): Promise<TMyArticle | null> {
    if (current && !dirty) return current;
    if (!checked()) return null;
    const body = current ? updateArticleBody(values, saved) : createArticleBody(values);
    const result = current ? await saveArticle(current.id, body) : await createArticle(body);
    if (!result.ok) {
      setErrors(articleProblemErrors(result.problem));
      return null;
    }
    setErrors(NO_ERRORS);
    setCurrent(result.data);
    setValues(articleValuesOf(result.data));
    return result.data;
  }

  /** Shows what must be fixed before saving; true when there is nothing. */
  function checked(): boolean {
    const problems = articleSaveErrors(values, saved, !!current);
    if (problems) setErrors(problems);
    return problems === null;
  }

  /** Publishing saves first: an empty title or body is shown at once, before any confirmation. */
  function askToPublish() {
    if (checked()) setConfirm('publish');
  }

  async function run(task: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    try {
      await task();
    } catch (error) {
      console.error(error);
      setErrors(formError('Something went wrong on our side. Please try again in a moment.'));
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(async () => {
      const wasNew = !current;
      const stored = await save();
      if (!stored) return;
      setNotice(stored.status === 'published' ? 'Saved: readers see the new version.' : 'Draft saved.');
      if (wasNew) router.replace(`/dashboard/mentor/articles/${encodeURIComponent(stored.id)}`);
      router.refresh();
    });
  }

  function onConfirmed(action: Exclude<TConfirm, null>) {
    setConfirm(null);
    void run(async () => {
      if (action === 'delete') {
        if (!current) return;
        const result = await deleteArticle(current.id);
        if (!result.ok) return setErrors(articleProblemErrors(result.problem));
        setValues(saved); // nothing left to lose
        router.replace('/dashboard/mentor/articles?deleted=1');
        router.refresh();
        return;
      }
      const stored = await save();
      if (!stored) return;
      const result =
        action === 'publish' ? await publishArticle(stored.id) : await unpublishArticle(stored.id);
      if (!result.ok) return setErrors(articleProblemErrors(result.problem));
      setCurrent(result.data);
      setValues(articleValuesOf(result.data));
      setNotice(action === 'publish' ? 'Published.' : 'Unpublished: only you can see it now.');
      if (!article) router.replace(`/dashboard/mentor/articles/${encodeURIComponent(result.data.id)}`);
      router.refresh();
    });
  }

  const published = current?.status === 'published';
  const publicHref = current ? `/articles/${encodeURIComponent(current.slug)}` : null;

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="flex flex-col gap-6 pb-16" aria-busy={busy}>
      <div className="flex flex-wrap items-center gap-3">
        {current ? <ArticleStatusBadge article={current} /> : null}
        {dirty ? <span className="text-sm text-warning-700">Unsaved changes</span> : null}
        {published && publicHref && !current?.hidden ? (
          <Link href={publicHref} className="text-sm text-brand-700 underline">
            View the public page
          </Link>
        ) : null}
      </div>
      {current?.hidden ? (
        <Alert tone="warning" title="Hidden by moderation">
          Our moderators took this article out of public view. You can still edit it, but it stays hidden
          until they restore it.
        </Alert>
      ) : null}
      {notice ? (
        <Alert tone="success" role="status">
          {notice}
        </Alert>
      ) : null}
      <ErrorSummary errors={errors} fieldIds={IDS} labels={ARTICLE_LABELS} />

      <TextField
        id={IDS.title}
        name="title"
        label={ARTICLE_LABELS.title}
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
        maxLength={ARTICLE_LIMITS.titleMax}
        required
        hint={
          current?.publishedAt
            ? `Its link stays /articles/${current.slug} whatever the title becomes.`
            : 'The article’s link is made from the title when you first publish.'
        }
        error={errors.fields.title}
      />

      <div className="grid gap-6 lg:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-1.5">
          <Label htmlFor={IDS.body}>{ARTICLE_LABELS.body} (Markdown)</Label>
          <Textarea
            id={IDS.body}
            name="body"
            rows={22}
            value={values.body}
            onChange={(e) => set('body', e.target.value)}
            maxLength={ARTICLE_LIMITS.bodyMax}
            required
            aria-invalid={errors.fields.body ? true : undefined}
            aria-describedby={`${IDS.body}-hint${errors.fields.body ? ` ${IDS.body}-error` : ''}`}
            className="font-mono text-sm"
          />
          <FieldHint id={`${IDS.body}-hint`}>
            ## headings, **bold**, *italic*, [links](https://…), lists, `code`, tables and https images.
          </FieldHint>
          {errors.fields.body ? (
            <FieldError id={`${IDS.body}-error`} announce={false}>
              {errors.fields.body}
            </FieldError>
          ) : null}
        </div>
        <ArticlePreviewPane preview={preview} />
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={IDS.excerpt}>{ARTICLE_LABELS.excerpt} (optional)</Label>
          <Textarea
            id={IDS.excerpt}
            name="excerpt"
            rows={3}
            value={values.excerpt}
            onChange={(e) => set('excerpt', e.target.value)}
            maxLength={ARTICLE_LIMITS.excerptMax}
            aria-describedby={`${IDS.excerpt}-hint`}
            aria-invalid={errors.fields.excerpt ? true : undefined}
          />
          <FieldHint id={`${IDS.excerpt}-hint`}>
            Shown in article lists. Leave empty to use the start of the article
            {preview.status === 'ready' && preview.excerpt ? `: “${preview.excerpt}”` : '.'}
          </FieldHint>
          {errors.fields.excerpt ? <FieldError announce={false}>{errors.fields.excerpt}</FieldError> : null}
        </div>
        <TagInput
          id={IDS.tags}
          name="tags"
          label={`${ARTICLE_LABELS.tags} (up to ${ARTICLE_LIMITS.tagsMax})`}
          hint="Letters, digits and hyphens; press Enter or a comma to add."
          value={values.tags}
          onChange={(tags) => set('tags', tags)}
          kind={ARTICLE_TAGS}
          suggestions={ARTICLE_TAG_SUGGESTIONS}
          error={errors.fields.tags}
        />
      </div>

      <div className="sticky bottom-0 -mx-gutter flex flex-wrap items-center gap-3 border-t border-ink-200 bg-ink-0/95 px-gutter py-3">
        <Button type="submit" variant="secondary" disabled={busy || (!!current && !dirty)}>
          {busy ? 'Working…' : published ? 'Save changes' : current ? 'Save draft' : 'Save as draft'}
        </Button>
        {published ? (
          <Button type="button" variant="ghost" disabled={busy} onClick={() => setConfirm('unpublish')}>
            Unpublish
          </Button>
        ) : (
          <Button type="button" disabled={busy} onClick={askToPublish}>
            {dirty ? 'Save and publish' : 'Publish'}
          </Button>
        )}
        {published && dirty ? (
          <span className="text-sm text-ink-600">Saving updates the public article at once.</span>
        ) : null}
        {current ? (
          <Button
            type="button"
            variant="ghost"
            className="ml-auto text-danger-700"
            disabled={busy}
            onClick={() => setConfirm('delete')}
          >
            Delete
          </Button>
        ) : null}
      </div>

      <ConfirmDialog action={confirm} onCancel={() => setConfirm(null)} onConfirm={onConfirmed} />
    </form>
  );
}

const CONFIRM_TEXT: Record<Exclude<TConfirm, null>, { title: string; body: string; button: string }> = {
  publish: {
    title: 'Publish this article?',
    body: 'Anyone will be able to read it, and its link stays the same from now on.',
    button: 'Publish',
  },
  unpublish: {
    title: 'Unpublish this article?',
    body: 'It leaves the public pages at once. You can publish it again later; its link is kept.',
    button: 'Unpublish',
  },
  delete: {
    title: 'Delete this article?',
    body: 'It is gone for good, for you and for readers. This cannot be undone.',
    button: 'Delete',
  },
};

function ConfirmDialog({
  action,
  onCancel,
  onConfirm,
}: {
  action: TConfirm;
  onCancel: () => void;
  onConfirm: (action: Exclude<TConfirm, null>) => void;
}) {
  const text = action ? CONFIRM_TEXT[action] : null;
  return (
    <Dialog open={action !== null} onOpenChange={(open) => (open ? null : onCancel())}>
      {text && action ? (
        <DialogContent>
          <DialogTitle>{text.title}</DialogTitle>
          <DialogDescription>{text.body}</DialogDescription>
          <div className="mt-6 flex justify-end gap-3">
            <DialogClose asChild>
              <Button type="button" variant="ghost">
                Cancel
              </Button>
            </DialogClose>
            <Button
              type="button"
              variant={action === 'delete' ? 'danger' : 'primary'}
              onClick={() => onConfirm(action)}
            >
              {text.button}
            </Button>
          </div>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}

export type TPreviewState =
  | { status: 'empty' }
  | { status: 'loading'; html: string | null }
  | { status: 'ready'; html: string; excerpt: string; readingMinutes: number }
  | { status: 'failed'; html: string | null; message: string };

/** The body rendered by the API, 400 ms after the last keystroke; stale answers are dropped. */
function useArticlePreview(body: string): TPreviewState {
  const [state, setState] = useState<TPreviewState>({ status: 'empty' });
  const sequence = useRef(0);
  useEffect(() => {
    const mine = ++sequence.current;
    if (body.trim() === '') {
      setState({ status: 'empty' });
      return;
    }
    setState((s) => ({ status: 'loading', html: 'html' in s ? s.html : null }));
    const timer = setTimeout(async () => {
      try {
        const result = await previewArticle(body);
        if (mine !== sequence.current) return;
        if (result.ok) setState({ status: 'ready', html: result.data.bodyHtml, ...result.data });
        else
          setState((s) => ({
            status: 'failed',
            html: 'html' in s ? s.html : null,
            message:
              result.problem.status === 429
                ? 'The preview is paused for a moment (too many updates).'
                : 'The preview could not be updated.',
          }));
      } catch {
        if (mine === sequence.current)
          setState((s) => ({
            status: 'failed',
            html: 'html' in s ? s.html : null,
            message: 'The preview could not be updated.',
          }));
      }
    }, 400);
    return () => clearTimeout(timer);
  }, [body]);
  return state;
}

/** The preview pane: the API's sanitised HTML, exactly what the article page renders. */
export function ArticlePreviewPane({ preview }: { preview: TPreviewState }) {
  const headingId = useId();
  const html = preview.status === 'empty' ? null : preview.html;
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-1.5">
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="text-sm font-medium text-ink-900">
          Preview
        </h2>
        <p className="text-xs text-ink-500" aria-live="polite">
          {preview.status === 'loading'
            ? 'Updating…'
            : preview.status === 'ready'
              ? `${preview.readingMinutes} min read`
              : preview.status === 'failed'
                ? preview.message
                : ''}
        </p>
      </div>
      <div className="min-h-80 overflow-auto rounded-card border border-ink-200 bg-ink-0 p-4">
        {html ? (
          <div
            className="prose-ladder"
            // bodyHtml is rendered and sanitised by the API, as on the article page.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised server-side
            dangerouslySetInnerHTML={{ __html: html }}
          />
        ) : (
          <p className="text-sm text-ink-500">Your article will appear here as readers will see it.</p>
        )}
      </div>
    </section>
  );
}
