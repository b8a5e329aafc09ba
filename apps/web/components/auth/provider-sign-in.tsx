import { Button } from '@/components/ui/button';
import { githubSignInHref, type TSignInProvider } from '@/lib/auth/providers';

/**
 * "or — Continue with GitHub" under an account form, when the API has GitHub sign-in configured;
 * nothing at all otherwise. `next` is the form's own destination, so both ways in land alike.
 */
export function ProviderSignIn({ providers, next }: { providers: readonly TSignInProvider[]; next: string }) {
  if (!providers.includes('github')) return null;
  return (
    <div className="mt-6 flex flex-col gap-6">
      <div className="flex items-center gap-3 text-sm text-ink-500">
        <span aria-hidden="true" className="h-px flex-1 bg-ink-200" />
        or
        <span aria-hidden="true" className="h-px flex-1 bg-ink-200" />
      </div>
      <Button asChild variant="secondary" size="lg">
        {/* A plain link, not next/link: the API answers with a redirect to GitHub, nothing to prefetch. */}
        <a href={githubSignInHref(next)}>
          <GithubMark />
          Continue with GitHub
        </a>
      </Button>
    </div>
  );
}

function GithubMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" fill="currentColor">
      <path d="M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.013 8.013 0 0 0 16 8c0-4.42-3.58-8-8-8Z" />
    </svg>
  );
}
