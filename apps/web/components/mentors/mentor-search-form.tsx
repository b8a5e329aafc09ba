import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { GetForm } from '@/components/ui/get-form';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select } from '@/components/ui/select';
import { hasActiveFilters, MENTOR_SORT_LABELS, type TMentorFilters } from '@/lib/api/mentor-query';
import { CollapsibleFilters } from './collapsible-filters';
import { WorkingHoursFields } from './working-hours-fields';

const SORT_OPTIONS = Object.entries(MENTOR_SORT_LABELS).map(([value, label]) => ({ value, label }));

const EXPERTISE_SUGGESTIONS = [
  'System design',
  'Distributed systems',
  'Staff+ promotion',
  'Engineering management',
  'Career growth',
  'Frontend architecture',
  'Backend',
  'Kubernetes',
  'Platform engineering',
  'Go',
  'TypeScript',
  'Rust',
  'Interview preparation',
];

const LANGUAGE_SUGGESTIONS = [
  'English',
  'Spanish',
  'German',
  'French',
  'Portuguese',
  'Hindi',
  'Japanese',
  'Polish',
];

/**
 * A GET form: the filters live in the URL, so a search can be shared, bookmarked and walked back
 * with the browser's back button.
 */
export function MentorSearchForm({ filters }: { filters: TMentorFilters }) {
  const active = hasActiveFilters(filters);
  const activeCount =
    (filters.expertise.length > 0 ? 1 : 0) +
    (filters.language ? 1 : 0) +
    (filters.minPrice || filters.maxPrice ? 1 : 0) +
    (filters.free ? 1 : 0);
  return (
    <search aria-label="Search mentors">
      <GetForm action="/mentors" className="space-y-5">
        <div className="space-y-1.5">
          <Label htmlFor="mentor-q">Search</Label>
          <div className="relative">
            <svg
              aria-hidden="true"
              viewBox="0 0 20 20"
              fill="currentColor"
              className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-ink-400"
            >
              <path
                fillRule="evenodd"
                d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.08 3.08a.75.75 0 1 1-1.06 1.06l-3.08-3.08A7 7 0 0 1 2 9Z"
                clipRule="evenodd"
              />
            </svg>
            <Input
              id="mentor-q"
              name="q"
              type="search"
              defaultValue={filters.q ?? ''}
              placeholder="Name, skill or company"
              maxLength={100}
              className="pl-9"
            />
          </div>
        </div>

        <CollapsibleFilters defaultOpen={active} activeCount={activeCount}>
          <div className="space-y-1.5">
            <Label htmlFor="mentor-expertise">Expertise</Label>
            <Input
              id="mentor-expertise"
              name="expertise"
              list="mentor-expertise-suggestions"
              defaultValue={filters.expertise.join(', ')}
              placeholder="e.g. System design"
              aria-describedby="mentor-expertise-hint"
            />
            <datalist id="mentor-expertise-suggestions">
              {EXPERTISE_SUGGESTIONS.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
            <p id="mentor-expertise-hint" className="text-xs text-ink-500">
              Separate several with commas.
            </p>
          </div>

          <div className="space-y-1.5">
            <Label htmlFor="mentor-language">Language</Label>
            <Input
              id="mentor-language"
              name="language"
              list="mentor-language-suggestions"
              defaultValue={filters.language ?? ''}
              placeholder="Any language"
              maxLength={40}
            />
            <datalist id="mentor-language-suggestions">
              {LANGUAGE_SUGGESTIONS.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          </div>

          <fieldset className="space-y-1.5">
            <legend className="text-sm font-medium text-ink-800">Price per session</legend>
            <div className="grid grid-cols-2 gap-3">
              <div>
                <Label htmlFor="mentor-min-price" className="sr-only">
                  Minimum price
                </Label>
                <Input
                  id="mentor-min-price"
                  name="minPrice"
                  inputMode="decimal"
                  pattern="[0-9]+([.][0-9]{1,2})?"
                  defaultValue={filters.minPrice ?? ''}
                  placeholder="Min"
                />
              </div>
              <div>
                <Label htmlFor="mentor-max-price" className="sr-only">
                  Maximum price
                </Label>
                <Input
                  id="mentor-max-price"
                  name="maxPrice"
                  inputMode="decimal"
                  pattern="[0-9]+([.][0-9]{1,2})?"
                  defaultValue={filters.maxPrice ?? ''}
                  placeholder="Max"
                />
              </div>
            </div>
          </fieldset>

          <WorkingHoursFields value={filters.free} />

          <div className="space-y-1.5">
            <Label htmlFor="mentor-sort">Sort by</Label>
            <Select
              id="mentor-sort"
              name="sort"
              defaultValue={filters.sort ?? 'relevance'}
              options={SORT_OPTIONS}
            />
          </div>
        </CollapsibleFilters>

        <div className="flex flex-wrap items-center gap-3 pt-1">
          <Button type="submit" className="flex-1">
            Show mentors
          </Button>
          {active ? (
            <Button asChild variant="ghost">
              <Link href="/mentors">Clear filters</Link>
            </Button>
          ) : null}
        </div>
      </GetForm>
    </search>
  );
}
