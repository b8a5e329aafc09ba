import type { TConversation, TMessage } from '@ladder/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { lastMessagePreview, otherParty } from '@/lib/messages';
import { MessageList } from './message-list';

// The report form imports a server action, whose session helper needs a Next request.
jest.mock('@/lib/api/server-session', () => ({ callWithSession: jest.fn() }));

const CONVERSATION = '6f1c8a5e-3b0d-4c1a-9d57-1b2e3f4a5b6c';

const message = (over: Partial<TMessage>): TMessage => ({
  id: '0b6a7c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d',
  conversationId: CONVERSATION,
  senderId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  mine: false,
  body: 'Hello',
  hidden: false,
  createdAt: '2026-03-09T14:00:00.000Z',
  ...over,
});

const conversation = (over: Partial<TConversation>): TConversation => ({
  id: CONVERSATION,
  role: 'mentee',
  mentor: { id: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b', slug: 'priya-raman', name: 'Priya Raman' },
  mentee: { id: '4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c', name: 'Sam Lee' },
  lastMessage: message({}),
  unreadCount: 0,
  open: true,
  updatedAt: '2026-03-09T14:00:00.000Z',
  ...over,
});

describe('MessageList', () => {
  it('escapes text, shows times in the viewer’s zone and offers Report on the other person’s messages only', () => {
    const html = renderToStaticMarkup(
      <MessageList
        zone="Asia/Kolkata"
        otherName="Priya"
        messages={[
          message({ body: '<img src=x onerror=alert(1)>' }),
          message({ id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', mine: true, body: 'Mine' }),
        ]}
      />,
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // 14:00 UTC is 7:30 PM in Kolkata.
    expect(html).toContain('7:30 PM');
    expect(html.match(/Report</g)).toHaveLength(1);
  });

  it('keeps a moderated message in place without its text, and cannot be reported again', () => {
    const html = renderToStaticMarkup(
      <MessageList zone="UTC" otherName="Priya" messages={[message({ hidden: true, body: null })]} />,
    );
    expect(html).toContain('removed by Ladder’s moderators');
    expect(html).not.toContain('Report<');
  });

  it('invites a first message when there are none', () => {
    expect(renderToStaticMarkup(<MessageList zone="UTC" otherName="Priya" messages={[]} />)).toContain(
      'No messages yet',
    );
  });
});

describe('inbox helpers', () => {
  it('names the other person by the viewer’s side', () => {
    expect(otherParty(conversation({}))).toEqual({
      name: 'Priya Raman',
      relation: 'Mentor',
      href: '/mentors/priya-raman',
    });
    expect(otherParty(conversation({ role: 'mentor' }))).toEqual({
      name: 'Sam Lee',
      relation: 'Mentee',
      href: null,
    });
  });

  it('previews the last message on one line, marks the viewer’s own, and never shows hidden text', () => {
    expect(lastMessagePreview(conversation({ lastMessage: message({ body: 'Line one\n\nline two' }) }))).toBe(
      'Line one line two',
    );
    expect(lastMessagePreview(conversation({ lastMessage: message({ mine: true, body: 'Thanks' }) }))).toBe(
      'You: Thanks',
    );
    expect(lastMessagePreview(conversation({ lastMessage: message({ hidden: true, body: null }) }))).toBe(
      'Message removed by moderators',
    );
    expect(lastMessagePreview(conversation({ lastMessage: message({ body: 'x'.repeat(200) }) }), 10)).toBe(
      `${'x'.repeat(9)}…`,
    );
    expect(lastMessagePreview(conversation({ lastMessage: null }))).toBe('No messages yet');
  });
});
