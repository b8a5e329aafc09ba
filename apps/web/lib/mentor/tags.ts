import { canonicalLanguage, normaliseTag } from '@ladder/domain';

/** How a kind of tag is stored (the API normalises the same way) and how many are allowed. */
export type TTagKind = {
  normalise: (raw: string) => string;
  max: number;
  /** Longest single tag (the schema's limit). */
  maxLength: number;
  noun: string;
};

export const EXPERTISE_TAGS: TTagKind = { normalise: normaliseTag, max: 15, maxLength: 40, noun: 'skill' };
export const LANGUAGE_TAGS: TTagKind = {
  normalise: canonicalLanguage,
  max: 10,
  maxLength: 40,
  noun: 'language',
};

export const EXPERTISE_SUGGESTIONS: readonly string[] = [
  'system-design',
  'distributed-systems',
  'career-growth',
  'staff-promotion',
  'engineering-management',
  'interview-prep',
  'frontend',
  'react',
  'typescript',
  'backend',
  'go',
  'python',
  'rust',
  'java',
  'kubernetes',
  'aws',
  'databases',
  'postgresql',
  'machine-learning',
  'mobile',
  'security',
  'devops',
  'testing',
  'architecture',
  'leadership',
  'open-source',
];

export const LANGUAGE_SUGGESTIONS: readonly string[] = [
  'English',
  'Spanish',
  'German',
  'French',
  'Portuguese',
  'Brazilian Portuguese',
  'Italian',
  'Dutch',
  'Polish',
  'Ukrainian',
  'Hindi',
  'Mandarin',
  'Japanese',
  'Korean',
  'Arabic',
  'Turkish',
];

/** Pieces of one entry: "React, TypeScript" or a pasted list becomes two tags. */
export function splitTagInput(raw: string): string[] {
  return raw
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export type TAddTagsResult = {
  tags: string[];
  /** Why something typed was not added, for the field's message; null when all went in. */
  problem: string | null;
};

/**
 * Adds what was typed to the list, normalised as the API stores it. Duplicates (after
 * normalisation) are skipped silently; over-long tags and tags beyond the maximum are refused
 * with a message.
 */
export function addTags(current: readonly string[], raw: string, kind: TTagKind): TAddTagsResult {
  const tags = [...current];
  let problem: string | null = null;
  for (const piece of splitTagInput(raw)) {
    const tag = kind.normalise(piece);
    if (!tag || tags.includes(tag)) continue;
    if (tag.length > kind.maxLength) {
      problem = `Keep each ${kind.noun} under ${kind.maxLength} characters`;
      continue;
    }
    if (tags.length >= kind.max) {
      problem = `Up to ${kind.max} ${kind.noun}s — remove one to add another`;
      break;
    }
    tags.push(tag);
  }
  return { tags, problem };
}

export function removeTag(current: readonly string[], tag: string): string[] {
  return current.filter((t) => t !== tag);
}

/** Suggestions not chosen yet that match what is being typed (all of them when nothing is). */
export function tagSuggestions(
  suggestions: readonly string[],
  chosen: readonly string[],
  draft: string,
  kind: TTagKind,
  limit = 8,
): string[] {
  const query = draft.trim().toLowerCase().replace(/\s+/g, ' ');
  const out: string[] = [];
  for (const suggestion of suggestions) {
    const value = kind.normalise(suggestion);
    if (chosen.includes(value)) continue;
    if (query && !value.toLowerCase().replace(/-/g, ' ').includes(query.replace(/-/g, ' '))) continue;
    out.push(value);
    if (out.length >= limit) break;
  }
  return out;
}
