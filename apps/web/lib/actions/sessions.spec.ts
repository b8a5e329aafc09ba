import { settle } from '@/lib/api/client';
import { stubFetch } from '@/lib/testing/stub-fetch';
import {
  addNoteAction,
  deleteNoteAction,
  reviewSessionAction,
  type TNoteEditState,
  type TNoteFormState,
  updateNoteAction,
} from './sessions';

// The real helper reads the visitor's cookies through next/headers; here it passes a fixed cookie.
jest.mock('@/lib/api/server-session', () => ({
  callWithSession: <T>(call: (headers: Record<string, string>) => Promise<T>) =>
    settle(call({ cookie: 'ladder_at=token', origin: 'http://web.test' })),
}));

const BOOKING = '6f1c8a5e-3b0d-4c1a-9d57-1b2e3f4a5b6c';
const API = 'http://api.test:4000';

function problem(status: number, code: string, detail = 'Request failed'): Response {
  return new Response(
    JSON.stringify({ type: 'about:blank', title: 'Request failed', status, code, detail }),
    {
      status,
      headers: { 'content-type': 'application/problem+json' },
    },
  );
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

const note = {
  id: '0b6a7c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d',
  bookingId: BOOKING,
  authorId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  authorRole: 'mentor' as const,
  visibility: 'private' as const,
  body: 'Push on scope',
  createdAt: '2026-03-09T14:00:00.000Z',
};

const empty: TNoteFormState = { added: [], error: null, draft: '' };

describe('addNoteAction', () => {
  const fetchMock = stubFetch({ apiUrl: API });

  it('posts the trimmed note with the session headers and appends the answer', async () => {
    fetchMock.mockResolvedValue(Response.json(note, { status: 201 }));
    const state = await addNoteAction(
      BOOKING,
      empty,
      form({ body: '  Push on scope  ', visibility: 'private' }),
    );
    expect(state).toEqual({ added: [note], error: null, draft: '' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/api/v1/bookings/${BOOKING}/notes`);
    expect(init.method).toBe('POST');
    expect(init.body).toBe(JSON.stringify({ body: 'Push on scope', visibility: 'private' }));
    expect(new Headers(init.headers).get('cookie')).toBe('ladder_at=token');
  });

  it('defaults to a shared note when no visibility was chosen', async () => {
    fetchMock.mockResolvedValue(Response.json({ ...note, visibility: 'shared' }, { status: 201 }));
    await addNoteAction(BOOKING, empty, form({ body: 'Questions' }));
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1].body))).toEqual({
      body: 'Questions',
      visibility: 'shared',
    });
  });

  it('keeps the draft and does not call the API for an empty note', async () => {
    const state = await addNoteAction(BOOKING, empty, form({ body: '   ', visibility: 'shared' }));
    expect(state.error).toBe('Write something first');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("explains the API's refusal of a mentee's private note and keeps the draft", async () => {
    fetchMock.mockResolvedValue(problem(422, 'private_note_not_allowed'));
    const state = await addNoteAction(BOOKING, empty, form({ body: 'Mine', visibility: 'private' }));
    expect(state).toEqual({ added: [], error: expect.stringMatching(/Only the mentor/), draft: 'Mine' });
  });

  it('treats a malformed booking id as not found without calling the API', async () => {
    const state = await addNoteAction('../admin', empty, form({ body: 'x', visibility: 'shared' }));
    expect(state.error).toMatch(/couldn’t find this session/);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

const IDS = { bookingId: BOOKING, noteId: note.id };
const NOTE_URL = `${API}/api/v1/bookings/${BOOKING}/notes/${note.id}`;
const unedited: TNoteEditState = { note: null, deleted: false, error: null, draft: null };

describe('updateNoteAction', () => {
  const fetchMock = stubFetch({ apiUrl: API });

  it('patches the trimmed text with the session headers and keeps the saved note', async () => {
    const saved = { ...note, body: 'Push on scope, gently' };
    fetchMock.mockResolvedValue(Response.json(saved));
    const state = await updateNoteAction(IDS, unedited, form({ body: '  Push on scope, gently \n' }));
    expect(state).toEqual({ note: saved, deleted: false, error: null, draft: null });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(NOTE_URL);
    expect(init.method).toBe('PATCH');
    expect(init.body).toBe(JSON.stringify({ body: 'Push on scope, gently' }));
    expect(new Headers(init.headers).get('cookie')).toBe('ladder_at=token');
  });

  it('keeps the draft and does not call the API for an empty text', async () => {
    const state = await updateNoteAction(IDS, unedited, form({ body: '  ' }));
    expect(state).toEqual({ note: null, deleted: false, error: 'Write something first', draft: '  ' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('explains a refusal in a sentence and keeps the draft and the last saved note', async () => {
    const saved = { ...note, body: 'Saved before' };
    fetchMock.mockResolvedValue(problem(403, 'not_the_author'));
    const state = await updateNoteAction(IDS, { ...unedited, note: saved }, form({ body: 'Someone else’s' }));
    expect(state).toEqual({
      note: saved,
      deleted: false,
      error: 'Only the person who wrote a note can change or delete it.',
      draft: 'Someone else’s',
    });
  });

  it('says the note is gone on a 404 and the API is unreachable on a network error', async () => {
    fetchMock.mockResolvedValueOnce(problem(404, 'not_found'));
    const gone = await updateNoteAction(IDS, unedited, form({ body: 'Fixed' }));
    expect(gone.error).toBe('We couldn’t find this note. It may have been deleted already.');
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    const offline = await updateNoteAction(IDS, unedited, form({ body: 'Fixed' }));
    expect(offline.error).toMatch(/couldn’t reach Ladder/);
    expect(offline.draft).toBe('Fixed');
  });

  it('treats malformed ids as not found without calling the API', async () => {
    for (const ids of [
      { bookingId: '../admin', noteId: note.id },
      { bookingId: BOOKING, noteId: '../../me' },
    ]) {
      const state = await updateNoteAction(ids, unedited, form({ body: 'x' }));
      expect(state.error).toMatch(/couldn’t find this note/);
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('deleteNoteAction', () => {
  const fetchMock = stubFetch({ apiUrl: API });

  it('deletes the note with the session headers', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    const state = await deleteNoteAction(IDS, unedited, new FormData());
    expect(state).toEqual({ ...unedited, deleted: true });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(NOTE_URL);
    expect(init.method).toBe('DELETE');
    expect(new Headers(init.headers).get('cookie')).toBe('ladder_at=token');
  });

  it('counts a note that is already gone (404) as deleted', async () => {
    fetchMock.mockResolvedValue(problem(404, 'not_found'));
    expect(await deleteNoteAction(IDS, unedited, new FormData())).toEqual({ ...unedited, deleted: true });
  });

  it('explains a refusal in a sentence and keeps the note', async () => {
    fetchMock.mockResolvedValue(problem(403, 'not_the_author'));
    const state = await deleteNoteAction(IDS, unedited, new FormData());
    expect(state).toEqual({
      ...unedited,
      error: 'Only the person who wrote a note can change or delete it.',
    });
  });

  it('treats a malformed note id as not found without calling the API', async () => {
    const state = await deleteNoteAction({ bookingId: BOOKING, noteId: 'x' }, unedited, new FormData());
    expect(state).toMatchObject({ deleted: false, error: expect.stringMatching(/couldn’t find this note/) });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('reviewSessionAction', () => {
  const fetchMock = stubFetch({ apiUrl: API });
  const review = {
    id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
    bookingId: BOOKING,
    mentorId: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b',
    rating: 4,
    body: 'Clear and kind',
    author: { name: 'Ada' },
    createdAt: '2026-03-09T15:00:00.000Z',
  };

  it('posts the rating as a number and the text', async () => {
    fetchMock.mockResolvedValue(Response.json(review, { status: 201 }));
    const state = await reviewSessionAction(
      BOOKING,
      { status: 'idle' },
      form({ rating: '4', body: ' Clear and kind ' }),
    );
    expect(state).toEqual({ status: 'done', review, message: expect.stringMatching(/published/) });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/api/v1/bookings/${BOOKING}/review`);
    expect(init.body).toBe(JSON.stringify({ rating: 4, body: 'Clear and kind' }));
  });

  it.each(['', '0', '6', '4.5', 'five'])(
    'asks for a rating for %j without calling the API',
    async (rating) => {
      const state = await reviewSessionAction(BOOKING, { status: 'idle' }, form({ rating, body: 'Hi' }));
      expect(state).toEqual({
        status: 'failed',
        message: 'Choose a rating from 1 to 5 stars.',
        rating,
        body: 'Hi',
      });
      expect(fetchMock).not.toHaveBeenCalled();
    },
  );

  it('answers a second review as done, not as an error', async () => {
    fetchMock.mockResolvedValue(problem(409, 'already_reviewed'));
    const state = await reviewSessionAction(BOOKING, { status: 'idle' }, form({ rating: '5', body: '' }));
    expect(state).toEqual({
      status: 'done',
      review: null,
      message: expect.stringMatching(/already reviewed/),
    });
  });

  it('explains not_reviewable and keeps what was typed', async () => {
    fetchMock.mockResolvedValue(problem(422, 'not_reviewable'));
    const state = await reviewSessionAction(
      BOOKING,
      { status: 'idle' },
      form({ rating: '5', body: 'Great' }),
    );
    expect(state).toEqual({
      status: 'failed',
      message: expect.stringMatching(/once it has started/),
      rating: '5',
      body: 'Great',
    });
  });

  it('says the API could not be reached on a network error', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    const state = await reviewSessionAction(BOOKING, { status: 'idle' }, form({ rating: '5', body: '' }));
    expect(state).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/couldn’t reach Ladder/),
    });
  });
});
