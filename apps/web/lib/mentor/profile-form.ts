import type { TMentorProfile } from '@ladder/domain';
import type { ZodError } from 'zod';
import { mapFieldErrors, type TFormErrors } from '@/lib/forms';
import { addTags, EXPERTISE_TAGS, LANGUAGE_TAGS } from './tags';

export const PROFILE_FIELDS = [
  'headline',
  'bio',
  'expertise',
  'languages',
  'timezone',
  'yearsExperience',
  'meetingUrl',
  'calcomLink',
  'photoUrl',
] as const;
export type TProfileField = (typeof PROFILE_FIELDS)[number];

export const PROFILE_LABELS: Record<TProfileField, string> = {
  headline: 'Headline',
  bio: 'About you',
  expertise: 'Expertise',
  languages: 'Languages',
  timezone: 'Time zone',
  yearsExperience: 'Years of experience',
  meetingUrl: 'Meeting link',
  calcomLink: 'Cal.com link',
  photoUrl: 'Photo URL',
};

/** The form's values as typed. */
export type TProfileValues = {
  headline: string;
  bio: string;
  expertise: string[];
  languages: string[];
  timezone: string;
  yearsExperience: string;
  meetingUrl: string;
  calcomLink: string;
  photoUrl: string;
};

export function profileValuesOf(profile: TMentorProfile): TProfileValues {
  return {
    headline: profile.headline,
    bio: profile.bio,
    expertise: [...profile.expertise],
    languages: [...profile.languages],
    timezone: profile.timezone,
    yearsExperience:
      profile.yearsExperience === null || profile.yearsExperience === undefined
        ? ''
        : String(profile.yearsExperience),
    meetingUrl: profile.meetingUrl ?? '',
    calcomLink: profile.calcomLink ?? '',
    photoUrl: profile.photoUrl ?? '',
  };
}

/**
 * The form's values from its FormData. Tags still typed in a tag field (not yet turned into a chip)
 * are added, so nothing the mentor wrote is silently lost.
 */
export function profileValuesFromForm(data: FormData): TProfileValues {
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const list = (name: string) => data.getAll(name).filter((v): v is string => typeof v === 'string');
  return {
    headline: text('headline'),
    bio: text('bio'),
    expertise: addTags(list('expertise'), text('expertiseDraft'), EXPERTISE_TAGS).tags,
    languages: addTags(list('languages'), text('languagesDraft'), LANGUAGE_TAGS).tags,
    timezone: text('timezone'),
    yearsExperience: text('yearsExperience'),
    meetingUrl: text('meetingUrl'),
    calcomLink: text('calcomLink'),
    photoUrl: text('photoUrl'),
  };
}

/** Checks the schema cannot word kindly: blanks and a non-numeric years field. */
export function profilePrechecks(values: TProfileValues): Record<string, string> {
  const out: Record<string, string> = {};
  if (!values.headline) out.headline = 'Write a one-line headline';
  if (!values.bio) out.bio = 'Tell mentees about yourself';
  if (values.expertise.length === 0) out.expertise = 'Add at least one skill';
  if (values.languages.length === 0) out.languages = 'Add at least one language you mentor in';
  if (!values.timezone) out.timezone = 'Choose your time zone';
  if (values.yearsExperience && !/^\d{1,2}$/.test(values.yearsExperience)) {
    out.yearsExperience = 'Enter a whole number of years, like 8';
  }
  return out;
}

/**
 * The API body. Creating leaves out empty optional fields; editing sends them as `null`, which
 * clears them.
 */
export function profileBody(values: TProfileValues, mode: 'create' | 'edit'): Record<string, unknown> {
  const optional = (value: string) => (value === '' ? (mode === 'edit' ? null : undefined) : value);
  const body: Record<string, unknown> = {
    headline: values.headline,
    bio: values.bio,
    expertise: values.expertise,
    languages: values.languages,
    timezone: values.timezone,
    yearsExperience: values.yearsExperience === '' ? optional('') : Number(values.yearsExperience),
    meetingUrl: optional(values.meetingUrl),
    calcomLink: optional(values.calcomLink),
    photoUrl: optional(values.photoUrl),
  };
  for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
  return body;
}

const LENGTHS: Partial<Record<TProfileField, { min?: string; max?: string }>> = {
  headline: { min: 'Make your headline at least 10 characters', max: 'Keep your headline to 140 characters' },
  bio: { min: 'Write at least 20 characters about yourself', max: 'Keep your bio under 10,000 characters' },
  expertise: { min: 'Add at least one skill', max: 'Up to 15 skills' },
  languages: { min: 'Add at least one language', max: 'Up to 10 languages' },
  yearsExperience: { min: 'Years can’t be negative', max: 'Enter at most 60 years' },
};

/** zod issues on the profile → the form's messages, in plain words where the schema's are terse. */
export function profileZodErrors(error: ZodError): TFormErrors {
  return mapFieldErrors(
    error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      const field = issue.path[0] as TProfileField | undefined;
      const friendly =
        field && issue.path.length === 1 && (issue.code === 'too_small' || issue.code === 'too_big')
          ? LENGTHS[field]?.[issue.code === 'too_small' ? 'min' : 'max']
          : undefined;
      return { path, message: friendly ?? issue.message };
    }),
    PROFILE_FIELDS,
  );
}
