import type { TNote, TReview } from '@ladder/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { ReportReview } from '../mentors/report-review';
import { NoteList } from './note-list';
import { NotesPanel } from './notes-panel';
import { ReviewForm } from './review-form';
import { ReviewList } from './review-list';

// The forms import server actions, whose session helper needs a Next request; none runs here.
jest.mock('@/lib/api/server-session', () => ({ callWithSession: jest.fn() }));

const MENTOR = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const MENTEE = '4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c';
const BOOKING = '6f1c8a5e-3b0d-4c1a-9d57-1b2e3f4a5b6c';

const note = (over: Partial<TNote>): TNote => ({
  id: '0b6a7c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d',
  bookingId: BOOKING,
  authorId: MENTOR,
  authorRole: 'mentor',
  visibility: 'shared',
  body: 'Read chapter two',
  createdAt: '2026-03-09T14:00:00.000Z',
  ...over,
});

const review = (over: Partial<TReview>): TReview => ({
  id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
  bookingId: BOOKING,
  mentorId: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b',
  rating: 4,
  body: 'Clear and kind',
  author: { name: 'Ada' },
  createdAt: '2026-03-09T15:00:00.000Z',
  ...over,
});

describe('notes', () => {
  it('escapes note text and marks private notes clearly', () => {
    const html = renderToStaticMarkup(
      <NoteList
        viewerId={MENTOR}
        notes={[
          note({ visibility: 'private', body: '<img src=x onerror=alert(1)>' }),
          note({ id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', authorId: MENTEE, authorRole: 'mentee' }),
        ]}
      />,
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Private — only you can see this');
    expect(html).toContain('>You<');
    expect(html).toContain('>Mentee<');
  });

  it('offers Edit and Delete on the viewer’s own notes only', () => {
    const html = renderToStaticMarkup(
      <NoteList
        bookingId={BOOKING}
        viewerId={MENTEE}
        notes={[
          note({ id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', authorId: MENTEE, authorRole: 'mentee' }),
          note({ body: 'The mentor’s note' }),
        ]}
      />,
    );
    const [own, theirs] = html.split('</li>');
    expect(own).toContain('>You<');
    expect(own).toContain('Edit<span class="sr-only"> your note</span></button>');
    expect(own).toContain('Delete<span class="sr-only"> your note</span></button>');
    // Nothing is deleted or edited before the author asks (and confirms).
    expect(own).not.toContain('<textarea');
    expect(own).not.toContain('Delete this note?');
    expect(theirs).toContain('The mentor’s note');
    expect(theirs).not.toContain('Edit');
    expect(theirs).not.toContain('Delete');
  });

  it('marks edited notes, and only those', () => {
    const html = renderToStaticMarkup(
      <NoteList
        viewerId={MENTOR}
        notes={[
          note({ body: 'Never edited', updatedAt: '2026-03-09T14:00:00.000Z' }),
          note({
            id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
            body: 'Fixed a typo',
            updatedAt: '2026-03-10T09:00:00.000Z',
          }),
        ]}
      />,
    );
    const [first, second] = html.split('</li>');
    expect(first).not.toContain('(edited)');
    expect(second).toContain('(edited)</span>');
  });

  it('offers no Edit or Delete without a booking to act on', () => {
    const html = renderToStaticMarkup(<NoteList viewerId={MENTOR} notes={[note({})]} />);
    expect(html).toContain('>You<');
    expect(html).not.toContain('Edit');
    expect(html).not.toContain('Delete');
  });

  it('puts Edit and Delete on the viewer’s notes in the panel too', () => {
    const html = renderToStaticMarkup(
      <NotesPanel bookingId={BOOKING} party="mentor" viewerId={MENTOR} initialNotes={[note({})]} />,
    );
    expect(html).toContain('Edit<span class="sr-only"> your note</span>');
    expect(html).toContain('Delete<span class="sr-only"> your note</span>');
  });

  it('says when there are no notes', () => {
    expect(renderToStaticMarkup(<NoteList viewerId={MENTOR} notes={[]} />)).toContain('No notes yet.');
  });

  it('lets the mentor choose private or shared (private by default)', () => {
    const html = renderToStaticMarkup(
      <NotesPanel bookingId={BOOKING} party="mentor" viewerId={MENTOR} initialNotes={[]} />,
    );
    expect(html).toContain('<legend');
    expect(html).toContain('Who can see this note?');
    expect(html).toContain('<input type="radio" name="visibility" checked="" value="private"/>');
    expect(html).toContain('<input type="radio" name="visibility" value="shared"/>');
    expect(html).toMatch(/<label[^>]*for="[^"]+"[^>]*>Add a note<\/label>/);
  });

  it('gives the mentee no private option: their notes are always shared', () => {
    const html = renderToStaticMarkup(
      <NotesPanel bookingId={BOOKING} party="mentee" viewerId={MENTEE} initialNotes={[note({})]} />,
    );
    expect(html).not.toContain('value="private"');
    expect(html).toContain('<input type="hidden" name="visibility" value="shared"/>');
    expect(html).toContain('Your notes are shared with your mentor.');
    expect(html).toContain('Read chapter two');
  });
});

describe('reviews', () => {
  it('offers five required star radio buttons with accessible names, in a fieldset', () => {
    const html = renderToStaticMarkup(<ReviewForm bookingId={BOOKING} mentorName="Grace Hopper" />);
    expect(html).toContain('<legend');
    expect(html).toContain('How was your session with Grace Hopper?');
    for (const n of [1, 2, 3, 4, 5]) {
      expect(html).toContain(`<input type="radio" required="" name="rating" value="${n}"/>`);
    }
    expect(html).toContain('<span class="sr-only">1 star</span>');
    expect(html).toContain('<span class="sr-only">5 stars</span>');
    expect(html).toContain('name="body"');
  });

  it('lists reviews with escaped text and an accessible rating', () => {
    const html = renderToStaticMarkup(
      <ReviewList
        reviews={[review({ body: '<script>alert(1)</script>', author: { name: '<b>Eve</b>' }, rating: 2 })]}
      />,
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<span class="sr-only">Rated 2 out of 5</span>');
  });

  it('asks signed-out readers to sign in to report a review, and offers nothing on the reader’s own', () => {
    const signedOut = renderToStaticMarkup(
      <ReportReview review={review({})} signInHref="/sign-in?next=%2Fmentors%2Fgrace%23reviews-heading" />,
    );
    expect(signedOut).toContain('Report review</summary>');
    expect(signedOut).toContain('href="/sign-in?next=%2Fmentors%2Fgrace%23reviews-heading"');
    expect(signedOut).toContain('to report this review.');
    expect(signedOut).not.toContain('<form');

    const signedIn = renderToStaticMarkup(<ReportReview review={review({})} signInHref={null} />);
    expect(signedIn).toContain('What is wrong with this review?');
    expect(signedIn).not.toContain('Sign in');

    expect(renderToStaticMarkup(<ReportReview review={review({ mine: true })} signInHref={null} />)).toBe('');
  });

  it('has an empty state', () => {
    expect(renderToStaticMarkup(<ReviewList reviews={[]} />)).toContain('No reviews yet');
  });

  it('puts the page’s report control under each review it chooses, none under the reader’s own', () => {
    const html = renderToStaticMarkup(
      <ReviewList
        reviews={[review({ id: 'theirs' }), review({ id: 'own', mine: true })]}
        report={(r) => (r.mine ? null : <button type="button">Report {r.id}</button>)}
      />,
    );
    expect(html).toContain('Report theirs');
    expect(html).not.toContain('Report own');
  });
});

describe('NotesPanel on an expired hold', () => {
  it('shows the notes but offers no form to add one', () => {
    const html = renderToStaticMarkup(
      <NotesPanel
        bookingId={BOOKING}
        party="mentee"
        viewerId={MENTEE}
        initialNotes={[note({})]}
        canAdd={false}
      />,
    );
    expect(html).toContain('Read chapter two');
    expect(html).not.toContain('Add a note');
    expect(html).not.toContain('Save note');
    expect(html).toContain('no notes can be added');
  });
});
