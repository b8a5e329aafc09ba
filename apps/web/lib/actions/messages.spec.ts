import { settle } from '@/lib/api/client';
import { stubFetch } from '@/lib/testing/stub-fetch';
import { replyAction, startConversationAction, type TReplyState } from './messages';

// The real helper reads the visitor's cookies through next/headers; here it passes a fixed cookie.
jest.mock('@/lib/api/server-session', () => ({
  callWithSession: <T>(call: (headers: Record<string, string>) => Promise<T>) =>
    settle(call({ cookie: 'ladder_at=token', origin: 'http://web.test' })),
}));

const redirect = jest.fn((url: string) => {
  throw new Error(`NEXT_REDIRECT ${url}`);
});
jest.mock('next/navigation', () => ({ redirect: (url: string) => redirect(url) }));

const API = 'http://api.test:4000';
const MENTOR = '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b';
const CONVERSATION = '6f1c8a5e-3b0d-4c1a-9d57-1b2e3f4a5b6c';

function problem(status: number, code: string): Response {
  return new Response(
    JSON.stringify({ type: 'about:blank', title: 'Failed', status, code, detail: 'Failed' }),
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

const message = {
  id: '0b6a7c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d',
  conversationId: CONVERSATION,
  senderId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  mine: true,
  body: 'Thanks!',
  hidden: false,
  createdAt: '2026-03-09T14:00:00.000Z',
};

describe('startConversationAction', () => {
  const fetchMock = stubFetch({ apiUrl: API });
  beforeEach(() => redirect.mockClear());

  it('posts the trimmed message to the mentor and opens the conversation', async () => {
    fetchMock.mockResolvedValue(
      Response.json({ conversation: { id: CONVERSATION }, message }, { status: 201 }),
    );
    await expect(
      startConversationAction(MENTOR, { error: null, draft: '' }, form({ body: '  Hello there  ' })),
    ).rejects.toThrow(`NEXT_REDIRECT /messages/${CONVERSATION}`);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/api/v1/conversations`);
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ mentorId: MENTOR, body: 'Hello there' });
    expect(new Headers(init.headers).get('cookie')).toBe('ladder_at=token');
  });

  it('keeps the draft and never calls the API for an empty message', async () => {
    const state = await startConversationAction(MENTOR, { error: null, draft: '' }, form({ body: '  ' }));
    expect(state).toEqual({ error: 'Write a message first', draft: '  ' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("explains the API's refusals in sentences, keeping the draft", async () => {
    fetchMock.mockResolvedValueOnce(problem(422, 'cannot_message_self'));
    expect(await startConversationAction(MENTOR, { error: null, draft: '' }, form({ body: 'Hi' }))).toEqual({
      error: expect.stringMatching(/your own profile/),
      draft: 'Hi',
    });
    fetchMock.mockResolvedValueOnce(problem(404, 'not_found'));
    const gone = await startConversationAction(MENTOR, { error: null, draft: '' }, form({ body: 'Hi' }));
    expect(gone.error).toMatch(/no longer be on Ladder/);
    expect(redirect).not.toHaveBeenCalled();
  });
});

describe('replyAction', () => {
  const fetchMock = stubFetch({ apiUrl: API });
  const empty: TReplyState = { sent: [], error: null, draft: '' };

  it('sends the reply and appends the answer, clearing the box', async () => {
    fetchMock.mockResolvedValue(Response.json(message, { status: 201 }));
    const state = await replyAction(CONVERSATION, empty, form({ body: ' Thanks! ' }));
    expect(state).toEqual({ sent: [message], error: null, draft: '' });
    expect(fetchMock.mock.calls[0]![0]).toBe(`${API}/api/v1/conversations/${CONVERSATION}/messages`);
  });

  it('says a closed conversation is closed and keeps the draft', async () => {
    fetchMock.mockResolvedValue(problem(409, 'conversation_closed'));
    const state = await replyAction(CONVERSATION, empty, form({ body: 'Still there?' }));
    expect(state).toEqual({
      sent: [],
      error: expect.stringMatching(/no longer on Ladder/),
      draft: 'Still there?',
    });
  });

  it('refuses a malformed conversation id without calling the API', async () => {
    const state = await replyAction('../admin', empty, form({ body: 'Hi' }));
    expect(state.error).toMatch(/couldn’t find this conversation/);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
