'use client';

import { type TMentorProfile, ZCreateMentorProfileSchema, ZUpdateMentorProfileSchema } from '@ladder/domain';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Avatar } from '@/components/ui/avatar';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { Textarea } from '@/components/ui/textarea';
import { applyAsMentor, saveMyMentorProfile } from '@/lib/actions/mentor';
import { signInHref } from '@/lib/auth/redirects';
import { apiFormErrors, formError } from '@/lib/forms';
import { useFormSubmit } from '@/lib/hooks/use-form-submit';
import { useHydrated } from '@/lib/hooks/use-hydrated';
import { apiErrorOf } from '@/lib/mentor/action-result';
import {
  PROFILE_FIELDS,
  PROFILE_LABELS,
  profileBody,
  profilePrechecks,
  profileValuesFromForm,
  profileValuesOf,
  profileZodErrors,
  type TProfileValues,
} from '@/lib/mentor/profile-form';
import {
  EXPERTISE_SUGGESTIONS,
  EXPERTISE_TAGS,
  LANGUAGE_SUGGESTIONS,
  LANGUAGE_TAGS,
} from '@/lib/mentor/tags';
import { detectTimeZone } from '@/lib/mentor/time-zones';
import { MarkdownPreview } from './markdown-preview';
import { TagInput } from './tag-input';
import { TimeZoneSelect } from './time-zone-select';

const IDS: Record<(typeof PROFILE_FIELDS)[number], string> = {
  headline: 'mentor-headline',
  bio: 'mentor-bio',
  expertise: 'mentor-expertise',
  languages: 'mentor-languages',
  timezone: 'mentor-timezone',
  yearsExperience: 'mentor-years',
  meetingUrl: 'mentor-meeting-url',
  calcomLink: 'mentor-calcom',
  photoUrl: 'mentor-photo',
};

const EMPTY: TProfileValues = {
  headline: '',
  bio: '',
  expertise: [],
  languages: ['English'],
  timezone: '',
  yearsExperience: '',
  meetingUrl: '',
  calcomLink: '',
  photoUrl: '',
};

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The mentor application (`mode="create"`, POST /mentors/me) and the profile editor
 * (`mode="edit"`, PATCH /mentors/me): the same fields, checked with the shared schema before they
 * are sent, server errors shown next to their fields.
 */
export function MentorProfileForm({
  mode,
  profile,
  name,
}: {
  mode: 'create' | 'edit';
  profile?: TMentorProfile;
  /** The applicant's account name, shown on the photo preview. */
  name: string;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const initial = profile ? profileValuesOf(profile) : EMPTY;
  const [headline, setHeadline] = useState(initial.headline);
  const [bio, setBio] = useState(initial.bio);
  const [expertise, setExpertise] = useState(initial.expertise);
  const [languages, setLanguages] = useState(initial.languages);
  const [timezone, setTimezone] = useState(initial.timezone);
  const [photoUrl, setPhotoUrl] = useState(initial.photoUrl);
  const [saved, setSaved] = useState(false);
  const [sessionEnded, setSessionEnded] = useState(false);

  // A new application starts in the browser's zone; the server cannot know it.
  useEffect(() => {
    if (mode === 'create') setTimezone((zone) => zone || detectTimeZone() || 'UTC');
  }, [mode]);

  const { errors, pending, onSubmit, onChange, fieldError } = useFormSubmit(async (data) => {
    setSaved(false);
    setSessionEnded(false);
    const values = profileValuesFromForm(data);
    const missing = profilePrechecks(values);
    if (Object.keys(missing).length > 0) return { fields: missing, form: null };
    const body = profileBody(values, mode);
    const schema = mode === 'create' ? ZCreateMentorProfileSchema : ZUpdateMentorProfileSchema;
    const parsed = schema.safeParse(body);
    if (!parsed.success) return profileZodErrors(parsed.error);

    const result = mode === 'create' ? await applyAsMentor(body) : await saveMyMentorProfile(body);
    if (!result.ok) {
      const error = apiErrorOf(result.problem);
      if (error.code === 'mentor_profile_exists') {
        router.replace('/dashboard/mentor');
        return 'done';
      }
      if (error.status === 401) {
        setSessionEnded(true);
        return formError('Your session has ended. Sign in again to continue — your text is still here.');
      }
      return apiFormErrors(error, PROFILE_FIELDS);
    }
    if (mode === 'create') {
      router.replace('/dashboard/mentor?applied=1');
      router.refresh();
      return 'done';
    }
    if (profile?.status === 'rejected') {
      router.replace('/dashboard/mentor?resubmitted=1');
      router.refresh();
      return 'done';
    }
    setSaved(true);
    router.refresh();
    return { fields: {}, form: null };
  });

  const bioHint = 'Markdown works: **bold**, *italic*, [links](https://…) and lists starting with “- ”.';
  const photoPreview = photoUrl && isHttpsUrl(photoUrl) ? photoUrl : null;

  return (
    <form method="post" noValidate onSubmit={onSubmit} onChange={onChange} className="flex flex-col gap-6">
      <ErrorSummary errors={errors} fieldIds={IDS} labels={PROFILE_LABELS} />
      {sessionEnded ? (
        <Alert tone="warning" role="status">
          <Link href={signInHref(mode === 'create' ? '/become-a-mentor' : '/dashboard/mentor/profile')}>
            Sign in again
          </Link>{' '}
          in another tab, then submit once more.
        </Alert>
      ) : null}
      {saved ? (
        <Alert tone="success" role="status" title="Profile saved">
          Your changes are live{profile?.status === 'approved' ? ' on your public profile' : ''}.
        </Alert>
      ) : null}
      {mode === 'edit' && profile?.status === 'rejected' ? (
        <Alert tone="info" role="note">
          Saving your changes sends your profile back to the review queue.
        </Alert>
      ) : null}

      <div className="flex flex-col gap-1.5">
        <TextField
          id={IDS.headline}
          name="headline"
          label={PROFILE_LABELS.headline}
          hint={`One line mentees see in search results, 10 to 140 characters, e.g. “Staff engineer at a fintech, helping seniors reach staff”.${
            headline.trim().length < 10 ? ` At least 10 characters (${headline.trim().length} so far).` : ''
          }`}
          value={headline}
          onChange={(event) => setHeadline(event.target.value)}
          maxLength={140}
          required
          error={fieldError('headline')}
        />
        <p className="text-right text-xs text-ink-500" aria-hidden="true">
          {headline.trim().length}/140
        </p>
      </div>

      <div className="flex flex-col gap-1.5">
        <Label htmlFor={IDS.bio}>{PROFILE_LABELS.bio}</Label>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <Textarea
            id={IDS.bio}
            name="bio"
            rows={12}
            value={bio}
            onChange={(event) => setBio(event.target.value)}
            maxLength={10_000}
            required
            aria-invalid={fieldError('bio') ? true : undefined}
            aria-describedby={`${IDS.bio}-hint${fieldError('bio') ? ` ${IDS.bio}-error` : ''}`}
            placeholder={
              'What you work on, what you have been through, and how you can help.\n\n- Promotions to staff\n- System design interviews'
            }
          />
          <section
            aria-label="Bio preview"
            className="min-h-40 overflow-auto rounded-md border border-dashed border-ink-300 bg-ink-25 p-4"
          >
            <p className="mb-2 text-xs font-semibold tracking-wide text-ink-500 uppercase">Preview</p>
            <MarkdownPreview source={bio} empty="Your bio preview appears here as you type." />
          </section>
        </div>
        <FieldHint id={`${IDS.bio}-hint`}>
          {bioHint} {bio.trim().length < 20 ? `At least 20 characters (${bio.trim().length} so far).` : null}
        </FieldHint>
        {fieldError('bio') ? (
          <FieldError id={`${IDS.bio}-error`} announce={false}>
            {fieldError('bio')}
          </FieldError>
        ) : null}
      </div>

      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <TagInput
          id={IDS.expertise}
          name="expertise"
          label={PROFILE_LABELS.expertise}
          hint="What mentees can book you for. Type a skill and press Enter; up to 15."
          value={expertise}
          onChange={setExpertise}
          kind={EXPERTISE_TAGS}
          suggestions={EXPERTISE_SUGGESTIONS}
          placeholder="e.g. system design"
          error={fieldError('expertise')}
        />
        <TagInput
          id={IDS.languages}
          name="languages"
          label={PROFILE_LABELS.languages}
          hint="Languages you can run a session in."
          value={languages}
          onChange={setLanguages}
          kind={LANGUAGE_TAGS}
          suggestions={LANGUAGE_SUGGESTIONS}
          placeholder="e.g. English"
          error={fieldError('languages')}
        />
      </div>

      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <TimeZoneSelect
          id={IDS.timezone}
          name="timezone"
          label={PROFILE_LABELS.timezone}
          hint={
            mode === 'create'
              ? 'Detected from this browser — change it if you mentor from elsewhere.'
              : undefined
          }
          value={timezone}
          onChange={setTimezone}
          error={fieldError('timezone')}
        />
        <TextField
          id={IDS.yearsExperience}
          name="yearsExperience"
          label={`${PROFILE_LABELS.yearsExperience} (optional)`}
          hint="Years working as a software engineer."
          inputMode="numeric"
          defaultValue={initial.yearsExperience}
          maxLength={2}
          error={fieldError('yearsExperience')}
        />
      </div>

      <fieldset className="flex flex-col gap-6 rounded-card border border-ink-200 p-4 sm:p-5">
        <legend className="px-1 text-sm font-semibold text-ink-900">Links (optional)</legend>
        <TextField
          id={IDS.meetingUrl}
          name="meetingUrl"
          type="url"
          label={PROFILE_LABELS.meetingUrl}
          hint="Your personal Zoom, Meet or Whereby room. Without one, Ladder creates a room for each session."
          placeholder="https://meet.example.com/your-room"
          defaultValue={initial.meetingUrl}
          autoComplete="url"
          spellCheck={false}
          error={fieldError('meetingUrl')}
        />
        <TextField
          id={IDS.calcomLink}
          name="calcomLink"
          type="text"
          inputMode="url"
          label={PROFILE_LABELS.calcomLink}
          hint="Optional. Your Cal.com booking page, as a link (https://cal.com/your-name/intro) or just the path (your-name/intro). Your profile and your articles then offer “Book via Cal.com” beside Ladder’s own booking, with the reader’s name and email filled in; once the Ladder team has connected Cal.com’s webhook, those bookings appear in your Ladder dashboard with notes and reviews like any other."
          placeholder="your-name/intro"
          defaultValue={initial.calcomLink}
          autoComplete="url"
          spellCheck={false}
          error={fieldError('calcomLink')}
        />
        <div className="flex items-start gap-4">
          <div className="min-w-0 flex-1">
            <TextField
              id={IDS.photoUrl}
              name="photoUrl"
              type="url"
              label={PROFILE_LABELS.photoUrl}
              hint="A square photo at a public https:// address. Without one, or if it does not load, your initials are shown."
              placeholder="https://…/photo.jpg"
              value={photoUrl}
              onChange={(event) => setPhotoUrl(event.target.value.trim())}
              spellCheck={false}
              error={fieldError('photoUrl')}
            />
          </div>
          <Avatar name={name} src={photoPreview} size="lg" className="mt-7 shadow-card" />
        </div>
      </fieldset>

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <SubmitButton
          size="lg"
          pending={pending}
          pendingLabel={mode === 'create' ? 'Sending your application…' : 'Saving…'}
          disabled={!hydrated}
        >
          {mode === 'create'
            ? 'Send application'
            : profile?.status === 'rejected'
              ? 'Save and resubmit'
              : 'Save profile'}
        </SubmitButton>
        {mode === 'create' ? (
          <p className="text-sm text-ink-600">We review applications within 2 business days.</p>
        ) : null}
      </div>
    </form>
  );
}
