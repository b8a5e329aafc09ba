/** Paths under /mentors that a profile slug must never shadow. */
const RESERVED = new Set(['me', 'new', 'search', 'admin', 'apply', 'edit', 'settings', 'slots']);

const MAX_LENGTH = 60;

/**
 * A readable URL slug from a person's name: "Sofía Martínez" → "sofia-martinez",
 * "James O'Connor" → "james-oconnor". Names with no Latin letters or digits, and reserved words,
 * fall back to "mentor…" so a slug always exists.
 */
export function slugify(name: string): string {
  const base = slugText(name);
  if (!base) return 'mentor';
  return RESERVED.has(base) ? `mentor-${base}` : base;
}

/**
 * Lower-case Latin letters and digits joined by single hyphens, at most `maxLength` characters,
 * accents dropped ("Café Ünïcode" → "cafe-unicode"); empty when nothing Latin is left.
 */
export function slugText(text: string, maxLength = MAX_LENGTH): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** Candidates in order of preference: `base`, `base-2`, … `base-<count>`. */
export function slugCandidates(base: string, count = 50): string[] {
  return [base, ...Array.from({ length: count - 1 }, (_, i) => `${base}-${i + 2}`)];
}
